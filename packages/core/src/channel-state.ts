import type { Author, ConversationEvent, ServerFrame } from '@attune/protocol'
import { NO_MARKS, type PeerMarks, type PendingMessage } from './timeline.ts'

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
  /** A message typed, loaded from the outbox or retried: shown (once) as sending. */
  | { type: 'queue'; message: PendingMessage }
  /** The server refused a pending message for good. */
  | { type: 'fail'; clientId: string }
  /**
   * Another conversation (or none): the log goes, pending messages stay. The new window starts
   * empty after `base` (default 0): events up to it are "older", loaded on demand.
   */
  | { type: 'reset'; id: string | null; base?: number }

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

const change = (s: ChannelState, clientId: string, fields: Partial<PendingMessage>): ChannelState => ({
  ...s,
  pending: s.pending.map((m) => (m.clientId === clientId ? { ...m, ...fields } : m)),
})

type Steps = { [T in ChannelInput['type']]: (s: ChannelState, input: Extract<ChannelInput, { type: T }>) => ChannelState }
type Step = (s: ChannelState, input: ChannelInput) => ChannelState

// Frames about another conversation leave the state as it is (the adapters route them first).
const steps: Steps = {
  event(s, { conversationId, event }) {
    // Events join in seq order: anything but the next is a replayed duplicate or comes after a gap.
    if (conversationId !== s.id || event.seq !== lastSeq(s) + 1) return s
    const pending = event.kind === 'message' ? s.pending.filter((m) => m.clientId !== event.clientId) : s.pending
    return { ...s, events: [...s.events, event], pending }
  },
  history(s, { conversationId, events, hasMore }) {
    // Only the gapless run that ends right before the window joins it (so a late or repeated
    // page adds nothing); with no more pages, the log starts at the window.
    let next = firstSeq(s) - 1
    const run = [...events].reverse().filter((e) => e.seq === next && next--)
    if (conversationId !== s.id || (hasMore && !run.length)) return s
    return { ...s, base: hasMore ? next : 0, events: [...run.reverse(), ...s.events] }
  },
  // If the event came first (a replay), it already took the message's place: nothing to mark.
  ack: (s, { clientId, seq }) => change(s, clientId, { state: 'sent', seq }),
  read(s, { conversationId, seq, mark = 'read' }) {
    const { marks } = s
    // Marks move our ticks only forward; read implies delivered. The server sends a connection only
    // the other side's marks (gateway/session.ts; decision 004: the client trusts its frames).
    if (conversationId !== s.id || seq <= marks[mark]) return s
    return { ...s, marks: { ...marks, delivered: Math.max(marks.delivered, seq), [mark]: seq } }
  },
  queue(s, { message }) {
    const { clientId } = message
    return s.pending.some((m) => m.clientId === clientId) ? change(s, clientId, { state: 'sending' }) : { ...s, pending: [...s.pending, message] }
  },
  fail: (s, { clientId }) => change(s, clientId, { state: 'failed' }),
  reset: (s, { id, base = 0 }) => ({ ...s, id, events: [], base: Math.max(0, base), marks: NO_MARKS }),
}

/**
 * The one way a channel's state changes: pure, so every frame kind, order and replay is testable.
 * Other frames (typing, errors, the other role's) leave it as it is.
 */
export function step(s: ChannelState, input: ChannelInput | ServerFrame): ChannelState {
  return (steps as Partial<Record<string, Step>>)[input.type]?.(s, input as ChannelInput) ?? s
}
