import { atom, type ReadableAtom } from 'nanostores'
import { MAX_TEXT_LENGTH, type Author, type ConversationEvent } from '@attune/protocol'
import { derived } from './derived.ts'
import { AttuneError } from './errors.ts'
import {
  classifyEvent,
  type DeliveryState,
  NO_MARKS,
  toTimeline,
  type ApplyResult,
  type PeerMarks,
  type PendingMessage,
  type TimelineItem,
} from './timeline.ts'

/**
 * One conversation as a client sees it: a gapless window of its log (the latest page first,
 * older pages prepended on demand), this side's pending messages, and how far the other side
 * has read. Transport-free; the clients feed it frames.
 */
export interface ConversationLog {
  readonly $timeline: ReadableAtom<TimelineItem[]>
  readonly $events: ReadableAtom<readonly ConversationEvent[]>
  readonly $pending: ReadableAtom<readonly PendingMessage[]>
  /** True while events before the loaded window exist on the server. */
  readonly $hasOlder: ReadableAtom<boolean>
  readonly id: string | null
  /** The newest seq known (the window's end, or where an empty window starts). */
  lastSeq(): number
  /** Where the window starts: its oldest event's seq, or the next event's while it is empty. */
  firstSeq(): number
  /** Starts an empty window after `seq`: events up to it are "older" and loaded on demand. */
  startAfter(seq: number): void
  apply(event: ConversationEvent): ApplyResult
  /** Adds an older page that ends right before the window (history). */
  prepend(events: readonly ConversationEvent[], hasMore: boolean): void
  addPending(message: PendingMessage): void
  ack(clientId: string, seq: number): void
  fail(clientId: string): void
  setState(clientId: string, state: DeliveryState): void
  /** The other side's delivered/read marks; they only move forward. */
  mark(kind: keyof PeerMarks, seq: number): void
  /** Forgets the log (not the pending sends) when the conversation changes. */
  reset(id: string | null): void
}

export function createConversationLog(selfRole: Author['role'], id: string | null = null): ConversationLog {
  const $events = atom<readonly ConversationEvent[]>([])
  const $pending = atom<readonly PendingMessage[]>([])
  const $id = atom<string | null>(id)
  const $marks = atom<PeerMarks>(NO_MARKS)
  const $base = atom(0)
  const $timeline = derived([$id, $events, $pending, $marks], (conversationId, events, pending, marks) =>
    toTimeline(conversationId, events, pending, selfRole, marks),
  )
  const windowStart = (events: readonly ConversationEvent[], base: number) => events[0]?.seq ?? base + 1
  const $hasOlder = derived([$events, $base], (events, base) => windowStart(events, base) > 1)

  const lastSeq = () => $events.get().at(-1)?.seq ?? $base.get()
  const firstSeq = () => windowStart($events.get(), $base.get())

  function updatePending(clientId: string, change: Partial<PendingMessage>): void {
    $pending.set($pending.get().map((m) => (m.clientId === clientId ? { ...m, ...change } : m)))
  }

  return {
    $timeline,
    $events,
    $pending,
    $hasOlder,
    get id() {
      return $id.get()
    },
    lastSeq,
    firstSeq,
    startAfter(seq) {
      if ($events.get().length === 0) $base.set(Math.max(0, seq))
    },
    apply(event) {
      const result = classifyEvent(lastSeq(), event.seq)
      if (result !== 'applied') return result
      $events.set([...$events.get(), event])
      if (event.kind === 'message') {
        $pending.set($pending.get().filter((m) => m.clientId !== event.clientId))
      }
      return result
    },
    prepend(older, hasMore) {
      // Keep only a gapless run that ends right before the window.
      const bySeq = new Map(older.map((e) => [e.seq, e]))
      const run: ConversationEvent[] = []
      for (let seq = firstSeq() - 1; bySeq.has(seq); seq--) run.unshift(bySeq.get(seq)!)
      if (run.length === 0) {
        if (!hasMore) $base.set(0)
        return
      }
      $base.set(hasMore ? run[0]!.seq - 1 : 0)
      $events.set([...run, ...$events.get()])
    },
    addPending(message) {
      if ($pending.get().some((m) => m.clientId === message.clientId)) return
      $pending.set([...$pending.get(), message])
    },
    ack(clientId, seq) {
      if ($events.get().some((e) => e.kind === 'message' && e.clientId === clientId)) {
        $pending.set($pending.get().filter((m) => m.clientId !== clientId))
      } else {
        updatePending(clientId, { state: 'sent', seq })
      }
    },
    fail(clientId) {
      updatePending(clientId, { state: 'failed' })
    },
    setState(clientId, state) {
      updatePending(clientId, { state })
    },
    mark(kind, seq) {
      const marks = $marks.get()
      if (seq <= marks[kind]) return
      // Read implies delivered.
      $marks.set(kind === 'read' ? { delivered: Math.max(marks.delivered, seq), read: seq } : { ...marks, delivered: seq })
    },
    reset(nextId) {
      $id.set(nextId)
      $events.set([])
      $base.set(0)
      $marks.set(NO_MARKS)
    },
  }
}

/**
 * Trims and checks a message before it is queued, so bad input fails at once, typed. Text may be
 * empty only when the message carries files.
 */
export function validateText(text: unknown, hasFiles = false): string {
  if (typeof text !== 'string') {
    throw new AttuneError('invalid_input', 'A message must be a string.')
  }
  const trimmed = text.trim()
  if (trimmed.length === 0 && !hasFiles) {
    throw new AttuneError('invalid_input', 'A message needs some text.')
  }
  if (trimmed.length > MAX_TEXT_LENGTH) {
    throw new AttuneError('invalid_input', `A message is at most ${MAX_TEXT_LENGTH} characters (got ${trimmed.length}).`)
  }
  return trimmed
}
