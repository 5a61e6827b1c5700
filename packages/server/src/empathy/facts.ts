import { detectFrustration, type FrustrationSignal } from '@attune/empathy'
import type { ConversationEvent } from '@attune/protocol'

/** How many of the shopper's latest messages the detector reads: recent tone, not history. */
const RECENT_MESSAGES = 6

const LEVELS = { calm: 0, concerned: 1, frustrated: 2 } as const

/**
 * What the detector and the rules read of a conversation's newest side, folded one event at a
 * time (`nextTail`), so that a kept conversation moves it on with each stored event instead of
 * walking its log back after every message (issue 12: a shopper nobody answers made that walk
 * the whole window, up to 2,000 events, each time).
 */
export type Tail = {
  /** The shopper's latest messages, oldest first: at most RECENT_MESSAGES. */
  readonly recent: readonly string[]
  /** Shopper messages since the agent last wrote. */
  readonly sinceAgent: number
  /** When the first of them was sent (the wait runs from it); null when the agent wrote last. */
  readonly waitingFrom: string | null
  /** The level the last `signal.raised` recorded, so only a rise is logged again; 0 after a reply. */
  readonly raised: number
}

const EMPTY_TAIL: Tail = { recent: [], sinceAgent: 0, waitingFrom: null, raised: 0 }

/** The tail after one more event. */
export function nextTail(tail: Tail, event: ConversationEvent): Tail {
  if (event.kind === 'signal.raised') return { ...tail, raised: LEVELS[event.level] }
  if (event.kind !== 'message') return tail
  // A reply from the agent ends the wait and resets the bar: a new rise after it is news again.
  if (event.author.role === 'agent') return { ...tail, sinceAgent: 0, waitingFrom: null, raised: 0 }
  if (event.author.role !== 'visitor') return tail
  return {
    ...tail,
    recent: [...tail.recent.slice(1 - RECENT_MESSAGES), event.text],
    sinceAgent: tail.sinceAgent + 1,
    waitingFrom: tail.waitingFrom ?? event.at,
  }
}

/** The tail of these events, oldest first. */
export const tailOf = (events: readonly ConversationEvent[]): Tail => events.reduce(nextTail, EMPTY_TAIL)

/**
 * The detector's reading of the shopper's recent messages, recomputed on the server from the
 * stored log (a client's figure is never trusted): the messages since the agent last spoke,
 * and the wait and the burst as context.
 */
export function readSignal(tail: Tail, now: number, locale: string | null): FrustrationSignal {
  return detectFrustration(tail.recent, {
    ...(tail.waitingFrom ? { waitingSeconds: Math.max(0, (now - Date.parse(tail.waitingFrom)) / 1000) } : {}),
    messagesSinceAgentReply: tail.sinceAgent,
    ...(locale ? { locale } : {}),
  })
}

export function levelRank(level: FrustrationSignal['level']): number {
  return LEVELS[level]
}
