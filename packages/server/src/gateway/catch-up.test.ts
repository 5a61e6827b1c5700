import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAttuneServer, type AttuneServer } from '../server.ts'
import { demoAgentCookie, TestClient } from './test-client.ts'

// Issue 12: an inbox that comes back resumes every conversation it has open at once; 125 of them
// were refused with rate_limited. Its catching up has a budget of its own (rate-limit.ts).
const SHOP = 'http://localhost:5173'
const CONVERSATIONS = 150
let server: AttuneServer

beforeAll(async () => {
  // Every shopper here comes from one address: its limit on new conversations is lifted.
  const plenty = { burst: 1000, perMinute: 1000 }
  server = await createAttuneServer({
    demo: true,
    port: 0,
    host: '127.0.0.1',
    gateway: { conversationsPerIp: plenty, conversationsPerStore: plenty },
  })
}, 60_000)
afterAll(() => server?.close())

/** A shopper who wrote once and left: their conversation waits in the inbox. */
async function waitingConversation(i: number): Promise<string> {
  const shopper = await TestClient.visitor(server.url, 'demo', SHOP)
  shopper.send({ type: 'send', clientId: `m${i}`, text: `Question ${i}` })
  const { conversationId } = await shopper.next('ack')
  await shopper.close()
  return conversationId
}

describe('an inbox catching up', () => {
  it(`resumes ${CONVERSATIONS} conversations at once, every one synced, while its other frames keep the usual limit`, async () => {
    const ids: string[] = []
    for (let i = 0; i < CONVERSATIONS; i += 10) ids.push(...(await Promise.all(Array.from({ length: 10 }, (_, j) => waitingConversation(i + j)))))
    const agent = await TestClient.agent(server.url, await demoAgentCookie(server.url))
    try {
      for (const conversationId of ids) agent.send({ type: 'resume', conversationId, afterSeq: 0 })
      const synced = new Set<string>()
      while (synced.size < CONVERSATIONS) synced.add((await agent.next('synced')).conversationId)
      expect([...synced].sort()).toEqual([...ids].sort())
      expect(agent.frames.filter((f) => f.type === 'error')).toEqual([])

      for (let i = 0; i < 40; i++) agent.send({ type: 'ping' })
      expect(await agent.next('error')).toMatchObject({ code: 'rate_limited', ref: 'ping' })
    } finally {
      await agent.close()
    }
  })
})
