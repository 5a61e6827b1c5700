import { PROTOCOL_VERSION } from '@attune/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAttuneServer, type AttuneServer } from '../server.ts'
import { demoAgentCookie, TestClient } from './test-client.ts'

const SHOP = 'http://localhost:5173'
let server: AttuneServer
let ws: string
const open: TestClient[] = []

beforeAll(async () => {
  // In memory: persistence across restarts is server.test.ts's promise; this file is about frames.
  server = await createAttuneServer({ demo: true, port: 0, host: '127.0.0.1' })
  ws = server.url.replace('http', 'ws')
})
afterAll(async () => {
  await Promise.all(open.map((c) => c.close()))
  await server.close()
})

async function visitor(token?: string, origin = SHOP) {
  const client = await TestClient.open(`${ws}/v1/visitor?siteKey=demo`, { Origin: origin })
  open.push(client)
  client.send({ type: 'hello', v: PROTOCOL_VERSION, ...(token ? { token } : {}) })
  const welcome = await client.next('welcome')
  if (welcome.role !== 'visitor') throw new Error('expected a visitor welcome')
  return { client, welcome }
}

async function agent() {
  const client = await TestClient.open(`${ws}/v1/agent`, { Cookie: await demoAgentCookie(server.url), Origin: server.url })
  open.push(client)
  client.send({ type: 'hello', v: PROTOCOL_VERSION })
  const welcome = await client.next('welcome')
  if (welcome.role !== 'agent') throw new Error('expected an agent welcome')
  return { client, welcome }
}

describe('gateway', () => {
  it("welcomes a shopper with the store's public details, as its page would read them over HTTP", async () => {
    const shopper = await visitor()
    const overHttp = await (await fetch(`${server.url}/api/sites/demo`, { headers: { origin: SHOP } })).json()
    expect(shopper.welcome.site).toEqual(overHttp)
    expect(shopper.welcome.site).toMatchObject({ name: 'Demo Store', checkIns: { moments: { before: true } }, thaiVoice: 'female' })
  })

  it('carries one conversation from a shopper to an agent and back', async () => {
    const shopper = await visitor()
    expect(shopper.welcome.conversation).toBeNull()
    expect(shopper.welcome.token).toBeTruthy()

    shopper.client.send({ type: 'send', clientId: 'm1', text: '  Where is my order?  ' })
    const ack = await shopper.client.next('ack')
    expect(ack).toMatchObject({ clientId: 'm1', seq: 1 })
    const event = await shopper.client.next('event')
    expect(event).toMatchObject({ conversationId: ack.conversationId, event: { seq: 1, text: 'Where is my order?' } })

    const alex = await agent()
    expect(alex.welcome.agent).toMatchObject({ name: 'Alex', email: 'agent@demo.store' })
    const summary = alex.welcome.conversations.find((c) => c.id === ack.conversationId)
    expect(summary).toMatchObject({ status: 'open', lastSeq: 1, lastMessage: { text: 'Where is my order?', role: 'visitor' } })
    expect(summary?.waitingSince).not.toBeNull()

    alex.client.send({ type: 'resume', conversationId: ack.conversationId, afterSeq: 0 })
    expect(await alex.client.next('event')).toMatchObject({ event: { seq: 1, author: { role: 'visitor' } } })
    expect(await alex.client.next('synced')).toMatchObject({ conversationId: ack.conversationId, lastSeq: 1 })

    alex.client.send({ type: 'typing', conversationId: ack.conversationId, typing: true })
    // Named as the agent's messages are: the shopper sees who types, not who wrote last.
    expect(await shopper.client.next('typing')).toMatchObject({ role: 'agent', typing: true, name: 'Alex' })

    alex.client.send({ type: 'send', clientId: 'a1', conversationId: ack.conversationId, text: 'On its way!' })
    expect(await alex.client.next('ack')).toMatchObject({ clientId: 'a1', seq: 2 })
    expect(await shopper.client.next('event')).toMatchObject({
      event: { seq: 2, text: 'On its way!', author: { role: 'agent', name: 'Alex' } },
    })
    const update = await alex.client.next('conversation', (f) => f.conversation.lastSeq === 2)
    expect(update.conversation.waitingSince).toBeNull()

    shopper.client.send({ type: 'read', conversationId: ack.conversationId, seq: 2 })
    expect(await alex.client.next('read')).toMatchObject({ role: 'visitor', seq: 2 })
  })

  it('acks a duplicate send with the original seq and does not broadcast it again', async () => {
    const { client } = await visitor()
    client.send({ type: 'send', clientId: 'dup', text: 'once' })
    const first = await client.next('ack')
    await client.next('event')
    client.send({ type: 'send', clientId: 'dup', text: 'once' })
    expect(await client.next('ack')).toEqual(first)
    client.send({ type: 'ping' })
    await client.next('pong')
    expect(client.frames.filter((f) => f.type === 'event')).toHaveLength(1)
  })

  // Issue 14: the inbox resends an unacked reply after a reconnect or a reload, with its clientId.
  it('acks an agent’s resent reply with the original seq, stores it once, and after a resolve too', async () => {
    const shopper = await visitor()
    shopper.client.send({ type: 'send', clientId: 'q', text: 'is it waterproof?' })
    const { conversationId } = await shopper.client.next('ack')
    const alex = await agent()
    alex.client.send({ type: 'send', conversationId, clientId: 'reply-1', text: 'It is.' })
    const first = await alex.client.next('ack')
    await shopper.client.next('event', (f) => f.event.seq === first.seq)
    alex.client.send({ type: 'send', conversationId, clientId: 'reply-1', text: 'It is.' })
    expect(await alex.client.next('ack')).toEqual(first)
    alex.client.send({ type: 'resolve', conversationId, clientId: 'res-1' })
    await alex.client.next('ack', (f) => f.clientId === 'res-1')
    alex.client.send({ type: 'send', conversationId, clientId: 'reply-1', text: 'It is.' })
    expect(await alex.client.next('ack')).toEqual(first)
    shopper.client.send({ type: 'ping' })
    await shopper.client.next('pong')
    expect(shopper.client.frames.filter((f) => f.type === 'event' && f.event.kind === 'message' && f.event.author.role === 'agent')).toHaveLength(1)
  })

  it('gives a returning visitor their conversation back with their token, and how far they read it', async () => {
    const first = await visitor()
    first.client.send({ type: 'send', clientId: 'r1', text: 'hi' })
    const ack = await first.client.next('ack')
    const again = await visitor(first.welcome.token)
    expect(again.welcome.visitorId).toBe(first.welcome.visitorId)
    expect(again.welcome.conversation).toEqual({ id: ack.conversationId, lastSeq: 1, status: 'open', readSeq: 0 })
    // The shopper's read mark, kept per conversation, comes back in their next welcome (on any
    // device): "delivered" is not "read".
    first.client.send({ type: 'read', conversationId: ack.conversationId, seq: 1, mark: 'delivered' })
    again.client.send({ type: 'read', conversationId: ack.conversationId, seq: 1 })
    for (const { client } of [first, again]) {
      client.send({ type: 'ping' })
      await client.next('pong')
    }
    expect((await visitor(first.welcome.token)).welcome.conversation).toMatchObject({ readSeq: 1 })
    again.client.send({ type: 'resume', conversationId: ack.conversationId, afterSeq: 0 })
    expect(await again.client.next('event')).toMatchObject({ event: { clientId: 'r1' } })
  })

  // Clients trust this (decision 004): a typing line or a tick never comes from their own side.
  it('tells each connection the other side’s typing and read marks, never its own side’s', async () => {
    const tab = await visitor()
    tab.client.send({ type: 'send', clientId: 't1', text: 'two tabs' })
    const { conversationId, seq } = await tab.client.next('ack')
    const otherTab = await visitor(tab.welcome.token)
    const alex = await agent()
    for (const follower of [otherTab.client, alex.client]) {
      follower.send({ type: 'resume', conversationId, afterSeq: 0 })
      await follower.next('synced')
    }

    tab.client.send({ type: 'typing', conversationId, typing: true })
    tab.client.send({ type: 'read', conversationId, seq })
    expect(await alex.client.next('typing')).toMatchObject({ role: 'visitor', typing: true })
    expect(await alex.client.next('read')).toMatchObject({ role: 'visitor', seq })
    alex.client.send({ type: 'typing', conversationId, typing: true })
    expect(await otherTab.client.next('typing')).toMatchObject({ role: 'agent', typing: true })

    // A ping answered after each of them: whatever was published before has been delivered.
    for (const client of [tab.client, otherTab.client, alex.client]) {
      client.send({ type: 'ping' })
      await client.next('pong')
    }
    const sides = (client: TestClient) => client.frames.filter((f) => f.type === 'typing' || f.type === 'read').map((f) => 'role' in f && f.role)
    expect(sides(otherTab.client)).toEqual(['agent'])
    expect(sides(tab.client)).toEqual(['agent'])
    expect(sides(alex.client)).toEqual(['visitor', 'visitor'])
  })

  it('never lets a second visitor see the first one’s conversation', async () => {
    const first = await visitor()
    first.client.send({ type: 'send', clientId: 's1', text: 'private' })
    const { conversationId } = await first.client.next('ack')

    const forged = `${first.welcome.token.slice(0, -4)}AAAA`
    const other = await visitor(forged)
    expect(other.welcome.visitorId).not.toBe(first.welcome.visitorId)
    expect(other.welcome.conversation).toBeNull()
    other.client.send({ type: 'resume', conversationId, afterSeq: 0 })
    expect(await other.client.next('error')).toMatchObject({ code: 'not_found', ref: 'resume' })
    other.client.send({ type: 'send', clientId: 'x1', conversationId, text: 'let me in' })
    expect(await other.client.next('error')).toMatchObject({ code: 'not_found', ref: 'x1' })
  })

  it('answers a bad frame with bad_frame and keeps the connection working', async () => {
    const { client } = await visitor()
    client.send('{not json')
    expect(await client.next('error')).toMatchObject({ code: 'bad_frame' })
    client.send({ type: 'send', clientId: 'b1', text: '   ' })
    expect(await client.next('error')).toMatchObject({ code: 'bad_frame', ref: 'b1' })
    client.send({ type: 'ping' })
    await client.next('pong')
  })

  it('wants hello first, in its protocol version', async () => {
    const early = await TestClient.open(`${ws}/v1/visitor?siteKey=demo`, { Origin: SHOP })
    open.push(early)
    early.send({ type: 'ping' })
    expect(await early.next('error')).toMatchObject({ code: 'not_ready' })
    const closed = new Promise<number>((resolve) => early.ws.once('close', (code) => resolve(code)))
    early.send({ type: 'hello', v: PROTOCOL_VERSION + 1 })
    expect(await early.next('error')).toMatchObject({ code: 'unsupported_version' })
    expect(await closed).toBe(4400)
  })

  it('refuses a disallowed Origin, an unknown site and an agent without a session at upgrade', async () => {
    await expect(TestClient.open(`${ws}/v1/visitor?siteKey=demo`, { Origin: 'https://evil.example' })).rejects.toThrow('403')
    await expect(TestClient.open(`${ws}/v1/visitor?siteKey=nope`, { Origin: SHOP })).rejects.toThrow('404')
    // A key with NUL (PostgreSQL refuses it in text) is no store either, not a failed upgrade.
    await expect(TestClient.open(`${ws}/v1/visitor?siteKey=demo%00`, { Origin: SHOP })).rejects.toThrow('404')
    await expect(TestClient.open(`${ws}/v1/agent`)).rejects.toThrow('401')
    const cookie = await demoAgentCookie(server.url)
    await expect(TestClient.open(`${ws}/v1/agent`, { Cookie: cookie, Origin: SHOP })).rejects.toThrow('403')
  })

  it('resolves a conversation, refuses agent replies to it, and opens a new one for the shopper', async () => {
    const shopper = await visitor()
    shopper.client.send({ type: 'send', clientId: 'q1', text: 'thanks' })
    const { conversationId } = await shopper.client.next('ack')
    const alex = await agent()
    shopper.client.send({ type: 'resolve', conversationId, clientId: 'no' })
    expect(await shopper.client.next('error')).toMatchObject({ code: 'forbidden', ref: 'no' })

    alex.client.send({ type: 'resolve', conversationId, clientId: 'res1' })
    expect(await alex.client.next('ack')).toMatchObject({ clientId: 'res1', seq: 2 })
    expect(await shopper.client.next('event', (f) => f.event.seq === 2)).toMatchObject({ event: { kind: 'conversation.resolved' } })
    expect(await alex.client.next('conversation', (f) => f.conversation.id === conversationId)).toMatchObject({
      conversation: { status: 'resolved' },
    })
    alex.client.send({ type: 'send', conversationId, clientId: 'late', text: 'one more thing' })
    expect(await alex.client.next('error')).toMatchObject({ code: 'closed', ref: 'late' })

    shopper.client.send({ type: 'send', conversationId, clientId: 'q2', text: 'actually…' })
    const reopened = await shopper.client.next('ack')
    expect(reopened.conversationId).not.toBe(conversationId)
    expect(reopened.seq).toBe(1)
    // The ack comes before the message's event: a shopper's client moves to the new conversation on it (core's visitor-client.ts).
    await shopper.client.next('event', (f) => f.conversationId === reopened.conversationId)
    const order = shopper.client.frames.filter((f) => f.type === 'ack' || (f.type === 'event' && f.conversationId === reopened.conversationId))
    expect(order.slice(-2).map((f) => f.type)).toEqual(['ack', 'event'])
  })

  it('asks the check-ins in the same log: before on open, during on the agent’s button, after on end', async () => {
    const shopper = await visitor()
    shopper.client.send({ type: 'open', page: '/cart', locale: 'th' })
    const { conversationId } = await shopper.client.next('synced')
    expect(await shopper.client.next('event')).toMatchObject({
      event: { seq: 1, kind: 'checkin.asked', phase: 'before', trigger: 'open', author: { role: 'system' } },
    })
    shopper.client.send({ type: 'answer', conversationId, clientId: 'b1', answer: { phase: 'before', mood: 2, reason: 'unreachable' } })
    expect(await shopper.client.next('ack')).toMatchObject({ clientId: 'b1', seq: 2 })
    shopper.client.send({ type: 'send', clientId: 'm1', text: 'ยังไม่ได้ของเลยค่ะ' })
    expect(await shopper.client.next('ack')).toMatchObject({ clientId: 'm1', seq: 3 })

    const alex = await agent()
    alex.client.send({ type: 'ask', conversationId, clientId: 'ask1' })
    const asked = await alex.client.next('ack')
    expect(asked).toMatchObject({ clientId: 'ask1' })
    // A worried first message may have raised a signal before it; the ask follows it in the log.
    expect(await shopper.client.next('event', (f) => f.event.seq === asked.seq)).toMatchObject({
      event: { kind: 'checkin.asked', phase: 'during', trigger: 'agent' },
    })
    // Never two at once: the button is refused while the shopper has not answered.
    alex.client.send({ type: 'ask', conversationId, clientId: 'ask2' })
    expect(await alex.client.next('error')).toMatchObject({ code: 'not_allowed', ref: 'ask2' })
    shopper.client.send({ type: 'ask', conversationId, clientId: 'nope' })
    expect(await shopper.client.next('error')).toMatchObject({ code: 'forbidden', ref: 'nope' })

    shopper.client.send({ type: 'answer', conversationId, clientId: 'd1', answer: { phase: 'during', understood: false } })
    expect(await shopper.client.next('ack')).toMatchObject({ clientId: 'd1', seq: asked.seq + 1 })
    // "Not yet" reaches the agent's list at once, with the mood and reason behind it.
    expect(await alex.client.next('conversation', (f) => f.conversation.empathy?.understood === false)).toMatchObject({
      conversation: { empathy: { moodBefore: 2, moodNow: 2, reason: 'unreachable', language: 'th', pending: null } },
    })

    shopper.client.send({ type: 'end', conversationId, clientId: 'end1' })
    expect(await shopper.client.next('ack')).toMatchObject({ clientId: 'end1', seq: asked.seq + 2 })
    expect(await shopper.client.next('event', (f) => f.event.seq === asked.seq + 3)).toMatchObject({
      event: { kind: 'checkin.asked', phase: 'after', trigger: 'end_chat' },
    })
    shopper.client.send({ type: 'answer', conversationId, clientId: 'a1', answer: { phase: 'after', mood: 4, resolved: 'yes' } })
    expect(await shopper.client.next('ack')).toMatchObject({ clientId: 'a1', seq: asked.seq + 4 })
  })

  it('does not ask again once the shopper said "don’t ask me", in later conversations too', async () => {
    const shopper = await visitor()
    shopper.client.send({ type: 'open' })
    const { conversationId } = await shopper.client.next('synced')
    await shopper.client.next('event', (f) => f.event.kind === 'checkin.asked')
    shopper.client.send({ type: 'skip', conversationId, clientId: 's1', phase: 'before', forever: true })
    await shopper.client.next('ack')
    shopper.client.send({ type: 'send', clientId: 'm1', text: 'hello' })
    await shopper.client.next('ack')
    const alex = await agent()
    alex.client.send({ type: 'ask', conversationId, clientId: 'ask1' })
    expect(await alex.client.next('error')).toMatchObject({ code: 'not_allowed', ref: 'ask1' })
  })

  it('keeps messages in the order typed when one is refused for now: the next waits for it', async () => {
    const { client } = await visitor()
    for (let i = 0; i < 60; i++) client.send({ type: 'ping' })
    client.send({ type: 'send', clientId: 'first', text: 'first' })
    expect(await client.next('error', (f) => f.ref === 'first')).toMatchObject({ code: 'rate_limited' })
    // Once the frame rate allows it again, a later message is still held behind the refused one.
    let held
    for (let tries = 0; tries < 100 && !held; tries++) {
      client.send({ type: 'send', clientId: `later${tries}`, text: 'later' })
      const refused = await client.answerTo(`later${tries}`)
      if (refused.type === 'error' && refused.code === 'unavailable') held = refused
      else await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect(held).toMatchObject({ code: 'unavailable', retryAfterMs: expect.any(Number) })
    // As core's outbox does: each goes again until stored, the refused one first.
    const stored = async (clientId: string, text: string) => {
      for (;;) {
        client.send({ type: 'send', clientId, text })
        const answer = await client.answerTo(clientId)
        if (answer.type === 'ack') return answer.seq
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
    }
    const first = await stored('first', 'first')
    expect(await stored('later', 'later')).toBeGreaterThan(first)
  })

  it('rate-limits a flood of frames', async () => {
    const { client } = await visitor()
    for (let i = 0; i < 40; i++) client.send({ type: 'ping' })
    expect(await client.next('error')).toMatchObject({ code: 'rate_limited', ref: 'ping' })
  })

  it('rate-limits a flood that follows a short stall of the process (the bucket refilled meanwhile)', async () => {
    const { client } = await visitor()
    // What a loaded machine does now and then: the process stops for a moment.
    for (const until = Date.now() + 600; Date.now() < until;);
    for (let i = 0; i < 40; i++) client.send({ type: 'ping' })
    expect(await client.next('error')).toMatchObject({ code: 'rate_limited', ref: 'ping' })
  })
})
