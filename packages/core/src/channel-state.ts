import type { Author, ConversationEvent, ServerFrame } from '@attune/protocol'
import { classifyEvent, NO_MARKS, type DeliveryState, type PeerMarks, type PendingMessage } from './timeline.ts'

/**
 * One conversation as either side's client holds it (decision 022): a gapless window of its log
 * (the latest page first, older pages prepended on demand), this side's unacked messages, and how
 * far the other side has received and read. Plain data, changed only by `step`.
 */
export interface ChannelState {
  /** Whose client this is: its own messages get delivery states, the peer's marks move them. */
  readonly role: Author['role']
  readonly id: string | null
  readonly events: readonly ConversationEvent[]
  /** Where an empty window starts: events up to `base` are older, loaded on demand. */
  readonly base: number
  readonly pending: readonly PendingMessage[]
  readonly marks: PeerMarks
}

type Frame<T extends ServerFrame['type']> = Extract<ServerFrame, { type: T }>

/** What moves a channel: the server's frames about its conversation, and this side's own acts. */
export type ChannelInput =
  | Frame<'event'>
  | Frame<'history'>
  | Frame<'ack'>
  | Frame<'read'>
  /** A message typed (or loaded from the outbox), shown at once as sending. */
  | { type: 'queue'; message: PendingMessage }
  /** A pending message changes state: refused for good (`failed`), or sent again (`sending`). */
  | { type: 'state'; clientId: string; state: DeliveryState }
  /** Another conversation (or none): the log goes, pending messages stay. */
  | { type: 'reset'; id: string | null }
  /** Starts an empty window after `seq`: events up to it are "older". */
  | { type: 'start'; seq: number }

export const emptyChannel = (role: Author['role'], id: string | null = null): ChannelState => ({
  role,
  id,
  events: [],
  base: 0,
  pending: [],
  marks: NO_MARKS,
})

/** The newest seq known (the window's end, or where an empty window starts). */
export const lastSeq = (s: ChannelState): number => s.events.at(-1)?.seq ?? s.base

/** Where the window starts: its oldest event's seq, or the next event's while it is empty. */
export const firstSeq = (s: ChannelState): number => s.events[0]?.seq ?? s.base + 1

const without = (pending: readonly PendingMessage[], clientId: string) => pending.filter((m) => m.clientId !== clientId)

const change = (s: ChannelState, clientId: string, fields: Partial<PendingMessage>): ChannelState => ({
  ...s,
  pending: s.pending.map((m) => (m.clientId === clientId ? { ...m, ...fields } : m)),
})

type Steps = { [T in ChannelInput['type']]: (s: ChannelState, input: Extract<ChannelInput, { type: T }>) => ChannelState }

// Frames about another conversation leave the state as it is (the adapters route them first).
const steps: Steps = {
  event(s, { conversationId, event }) {
    if (conversationId !== s.id || classifyEvent(lastSeq(s), event.seq) !== 'applied') return s
    const pending = event.kind === 'message' ? without(s.pending, event.clientId) : s.pending
    return { ...s, events: [...s.events, event], pending }
  },
  history(s, { conversationId, events, hasMore }) {
    if (conversationId !== s.id) return s
    // Keep only a gapless run that ends right before the window.
    const bySeq = new Map(events.map((e) => [e.seq, e]))
    const run: ConversationEvent[] = []
    for (let seq = firstSeq(s) - 1; bySeq.has(seq); seq--) run.unshift(bySeq.get(seq)!)
    if (run.length === 0) return hasMore ? s : { ...s, base: 0 }
    return { ...s, base: hasMore ? run[0]!.seq - 1 : 0, events: [...run, ...s.events] }
  },
  ack(s, { clientId, seq }) {
    // The event may have come first (a replay): then the message is simply there.
    if (s.events.some((e) => e.kind === 'message' && e.clientId === clientId)) return { ...s, pending: without(s.pending, clientId) }
    return change(s, clientId, { state: 'sent', seq })
  },
  read(s, { conversationId, role, seq, mark = 'read' }) {
    const marks = s.marks
    // Only the other side's marks move our ticks, and only forward; read implies delivered.
    if (conversationId !== s.id || role === s.role || seq <= marks[mark]) return s
    return { ...s, marks: mark === 'read' ? { delivered: Math.max(marks.delivered, seq), read: seq } : { ...marks, delivered: seq } }
  },
  queue(s, { message }) {
    return s.pending.some((m) => m.clientId === message.clientId) ? s : { ...s, pending: [...s.pending, message] }
  },
  state: (s, { clientId, state }) => change(s, clientId, { state }),
  reset: (s, { id }) => ({ ...emptyChannel(s.role, id), pending: s.pending }),
  start: (s, { seq }) => (s.events.length ? s : { ...s, base: Math.max(0, seq) }),
}

/** The one way a channel's state changes: pure, so every frame kind, order and replay is testable. */
export function step(s: ChannelState, input: ChannelInput): ChannelState {
  return (steps[input.type] as (s: ChannelState, input: ChannelInput) => ChannelState)(s, input)
}
