import type { CheckInPhase, CheckInTrigger, ConversationEvent, SignalRaisedEvent } from '@attune/protocol'
import type { LogFold } from './fold.ts'

/** The frustration detector's level, as the protocol carries it. */
export type FrustrationLevel = SignalRaisedEvent['level']

/**
 * What the rules know of one conversation: its log plus the live facts the log does not keep
 * (typing is never logged, the detector runs on the server). `now` is passed in, never read,
 * so the rules are deterministic and tests use plain numbers.
 */
export interface ConversationFacts {
  /** Milliseconds since the epoch. */
  now: number
  /** When the conversation was opened, ms since the epoch. */
  openedAt: number
  /** The log so far, in `seq` order. */
  events: readonly ConversationEvent[]
  agentTyping: boolean
  /** The server's detector result on the shopper's recent messages; null when not run yet. */
  frustration: { level: FrustrationLevel } | null
  /** The shopper declined check-ins for good. */
  optedOut: boolean
  /**
   * `events` folded (`nextFold`) when the caller keeps it so, moved on with each stored event: the
   * rules read it instead of walking the log (issue 12). Folded from `events` when left out.
   */
  log?: LogFold
}

/** A check-in the server should ask now: it appends `checkin.asked` with these fields. */
export interface CheckInRequest<P extends CheckInPhase = CheckInPhase> {
  phase: P
  trigger: CheckInTrigger
}

/** The answer of `duringCheckIn`. */
export interface DuringDecision {
  ask: CheckInRequest<'during'> | null
  /**
   * The earliest time at which the answer, or the detector's reading of a silent wait, could
   * change with no new event, ms since the epoch, or null when only an event can change them.
   * Given with an ask too (the wait goes on while the card is pending). The server sets one timer
   * for it instead of polling, and also re-evaluates on every new log event and typing change.
   */
  nextCheckAt: number | null
}
