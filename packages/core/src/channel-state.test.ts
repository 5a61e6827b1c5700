import { describe, expect, it } from 'vitest'
import type { ConversationEvent } from '@attune/protocol'
import { emptyChannel, firstSeq, lastSeq, step, type ChannelInput, type ChannelState } from './channel-state.ts'
import { toTimeline } from './timeline.ts'

const message = (seq: number, clientId: string, role: 'visitor' | 'agent' = 'visitor'): ConversationEvent => ({
  seq,
  at: '2026-11-22T10:00:00.000Z',
  author: { role, id: role === 'visitor' ? 'v1' : 'a1' },
  kind: 'message',
  clientId,
  text: `text ${clientId}`,
})
const resolved = (seq: number): ConversationEvent => ({
  seq,
  at: '2026-11-22T10:05:00.000Z',
  author: { role: 'agent', id: 'a1' },
  kind: 'conversation.resolved',
})
const event = (e: ConversationEvent, conversationId = 'c'): ChannelInput => ({ type: 'event', conversationId, event: e })
const queue = (clientId: string): ChannelInput => ({ type: 'queue', message: { clientId, text: clientId, at: 'x', state: 'sending' } })
const run = (inputs: readonly ChannelInput[], from: ChannelState = emptyChannel('visitor', 'c')) => inputs.reduce(step, from)
const seqs = (s: ChannelState) => s.events.map((e) => e.seq)
const lines = (s: ChannelState) => toTimeline(s).map((i) => (i.kind === 'message' ? [i.key, i.state, i.seq] : [i.key, i.kind]))

describe('channel state: events', () => {
  it('a duplicate event is shown once and a gap is never shown', () => {
    const s = run([event(message(1, 'm1')), event(message(1, 'm1')), event(message(3, 'm3'))])
    expect(seqs(s)).toEqual([1])
    expect(seqs(run([event(message(2, 'm2', 'agent')), event(message(3, 'm3'))], s))).toEqual([1, 2, 3])
  })

  it('events out of order wait for the missing one (the resume replays them in order)', () => {
    const s = run([event(message(2, 'm2')), event(message(3, 'm3')), event(message(1, 'm1'))])
    expect(seqs(s)).toEqual([1])
    // The resume after the last seq replays 2 and 3, and a late copy of 1 changes nothing.
    expect(seqs(run([event(message(2, 'm2')), event(message(1, 'm1')), event(message(3, 'm3'))], s))).toEqual([1, 2, 3])
  })

  it('frames it has no rule for (typing, errors) leave the state as it is', () => {
    const s = run([queue('a'), event(message(1, 'm1'))])
    expect(step(s, { type: 'typing', conversationId: 'c', role: 'agent', typing: true })).toBe(s)
    expect(step(s, { type: 'error', code: 'rate_limited', message: 'slow down', ref: 'a' })).toBe(s)
  })

  it('ignores events of another conversation', () => {
    const s = run([event(message(1, 'm1'), 'other')])
    expect(s).toEqual(emptyChannel('visitor', 'c'))
  })

  it('a stored copy of our own pending message replaces it, once', () => {
    const s = run([queue('m1'), event(message(1, 'm1'))])
    expect(s.pending).toEqual([])
    expect(lines(s)).toEqual([['m1', 'sent', 1]])
  })

  it('keeps non-message events in the log (a resolve) without touching pending messages', () => {
    const s = run([queue('m9'), event(message(1, 'm1')), event(resolved(2))])
    expect(seqs(s)).toEqual([1, 2])
    expect(s.pending.map((m) => m.clientId)).toEqual(['m9'])
  })
})

describe('channel state: resume from the last seq', () => {
  it('a window started after a seq continues from it and counts what is before as older', () => {
    const s = run([{ type: 'reset', id: 'c', base: 40 }])
    expect([lastSeq(s), firstSeq(s)]).toEqual([40, 41])
    const next = run([event(message(41, 'm41')), event(message(43, 'm43'))], s)
    expect(seqs(next)).toEqual([41])
    expect(lastSeq(next)).toBe(41)
  })

  it('a window that would start before the log starts at its beginning', () => {
    expect(run([{ type: 'reset', id: 'c', base: -49 }]).base).toBe(0)
  })
})

describe('channel state: history', () => {
  const window = run([{ type: 'reset', id: 'c', base: 3 }, event(message(4, 'm4')), event(message(5, 'm5'))])

  it('prepends only the gapless run that ends right before the window', () => {
    const s = step(window, { type: 'history', conversationId: 'c', events: [message(1, 'm1'), message(3, 'm3')], hasMore: true })
    expect(seqs(s)).toEqual([3, 4, 5])
    expect(firstSeq(s)).toBe(3)
  })

  it('knows the log starts at 1 once the server says there is no more', () => {
    const s = step(window, { type: 'history', conversationId: 'c', events: [message(1, 'm1'), message(2, 'm2'), message(3, 'm3')], hasMore: false })
    expect(seqs(s)).toEqual([1, 2, 3, 4, 5])
    expect(step(emptyChannel('agent', 'c'), { type: 'history', conversationId: 'c', events: [], hasMore: false }).base).toBe(0)
  })

  it('ignores a page of another conversation', () => {
    expect(step(window, { type: 'history', conversationId: 'x', events: [message(3, 'm3')], hasMore: false })).toBe(window)
  })
})

describe('channel state: our own messages', () => {
  it('marks a pending send failed, and acked ones sent with their seq', () => {
    const s = run([queue('a'), queue('b'), { type: 'ack', clientId: 'a', conversationId: 'c', seq: 1 }, { type: 'fail', clientId: 'b' }])
    expect(lines(s)).toEqual([
      ['a', 'sent', 1],
      ['b', 'failed', undefined],
    ])
  })

  it('queues a message once, however often it is queued (a reload, another tab, a retry)', () => {
    expect(run([queue('a'), queue('a')]).pending).toHaveLength(1)
    const retried = run([queue('a'), queue('b'), { type: 'fail', clientId: 'a' }, queue('a')])
    expect(retried.pending.map((m) => [m.clientId, m.state])).toEqual([
      ['a', 'sending'],
      ['b', 'sending'],
    ])
  })

  it('an ack after the stored event (a replay came first) leaves the message shown once', () => {
    const s = run([queue('a'), event(message(1, 'a')), queue('a'), { type: 'ack', clientId: 'a', conversationId: 'c', seq: 1 }])
    expect(lines(s)).toEqual([['a', 'sent', 1]])
  })

  it('a duplicate ack changes nothing', () => {
    const once = run([queue('a'), { type: 'ack', clientId: 'a', conversationId: 'c', seq: 1 }])
    expect(step(once, { type: 'ack', clientId: 'a', conversationId: 'c', seq: 1 })).toEqual(once)
  })

  it('a reset forgets the log and the marks, and keeps the messages not yet sent', () => {
    const s = run([
      queue('a'),
      event(message(1, 'm1', 'agent')),
      { type: 'read', conversationId: 'c', role: 'agent', seq: 1 },
      { type: 'reset', id: 'd' },
    ])
    expect(s).toEqual({ ...emptyChannel('visitor', 'd'), pending: s.pending })
    expect(s.pending.map((m) => m.clientId)).toEqual(['a'])
  })
})

describe('channel state: receipts', () => {
  const sent = run([event(message(1, 'm1')), event(message(2, 'm2')), event(message(3, 'm3'))])
  const read = (seq: number, mark?: 'delivered' | 'read', role: 'visitor' | 'agent' = 'agent'): ChannelInput => ({
    type: 'read',
    conversationId: 'c',
    role,
    seq,
    ...(mark ? { mark } : {}),
  })

  it('moves our ticks as the other side receives and reads; read implies delivered', () => {
    expect(lines(run([read(2, 'delivered')], sent)).map((l) => l[1])).toEqual(['delivered', 'delivered', 'sent'])
    expect(lines(run([read(1)], sent)).map((l) => l[1])).toEqual(['read', 'sent', 'sent'])
    expect(run([read(2)], sent).marks).toEqual({ delivered: 2, read: 2 })
  })

  it('marks only move forward, and late or repeated receipts change nothing', () => {
    const s = run([read(3, 'delivered'), read(2)], sent)
    expect(run([read(1, 'delivered'), read(2), read(1)], s)).toBe(s)
  })

  // Only the other side's receipts ever arrive: the server holds that (gateway.test.ts).
  it('another conversation’s read receipts change nothing', () => {
    expect(run([{ ...read(3), conversationId: 'x' } as ChannelInput], sent)).toBe(sent)
  })

  it('an agent’s channel takes the shopper’s marks', () => {
    const agent = run([event(message(1, 'r1', 'agent'))], emptyChannel('agent', 'c'))
    expect(lines(run([read(1, 'read', 'visitor')], agent))).toEqual([['r1', 'read', 1]])
  })
})
