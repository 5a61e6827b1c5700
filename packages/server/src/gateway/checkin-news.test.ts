import type { ConversationEvent } from '@attune/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAttuneServer, type AttuneServer } from '../server.ts'
import { createCheckInNews } from './checkin-news.ts'
import { demoAgentCookie, TestClient } from './test-client.ts'

// Decision 051: the server tells a shopper's client which check-in card is open, with the event
// that changed it, so the client carries none of empathy's rules.

const at = '2026-12-07T10:00:00.000Z'
const asked = (seq: number): ConversationEvent => ({
  seq,
  at,
  author: { role: 'system', id: 'attune' },
  kind: 'checkin.asked',
  phase: 'before',
  trigger: 'open',
})
const said = (seq: number, role: 'visitor' | 'agent'): ConversationEvent => ({
  seq,
  at,
  author: { role, id: role },
  kind: 'message',
  clientId: `m${seq}`,
  text: 'hi',
})
const answered = (seq: number): ConversationEvent => ({
  seq,
  at,
  author: { role: 'visitor', id: 'v' },
  kind: 'checkin.answered',
  clientId: `a${seq}`,
  answer: { phase: 'before', mood: 2 },
})

describe('the check-in news of one subscription', () => {
  it('is told with the first event, from the log before it, then only with an event that changes it', async () => {
    const reads: number[] = []
    const news = createCheckInNews(async (seq) => {
      reads.push(seq)
      return [asked(1)]
    })
    expect(await news(said(2, 'agent'))).toEqual({ pending: asked(1), answerable: asked(1) })
    expect(await news(said(3, 'agent'))).toBeUndefined()
    // An answer closes the card for waiting, not for more answers (a card answered in part).
    expect(await news(answered(4))).toEqual({ pending: null, answerable: asked(1) })
    expect(await news(said(5, 'visitor'))).toEqual({ pending: null, answerable: null })
    expect(reads).toEqual([2])
  })

  it('reads nothing for a conversation it follows from its first event', async () => {
    const news = createCheckInNews(() => Promise.reject(new Error('read')))
    expect(await news(said(1, 'visitor'))).toEqual({ pending: null, answerable: null })
  })
})

describe('a shopper told the open card', () => {
  let server: AttuneServer
  const open: TestClient[] = []
  const SHOP = 'http://localhost:5173'
  beforeAll(async () => {
    server = await createAttuneServer({ demo: true, port: 0, host: '127.0.0.1' })
  })
  afterAll(async () => {
    await Promise.all(open.map((c) => c.close()))
    await server.close()
  })
  const connect = async (token?: string) => {
    const url = `${server.url.replace('http', 'ws')}/v1/visitor?siteKey=demo`
    const { client, welcome } = await TestClient.greeted(url, { Origin: SHOP }, token ? { token } : {})
    open.push(client)
    return { client, token: welcome.role === 'visitor' ? welcome.token : '' }
  }

  it('hears it with the event that opens, answers in part, and closes it; the agent hears none', async () => {
    const { client } = await connect()
    client.send({ type: 'open' })
    const { conversationId } = await client.next('synced')
    const ask = await client.next('event', (f) => f.event.kind === 'checkin.asked')
    expect(ask.checkIn).toEqual({ pending: ask.event, answerable: ask.event })

    client.send({ type: 'answer', conversationId, clientId: 'b1', answer: { phase: 'before', mood: 2 } })
    const answer = await client.next('event', (f) => f.event.kind === 'checkin.answered')
    expect(answer.checkIn).toEqual({ pending: null, answerable: ask.event })

    const agent = await TestClient.agent(server.url, await demoAgentCookie(server.url))
    open.push(agent)
    agent.send({ type: 'resume', conversationId, afterSeq: 0 })
    await agent.next('synced', (f) => f.conversationId === conversationId)
    agent.send({ type: 'send', clientId: 'r1', conversationId, text: 'How can I help?' })
    // Unchanged by the agent's reply: no news.
    expect((await client.next('event', (f) => f.event.kind === 'message')).checkIn).toBeUndefined()

    client.send({ type: 'send', clientId: 'm1', text: 'My parcel is late' })
    const mine = await client.next('event', (f) => f.event.kind === 'message' && f.event.author.role === 'visitor')
    expect(mine.checkIn).toEqual({ pending: null, answerable: null })
    expect(agent.frames.filter((f) => f.type === 'event' && 'checkIn' in f)).toEqual([])
  })

  it('hears it again on a resume, with the first event replayed, from the log before it', async () => {
    const first = await connect()
    first.client.send({ type: 'open' })
    const { conversationId } = await first.client.next('synced')
    const ask = await first.client.next('event', (f) => f.event.kind === 'checkin.asked')
    const agent = await TestClient.agent(server.url, await demoAgentCookie(server.url))
    open.push(agent)
    agent.send({ type: 'resume', conversationId, afterSeq: 0 })
    await agent.next('synced', (f) => f.conversationId === conversationId)
    agent.send({ type: 'send', clientId: 'r2', conversationId, text: 'Hello!' })
    await agent.answerTo('r2')

    // Resumed after the ask: the agent's reply comes with the card it left open.
    const again = await connect(first.token)
    again.client.send({ type: 'resume', conversationId, afterSeq: ask.event.seq })
    expect(await again.client.next('event')).toMatchObject({ event: { kind: 'message' }, checkIn: { pending: ask.event, answerable: ask.event } })
  })
})
