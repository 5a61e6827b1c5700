import type { ConversationEvent } from '@attune/protocol'
import { describe, expect, it } from 'vitest'
import { fakeSocketShopper } from './testing/fake-shopper.ts'

// A check-in's answer is what tells the agent "Not yet": it reaches the server however the
// connection and the server are when the shopper taps it, and it goes once.

const asked: ConversationEvent = {
  seq: 1,
  at: '2026-12-06T10:00:00.000Z',
  author: { role: 'system', id: 'attune' },
  kind: 'checkin.asked',
  phase: 'during',
  trigger: 'waiting',
}

function shopperAsked() {
  const { client, sockets, advance, welcome: greet } = fakeSocketShopper()
  const welcome = () => greet({ id: 'c1', lastSeq: 1, status: 'open' })
  client.connect()
  welcome()
  // The server tells the open card with the event that opened it (decision 010).
  sockets.last().push({ type: 'event', conversationId: 'c1', event: asked, checkIn: { pending: asked, answerable: asked } })
  expect(client.$checkIn.get()).toMatchObject({ seq: 1, phase: 'during' })
  /** The check-in frames the current socket sent. */
  const said = () =>
    sockets
      .last()
      .sent.map((data) => JSON.parse(data) as { type: string; clientId?: string; answer?: object })
      .filter((frame) => frame.type === 'answer' || frame.type === 'skip')
  /** The connection drops and comes back (the reconnect's backoff is under 30 s). */
  const reconnect = () => {
    sockets.last().onclose?.({ code: 1006, reason: '' })
    advance(30_000)
    welcome()
  }
  return { client, sockets, advance, said, reconnect }
}

describe("a check-in's answer", () => {
  it('given while the connection is down is sent on the next welcome, and not again once stored', () => {
    const { client, sockets, said, reconnect } = shopperAsked()
    sockets.last().onclose?.({ code: 1006, reason: '' })
    expect(client.$status.get()).not.toBe('online')
    client.answerCheckIn({ understood: false })
    expect(client.$checkIn.get()).toBeNull()

    reconnect()
    const [answer] = said()
    expect(said()).toEqual([{ type: 'answer', clientId: answer!.clientId, conversationId: 'c1', answer: { phase: 'during', understood: false } }])
    sockets.last().push({ type: 'ack', clientId: answer!.clientId, conversationId: 'c1', seq: 2 })

    reconnect()
    expect(said()).toEqual([])
    client.destroy()
  })

  it('refused "for now" by a busy server goes again after the wait it asked for, once, and is no error', () => {
    const { client, sockets, advance, said } = shopperAsked()
    const errors: string[] = []
    client.on('error', (error) => errors.push(error.code))
    client.skipCheckIn()
    const [skip] = said()
    expect(skip).toMatchObject({ type: 'skip' })
    sockets.last().push({ type: 'error', code: 'unavailable', message: 'Busy.', ref: skip!.clientId, retryAfterMs: 3_000 })
    advance(2_999)
    expect(said()).toHaveLength(1)
    advance(1)
    expect(said()).toEqual([skip, skip])
    sockets.last().push({ type: 'ack', clientId: skip!.clientId, conversationId: 'c1', seq: 2 })
    advance(10_000)
    expect(said()).toHaveLength(2)
    expect(errors).toEqual([])
    client.destroy()
  })

  it('refused for good is not sent again', () => {
    const { client, sockets, said, reconnect } = shopperAsked()
    client.answerCheckIn({ understood: true })
    const [answer] = said()
    sockets.last().push({ type: 'error', code: 'not_allowed', message: 'No during check-in is waiting for an answer.', ref: answer!.clientId })
    reconnect()
    expect(said()).toEqual([])
    client.destroy()
  })
})
