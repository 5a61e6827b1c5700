import { detectFrustration, EMPTY_FOLD, nextFold, type FrustrationSignal, type LogFold } from '@attune/empathy'
import type { ConversationEvent } from '@attune/protocol'
import { nextAnswers, NO_ANSWERS, type Answers } from './snapshot.ts'

/** How many of the shopper's latest messages the detector reads: recent tone, not history. */
const RECENT_MESSAGES = 6

const LEVELS = { calm: 0, concerned: 1, frustrated: 2 } as const

/**
 * What the detector, the rules and the agent's card read of a conversation, folded one event at
 * a time (`nextTail`), so that a kept conversation moves it on with each stored event instead of
 * walking its log after every message (issue 12: a shopper nobody answers made each walk the
 * whole window, up to 2,000 events, several times a message).
 */
export type Tail = {
  /** The shopper's latest messages, oldest first: at most RECENT_MESSAGES. */
  readonly recent: readonly string[]
  /** Shopper messages since the agent last wrote. */
  readonly sinceAgent: number
  /** The level the last `signal.raised` recorded, so only a rise is logged again; 0 after a reply. */
  readonly raised: number
  /** What the during rules read (empathy's `nextFold`): the check-ins open, the wait, the last ask. */
  readonly log: LogFold
  /** What the shopper answered and skipped, as the agent's card shows it (snapshot.ts). */
  readonly answers: Answers
}

const EMPTY_TAIL: Tail = { recent: [], sinceAgent: 0, raised: 0, log: EMPTY_FOLD, answers: NO_ANSWERS }

/** The tail after one more event. */
export function nextTail(tail: Tail, event: ConversationEvent): Tail {
  const log = nextFold(tail.log, event)
  // The cards open before this event and closed by it: what lapsed, when it was no answer nor skip.
  const closed = tail.log.asks.filter((ask) => !log.asks.includes(ask)).map((ask) => ask.phase)
  return { ...newestSide(tail, event), log, answers: nextAnswers(tail.answers, event, closed) }
}

/** The shopper's newest messages and the raised level after one more event. */
function newestSide(tail: Tail, event: ConversationEvent): Tail {
  if (event.kind === 'signal.raised') return { ...tail, raised: LEVELS[event.level] }
  if (event.kind !== 'message') return tail
  // A reply from the agent ends the wait and resets the bar: a new rise after it is news again.
  if (event.author.role === 'agent') return { ...tail, sinceAgent: 0, raised: 0 }
  if (event.author.role !== 'visitor') return tail
  return {
    ...tail,
    recent: [...tail.recent.slice(1 - RECENT_MESSAGES), event.text],
    sinceAgent: tail.sinceAgent + 1,
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
    ...(tail.log.waitingFrom !== null ? { waitingSeconds: Math.max(0, (now - tail.log.waitingFrom) / 1000) } : {}),
    messagesSinceAgentReply: tail.sinceAgent,
    ...(locale ? { locale } : {}),
  })
}

export function levelRank(level: FrustrationSignal['level']): number {
  return LEVELS[level]
}
