import { atom, computed, type ReadableAtom } from 'nanostores'
import { MAX_TEXT_LENGTH, type Author, type ConversationEvent } from '@attune/protocol'
import { AttuneError, AttuneErrorCode } from './errors.ts'
import {
  classifyEvent,
  DeliveryState,
  toTimeline,
  type ApplyResult,
  type PendingMessage,
  type TimelineItem,
} from './timeline.ts'

/**
 * One conversation as a client sees it: the confirmed log (gapless, by seq) and this side's
 * pending messages. Transport-free; the clients feed it frames.
 */
export interface ConversationLog {
  readonly $timeline: ReadableAtom<TimelineItem[]>
  readonly $events: ReadableAtom<readonly ConversationEvent[]>
  readonly $pending: ReadableAtom<readonly PendingMessage[]>
  id: string | null
  lastSeq(): number
  apply(event: ConversationEvent): ApplyResult
  addPending(message: PendingMessage): void
  ack(clientId: string, seq: number): void
  fail(clientId: string): void
  setState(clientId: string, state: DeliveryState): void
  /** Forgets the log (not the pending sends) when the conversation changes. */
  reset(id: string | null): void
}

export function createConversationLog(selfRole: Author['role'], id: string | null = null): ConversationLog {
  const $events = atom<readonly ConversationEvent[]>([])
  const $pending = atom<readonly PendingMessage[]>([])
  const $id = atom<string | null>(id)
  const $timeline = computed([$id, $events, $pending], (conversationId, events, pending) =>
    toTimeline(conversationId, events, pending, selfRole),
  )

  const lastSeq = () => $events.get().at(-1)?.seq ?? 0

  function updatePending(clientId: string, change: Partial<PendingMessage>): void {
    $pending.set($pending.get().map((m) => (m.clientId === clientId ? { ...m, ...change } : m)))
  }

  return {
    $timeline,
    $events,
    $pending,
    get id() {
      return $id.get()
    },
    set id(value) {
      $id.set(value)
    },
    lastSeq,
    apply(event) {
      const result = classifyEvent(lastSeq(), event.seq)
      if (result !== 'applied') return result
      $events.set([...$events.get(), event])
      if (event.kind === 'message') {
        $pending.set($pending.get().filter((m) => m.clientId !== event.clientId))
      }
      return result
    },
    addPending(message) {
      $pending.set([...$pending.get(), message])
    },
    ack(clientId, seq) {
      if ($events.get().some((e) => e.kind === 'message' && e.clientId === clientId)) {
        $pending.set($pending.get().filter((m) => m.clientId !== clientId))
      } else {
        updatePending(clientId, { state: DeliveryState.Sent, seq })
      }
    },
    fail(clientId) {
      updatePending(clientId, { state: DeliveryState.Failed })
    },
    setState(clientId, state) {
      updatePending(clientId, { state })
    },
    reset(nextId) {
      $id.set(nextId)
      $events.set([])
    },
  }
}

/** Trims and checks a message before it is queued, so bad input fails at once, typed. */
export function validateText(text: unknown): string {
  if (typeof text !== 'string') {
    throw new AttuneError(AttuneErrorCode.InvalidInput, 'A message must be a string.')
  }
  const trimmed = text.trim()
  if (trimmed.length === 0) {
    throw new AttuneError(AttuneErrorCode.InvalidInput, 'A message needs some text.')
  }
  if (trimmed.length > MAX_TEXT_LENGTH) {
    throw new AttuneError(
      AttuneErrorCode.InvalidInput,
      `A message is at most ${MAX_TEXT_LENGTH} characters (this one has ${trimmed.length}).`,
    )
  }
  return trimmed
}
