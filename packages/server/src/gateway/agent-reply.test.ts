import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createAttuneServer, type AttuneServer } from '../server.ts'
import { demoAgentCookie, TestClient } from './test-client.ts'

// The reply mail's first wait fails to start, as when the database goes away right after the ack.
vi.mock('../mail/replies.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../mail/replies.ts')>()
  const { DatabaseUnavailable } = await import('../db/database.ts')
  return {
    ...original,
    createReplyMail: (...args: Parameters<typeof original.createReplyMail>) => {
      const replies = original.createReplyMail(...args)
      let failed = false
      return {
        ...replies,
        agentReplied: (conversationId: string) => {
          if (failed) return replies.agentReplied(conversationId)
          failed = true
          return Promise.reject(new DatabaseUnavailable(new Error('connection terminated')))
        },
      }
    },
  }
})

const SHOP = 'http://localhost:5173'
let server: AttuneServer
const open: TestClient[] = []

beforeAll(async () => {
  server = await createAttuneServer({ demo: true, port: 0, host: '127.0.0.1' })
})
afterAll(async () => {
  await Promise.all(open.map((c) => c.close()))
  await server.close()
})

describe("an agent's reply", () => {
  it('stays acked when the reply mail fails after the ack, and the next reply is acked at once', async () => {
    const shopper = await TestClient.visitor(server.url, 'demo', SHOP)
    const agent = await TestClient.agent(server.url, await demoAgentCookie(server.url))
    open.push(shopper, agent)
    shopper.send({ type: 'send', clientId: 'm1', text: 'Where is my parcel?' })
    const { conversationId } = await shopper.next('ack')

    agent.send({ type: 'send', clientId: 'a1', conversationId, text: 'Let me look.' })
    expect(await agent.answerTo('a1')).toMatchObject({ type: 'ack', seq: 2 })
    agent.send({ type: 'send', clientId: 'a2', conversationId, text: 'It left today.' })
    expect(await agent.answerTo('a2')).toMatchObject({ type: 'ack', seq: 3 })
    // Nothing refused the reply already acked.
    expect(agent.frames.filter((f) => f.type === 'error')).toEqual([])
  })
})
