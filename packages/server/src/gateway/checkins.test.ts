import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createAttuneServer, type AttuneServer } from '../server.ts'
import { demoAgentCookie, TestClient } from './test-client.ts'

const SHOP = 'http://localhost:5173'
let server: AttuneServer
const open: TestClient[] = []
/** How far the server's clock is ahead of the real one: a test moves it instead of waiting. */
let ahead = 0

beforeAll(async () => {
  server = await createAttuneServer({ demo: true, port: 0, host: '127.0.0.1', now: () => Date.now() + ahead })
})
afterEach(() => {
  ahead = 0
})
afterAll(async () => {
  await Promise.all(open.map((c) => c.close()))
  await server.close()
})

async function shopper() {
  const client = await TestClient.visitor(server.url, 'demo', SHOP)
  open.push(client)
  return client
}

// Issue 11, finding 7: unsolicited answers moved the store's satisfaction figures.
describe('check-in answers', () => {
  it('an answer no check-in asked for is refused with not_allowed and stored nowhere', async () => {
    const client = await shopper()
    client.send({ type: 'send', clientId: 'm1', text: 'hello' })
    const { conversationId, seq } = await client.next('ack')
    for (const phase of ['before', 'during', 'after'] as const) {
      client.send({ type: 'answer', conversationId, clientId: `x-${phase}`, answer: { phase, mood: 5 } })
      expect(await client.next('error')).toMatchObject({ code: 'not_allowed', ref: `x-${phase}` })
    }
    client.send({ type: 'history', conversationId, beforeSeq: seq + 10 })
    const { events } = await client.next('history')
    expect(events.filter((e) => e.kind === 'checkin.answered')).toEqual([])
  })

  it('the card asked on open takes its answers one tap at a time, a retry is acked, and it closes when the shopper writes on', async () => {
    const client = await shopper()
    client.send({ type: 'open' })
    const { conversationId } = await client.next('synced')
    await client.next('event', (f) => f.event.kind === 'checkin.asked' && f.event.phase === 'before')

    client.send({ type: 'answer', conversationId, clientId: 'b1', answer: { phase: 'before', mood: 2 } })
    const first = await client.next('ack')
    client.send({ type: 'answer', conversationId, clientId: 'b2', answer: { phase: 'before', mood: 2, reason: 'product' } })
    expect(await client.next('ack')).toMatchObject({ clientId: 'b2', seq: first.seq + 1 })
    // Another moment's card was never asked.
    client.send({ type: 'answer', conversationId, clientId: 'd1', answer: { phase: 'during', understood: true } })
    expect(await client.next('error')).toMatchObject({ code: 'not_allowed', ref: 'd1' })

    client.send({ type: 'send', clientId: 'm1', text: 'hello' })
    await client.next('ack', (f) => f.clientId === 'm1')
    client.send({ type: 'answer', conversationId, clientId: 'b3', answer: { phase: 'before', mood: 5 } })
    expect(await client.next('error')).toMatchObject({ code: 'not_allowed', ref: 'b3' })
    // A retry of an answer stored before is still acked with its seq (idempotent, like a send).
    client.send({ type: 'answer', conversationId, clientId: 'b1', answer: { phase: 'before', mood: 2 } })
    expect(await client.next('ack', (f) => f.clientId === 'b1')).toMatchObject({ seq: first.seq })
  })
})

describe('check-ins while the agent types', () => {
  it('an inbox closed mid-reply stops its typing: the shopper left waiting is asked how it is going', async () => {
    const client = await shopper()
    client.send({ type: 'send', clientId: 'w1', text: 'a question about my order' })
    const { conversationId } = await client.next('ack')
    const agent = await TestClient.agent(server.url, await demoAgentCookie(server.url))
    open.push(agent)
    agent.send({ type: 'resume', conversationId, afterSeq: 0 })
    await agent.next('synced', (f) => f.conversationId === conversationId)
    agent.send({ type: 'typing', conversationId, typing: true })
    await client.next('typing', (f) => f.typing)

    // The tab is closed without a "stopped typing": the close says it, to the shopper and to the rules.
    await agent.close()
    await client.next('typing', (f) => !f.typing)
    ahead = 120_000
    client.send({ type: 'send', clientId: 'w2', conversationId, text: 'it is the blue one' })
    const asked = await client.next('event', (f) => f.event.kind === 'checkin.asked')
    expect(asked.event).toMatchObject({ phase: 'during', trigger: 'waiting' })
  })
})
