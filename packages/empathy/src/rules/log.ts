import type { CheckInAnsweredEvent, CheckInAskedEvent, CheckInPhase, ConversationEvent, MessageEvent } from '@attune/protocol'

// Every helper here reads a conversation log in `seq` order, oldest first, as the server stores it.

/** Milliseconds since the epoch of an event's ISO 8601 `at`. */
export function timeOf(event: ConversationEvent): number {
  return Date.parse(event.at)
}

export function isShopperMessage(event: ConversationEvent): event is MessageEvent {
  return event.kind === 'message' && event.author.role === 'visitor'
}

export function isAgentMessage(event: ConversationEvent): event is MessageEvent {
  return event.kind === 'message' && event.author.role === 'agent'
}

/** Index of the newest event that matches, or -1 (`Array#findLastIndex` is ES2023, we target ES2022). */
export function lastIndexOf(events: readonly ConversationEvent[], match: (event: ConversationEvent) => boolean): number {
  for (let i = events.length - 1; i >= 0; i--) if (match(events[i]!)) return i
  return -1
}

const ORDER: Record<CheckInPhase, number> = { before: 0, during: 1, after: 2, follow_up: 3 }

/**
 * The newest check-in still waiting for the shopper, or null. A check-in is closed by an answer or
 * a skip for its phase, and it also lapses when asking it no longer makes sense:
 * - before and after lapse at the shopper's next message (typing counts as a skip; a message
 *   after the end reopens the chat);
 * - before and during lapse when the conversation is resolved (the chat they asked about is over);
 *   after and follow_up are asked about an ended chat;
 * - any check-in lapses when a later moment is asked (one card at a time, in moment order).
 * Without these, an ignored card would block every later check-in for good.
 */
export function pendingCheckIn(events: readonly ConversationEvent[]): CheckInAskedEvent | null {
  // One pass from the newest event back, remembering what happened after the current position.
  const closedPhases = new Set<CheckInPhase>()
  let messageLater = false
  let resolvedLater = false
  let laterAsk = -1
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!
    switch (e.kind) {
      case 'checkin.answered':
        closedPhases.add(e.answer.phase)
        break
      case 'checkin.skipped':
        closedPhases.add(e.phase)
        break
      case 'conversation.resolved':
        resolvedLater = true
        break
      case 'message':
        if (e.author.role === 'visitor') messageLater = true
        break
      case 'checkin.asked': {
        const lapsed =
          closedPhases.has(e.phase) ||
          laterAsk > ORDER[e.phase] ||
          (messageLater && e.phase !== 'during') ||
          (resolvedLater && (e.phase === 'before' || e.phase === 'during'))
        if (!lapsed) return e
        laterAsk = Math.max(laterAsk, ORDER[e.phase])
        break
      }
    }
  }
  return null
}

/** A "Not yet" answer: the shopper does not feel understood, and the agent must hear it at once. */
export function isNotYet(event: ConversationEvent): event is CheckInAnsweredEvent {
  return event.kind === 'checkin.answered' && event.answer.phase === 'during' && event.answer.understood === false
}

/**
 * The latest during answer when it is "Not yet", else null: the inbox raises the conversation
 * until the shopper answers a later check-in with "Yes" (the latest answer is their current view).
 */
export function latestNotYet(events: readonly ConversationEvent[]): CheckInAnsweredEvent | null {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!
    if (e.kind === 'checkin.answered' && e.answer.phase === 'during' && e.answer.understood !== undefined) {
      return isNotYet(e) ? e : null
    }
  }
  return null
}

/** Resolved, and not reopened since: a shopper's message after a resolve reopens the chat. */
export function isResolved(events: readonly ConversationEvent[]): boolean {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!
    if (e.kind === 'conversation.resolved') return true
    if (isShopperMessage(e)) return false
  }
  return false
}
