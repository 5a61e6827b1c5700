import type { ClientFrameInput, ConversationEvent } from '@attune/protocol'
import { describe, expect, it } from 'vitest'
import { createChannel } from './channel.ts'
import { createEmitter } from './emitter.ts'
import { createOutbox } from './outbox.ts'
import { memoryStorage } from './platform.ts'
import { fakeClock } from './testing/fake-clock.ts'

const message = (seq: number, clientId: string, role: 'visitor' | 'agent'): ConversationEvent => ({
  seq,
  at: '2026-12-01T10:00:00.000Z',
  author: { role, id: role === 'visitor' ? 'v1' : 'a1' },
  kind: 'message',
  clientId,
  text: clientId,
})

function setup(role: 'visitor' | 'agent' = 'agent') {
  const sent: ClientFrameInput[] = []
  const storage = memoryStorage()
  const outbox = createOutbox(storage, 'outbox')
  const emitter = createEmitter()
  const events: number[] = []
  emitter.on('event', (event) => events.push(event.seq))
  const { clock, advance } = fakeClock(0)
  const channel = createChannel({ role, id: 'c', outbox, clock, emit: emitter.emit, send: (frame) => sent.push(frame) > 0 })
  const errors: string[] = []
  emitter.on('error', (error) => errors.push(error.code))
  return { channel, sent, outbox, events, errors, advance }
}
const frames = (sent: ClientFrameInput[], type: ClientFrameInput['type']) => sent.filter((f) => f.type === type)

describe('channel driver', () => {
  it('resumes from the last seq after a gap, and tells listeners each event once', () => {
    const { channel, sent, events } = setup()
    channel.receive({ type: 'event', conversationId: 'c', event: message(1, 'm1', 'visitor') })
    channel.receive({ type: 'event', conversationId: 'c', event: message(3, 'm3', 'visitor') })
    expect(frames(sent, 'resume')).toEqual([{ type: 'resume', conversationId: 'c', afterSeq: 1 }])
    // The resume replays 2 and 3; a replayed 1 is not told again.
    for (const seq of [1, 2, 3]) channel.receive({ type: 'event', conversationId: 'c', event: message(seq, `m${seq}`, 'visitor') })
    expect(events).toEqual([1, 2, 3])
    expect(frames(sent, 'resume')).toHaveLength(1)
  })

  it('sends one delivered receipt for a burst of the other side’s messages, none for its own', async () => {
    const { channel, sent } = setup()
    for (const seq of [1, 2, 3]) channel.receive({ type: 'event', conversationId: 'c', event: message(seq, `m${seq}`, 'visitor') })
    channel.receive({ type: 'event', conversationId: 'c', event: message(4, 'r4', 'agent') })
    await Promise.resolve()
    expect(frames(sent, 'read')).toEqual([{ type: 'read', conversationId: 'c', seq: 3, mark: 'delivered' }])
  })

  it('on every welcome resumes and resends what is unacked, with the same clientId, until the ack', () => {
    const { channel, sent, outbox } = setup()
    channel.queue({ clientId: 'r1', text: 'hello', at: 'x', conversationId: 'c' })
    channel.connected()
    expect(frames(sent, 'send').map((f) => f.type === 'send' && f.clientId)).toEqual(['r1', 'r1'])
    expect(frames(sent, 'resume')).toEqual([{ type: 'resume', conversationId: 'c', afterSeq: 0 }])
    channel.receive({ type: 'ack', conversationId: 'c', clientId: 'r1', seq: 1 })
    channel.connected()
    expect(frames(sent, 'send')).toHaveLength(2)
    expect(outbox.load()).toEqual([])
  })

  it('a shopper’s message names no conversation (the server decides); an agent’s reply names its own', () => {
    // As on the wire: fields left undefined are left out of the JSON.
    const onWire = (sent: ClientFrameInput[]) => JSON.parse(JSON.stringify(frames(sent, 'send'))) as unknown
    const visitor = setup('visitor')
    visitor.channel.queue({ clientId: 'm1', text: 'hi', at: 'x' })
    expect(onWire(visitor.sent)).toEqual([{ type: 'send', clientId: 'm1', text: 'hi' }])
    const agent = setup('agent')
    agent.channel.queue({ clientId: 'r1', text: 'hello', at: 'x', conversationId: 'c', quickReplies: ['Yes'] })
    expect(onWire(agent.sent)).toEqual([{ type: 'send', clientId: 'r1', text: 'hello', conversationId: 'c', quickReplies: ['Yes'] }])
  })

  it('resends after the wait a busy server asks for, and fails for good what it refuses', () => {
    const { channel, sent, outbox, advance } = setup()
    channel.queue({ clientId: 'busy', text: 'a', at: 'x', conversationId: 'c' })
    channel.queue({ clientId: 'no', text: 'b', at: 'x', conversationId: 'c' })
    channel.receive({ type: 'error', code: 'unavailable', message: 'not now', ref: 'busy', retryAfterMs: 5000 })
    channel.receive({ type: 'error', code: 'forbidden', message: 'never', ref: 'no' })
    advance(4_999)
    expect(frames(sent, 'send')).toHaveLength(2)
    advance(1)
    expect(frames(sent, 'send').map((f) => f.type === 'send' && f.clientId)).toEqual(['busy', 'no', 'busy'])
    expect(channel.$state.get().pending.map((m) => [m.clientId, m.state])).toEqual([
      ['busy', 'sending'],
      ['no', 'failed'],
    ])
    expect(outbox.load().map((m) => m.clientId)).toEqual(['busy'])
    channel.retry('no')
    expect(frames(sent, 'send').at(-1)).toMatchObject({ clientId: 'no' })
  })

  it('once refused for now, holds what is typed after and resends it all in order, once, after the longest wait asked', () => {
    const { channel, sent, advance } = setup()
    const sends = () => frames(sent, 'send').map((f) => f.type === 'send' && f.clientId)
    channel.queue({ clientId: 'm1', text: 'a', at: 'x', conversationId: 'c' })
    channel.queue({ clientId: 'm2', text: 'b', at: 'x', conversationId: 'c' })
    channel.receive({ type: 'error', code: 'unavailable', message: 'busy', ref: 'm1', retryAfterMs: 2000 })
    // m2 was already on its way: the server held it behind m1 and asks a little longer.
    channel.receive({ type: 'error', code: 'unavailable', message: 'An earlier message goes first', ref: 'm2', retryAfterMs: 2350 })
    channel.queue({ clientId: 'm3', text: 'c', at: 'x', conversationId: 'c' })
    expect(sends()).toEqual(['m1', 'm2'])
    advance(2349)
    expect(sends()).toEqual(['m1', 'm2'])
    advance(1)
    expect(sends()).toEqual(['m1', 'm2', 'm1', 'm2', 'm3'])
    channel.receive({ type: 'ack', conversationId: 'c', clientId: 'm1', seq: 1 })
    // Not held any more: the next goes at once, and no timer sends anything again.
    channel.queue({ clientId: 'm4', text: 'd', at: 'x', conversationId: 'c' })
    advance(10_000)
    expect(sends()).toEqual(['m1', 'm2', 'm1', 'm2', 'm3', 'm4'])
  })

  it('a new welcome while held resends everything at once, and the held resend does not come twice', () => {
    const { channel, sent, advance } = setup()
    channel.queue({ clientId: 'm1', text: 'a', at: 'x', conversationId: 'c' })
    channel.receive({ type: 'error', code: 'rate_limited', message: 'slow down', ref: 'm1', retryAfterMs: 3000 })
    channel.queue({ clientId: 'm2', text: 'b', at: 'x', conversationId: 'c' })
    channel.connected()
    expect(frames(sent, 'send').map((f) => f.type === 'send' && f.clientId)).toEqual(['m1', 'm1', 'm2'])
    advance(5000)
    expect(frames(sent, 'send')).toHaveLength(3)
  })

  it('a refusal of a second copy of a message already stored is no error (a resend crossed the first copy’s ack)', () => {
    const { channel, sent, errors } = setup()
    channel.queue({ clientId: 'twice', text: 'a', at: 'x', conversationId: 'c' })
    channel.receive({ type: 'ack', clientId: 'twice', conversationId: 'c', seq: 1 })
    channel.receive({ type: 'event', conversationId: 'c', event: message(1, 'twice', 'agent') })
    expect(channel.$state.get().pending).toEqual([])
    channel.receive({ type: 'error', code: 'unavailable', message: 'An earlier message goes first', ref: 'twice', retryAfterMs: 1000 })
    // Its ack lost in a cut: the message came back as an event on resume, the copy was refused.
    channel.queue({ clientId: 'unacked', text: 'b', at: 'x', conversationId: 'c' })
    channel.receive({ type: 'event', conversationId: 'c', event: message(2, 'unacked', 'agent') })
    channel.receive({ type: 'error', code: 'unavailable', message: 'An earlier message goes first', ref: 'unacked', retryAfterMs: 1000 })
    expect(errors).toEqual([])
    expect(frames(sent, 'send')).toHaveLength(2)
    // A refusal naming nothing stored is still heard.
    channel.receive({ type: 'error', code: 'forbidden', message: 'never', ref: 'other' })
    expect(errors).toEqual(['forbidden'])
  })
})
