import type { CheckInAnsweredEvent, CheckInAskedEvent, CheckInNews, CheckInPhase, ConversationEvent, MessageEvent } from '@attune/protocol'

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
  return events.reduce(nextOpenAsks, NO_ASKS).at(-1) ?? null
}

/**
 * The newest check-in the shopper may still answer: `pendingCheckIn`'s, except that an answer does
 * not close it. A card is answered one tap at a time, each answer carrying the ones before (the
 * latest counts), so a card answered in part stays open until a skip, a later card, the shopper
 * writing on or the chat's end closes it.
 */
export function answerableCheckIn(events: readonly ConversationEvent[]): CheckInAskedEvent | null {
  return pendingCheckIn(events.filter((e) => e.kind !== 'checkin.answered'))
}

/**
 * The check-ins not closed nor lapsed so far, oldest first (at most one per moment: a newer ask
 * of a moment stands for the older, which lapses with it); the newest is `pendingCheckIn`'s.
 * Folded one event at a time, so a server that keeps a conversation moves it on with each stored
 * event instead of reading the log again (issue 12).
 */
export type OpenAsks = readonly CheckInAskedEvent[]

export const NO_ASKS: OpenAsks = []

/** The open check-ins after one more event, by the rules above. */
export function nextOpenAsks(open: OpenAsks, e: ConversationEvent): OpenAsks {
  switch (e.kind) {
    case 'checkin.answered':
      return open.filter((a) => a.phase !== e.answer.phase)
    case 'checkin.skipped':
      return open.filter((a) => a.phase !== e.phase)
    case 'conversation.resolved':
      return open.filter((a) => a.phase === 'after' || a.phase === 'follow_up')
    case 'message':
      return e.author.role === 'visitor' ? open.filter((a) => a.phase === 'during') : open
    case 'checkin.asked':
      return [...open.filter((a) => ORDER[a.phase] > ORDER[e.phase]), e]
    default:
      return open
  }
}

/**
 * What a shopper's client is told of the open card (decision 010), folded one event at a time:
 * the open check-ins as `pendingCheckIn` reads them, and as `answerableCheckIn` does.
 */
export type CardAsks = { readonly pending: OpenAsks; readonly answerable: OpenAsks }

export const NO_CARD_ASKS: CardAsks = { pending: NO_ASKS, answerable: NO_ASKS }

/** The open check-ins both ways after one more event: an answer closes no answerable one. */
export const nextCardAsks = (asks: CardAsks, e: ConversationEvent): CardAsks => ({
  pending: nextOpenAsks(asks.pending, e),
  answerable: e.kind === 'checkin.answered' ? asks.answerable : nextOpenAsks(asks.answerable, e),
})

/** The news for the shopper's client: the newest of each. */
export const checkInNews = ({ pending, answerable }: CardAsks): CheckInNews => ({
  pending: pending.at(-1) ?? null,
  answerable: answerable.at(-1) ?? null,
})

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
