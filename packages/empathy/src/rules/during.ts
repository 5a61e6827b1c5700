import type { EmpathySettings } from '../settings.ts'
import { waitingCueStepAfter } from '../signals/context.ts'
import { foldLog, type LogFold } from './fold.ts'
import type { CheckInRequest, ConversationFacts, DuringDecision, FrustrationLevel } from './types.ts'

const LEVEL: Record<FrustrationLevel, number> = { calm: 0, concerned: 1, frustrated: 2 }

/** Why the agent's "Check in" button is refused; the inbox shows it beside the disabled button. */
export const AgentCheckInRefusal = {
  /** The store switched the during moment off. */
  Off: 'off',
  /** The shopper declined check-ins for good; an agent does not overrule them. */
  OptedOut: 'opted_out',
  /** The conversation is resolved (and not reopened). */
  Resolved: 'resolved',
  /** A check-in is already waiting for the shopper's answer; two cards would be one too many. */
  Pending: 'pending',
} as const
export type AgentCheckInRefusal = (typeof AgentCheckInRefusal)[keyof typeof AgentCheckInRefusal]

export type AgentCheckInResult = { allowed: true; ask: CheckInRequest<'during'> } | { allowed: false; reason: AgentCheckInRefusal }

/** The gates every during check-in passes, automatic or not; null when none closes. */
function refusal(facts: ConversationFacts, settings: EmpathySettings, log = facts.log ?? foldLog(facts.events)): AgentCheckInRefusal | null {
  if (!settings.moments.during) return 'off'
  if (facts.optedOut) return 'opted_out'
  if (log.resolved) return 'resolved'
  if (log.asks.length > 0) return 'pending'
  return null
}

/**
 * When the detector's waiting cue next grows while the shopper's message waits for an answer, ms;
 * null when nobody waits, the chat is resolved, the cue is capped or the level is already the top.
 * A minute's grid, not the exact crossing: the rules see the level only, not the other cues' score.
 */
function nextWaitStep(log: LogFold, now: number, level: FrustrationLevel): number | null {
  if (log.resolved || log.waitingFrom === null || level === 'frustrated') return null
  const seconds = waitingCueStepAfter((now - log.waitingFrom) / 1000)
  return seconds === undefined ? null : log.waitingFrom + seconds * 1000
}

/**
 * The agent pressed "Check in". Not rate-limited (a person chose this moment, and the agent is
 * typing by definition), but refused while a check-in is pending, after resolve, when the
 * shopper opted out or the store switched the moment off.
 */
export function agentCheckIn(facts: ConversationFacts, settings: EmpathySettings): AgentCheckInResult {
  const reason = refusal(facts, settings)
  return reason ? { allowed: false, reason } : { allowed: true, ask: { phase: 'during', trigger: 'agent' } }
}

/**
 * Whether to raise an automatic during check-in now, and when to look again.
 *
 * Triggers, each at most once for the same cause:
 * - `signal`: the detector's level is at or above `signalThreshold` and the shopper wrote since
 *   the last during check-in (otherwise we would ask again about evidence already asked about);
 * - `waiting`: `waitSeconds` have passed since the first shopper message no agent has answered
 *   (follow-ups while waiting do not restart the clock); a wait raises one check-in at most;
 * - `long_chat`: `longChatMessages` shopper messages since the last during check-in (or the start).
 *
 * Precedence signal > waiting > long_chat: the trigger is logged and shown to the agent as the
 * reason for the card, so the most telling one wins — the shopper's own words first, then a wait
 * the agent can end at once, and the routine long-chat sweep last.
 *
 * Rate limits: none in the first `quietStartSeconds`, none within `minSecondsBetweenAutoCheckIns`
 * of the last during check-in of any trigger (the shopper does not care who pressed the button),
 * none while the agent is typing (an answer is on its way), none while a check-in is pending,
 * after resolve, when opted out or the moment is off.
 *
 * When to look again: a trigger or a rate limit coming due, or — while a shopper's message waits
 * for an answer — the next minute the detector's waiting cue grows (0.5 at 10 min is frustrated on
 * its own), also with a check-in asked or held back: the card's level reads it too.
 */
export function duringCheckIn(facts: ConversationFacts, settings: EmpathySettings): DuringDecision {
  const log = facts.log ?? foldLog(facts.events)
  const level = facts.frustration?.level ?? 'calm'
  // A silent wait raises the detector's level with no new event (the agent's card, a signal
  // check-in): look again when it next can, whatever holds a check-in back now.
  const waitStepAt = nextWaitStep(log, facts.now, level)
  // Each of these only changes with an event or a typing change, so no timer of their own is needed.
  if (refusal(facts, settings, log) || facts.agentTyping) return { ask: null, nextCheckAt: waitStepAt }

  const { now } = facts
  const lastAskAt = log.duringAskedAt ?? -Infinity
  const allowedAt = Math.max(facts.openedAt + settings.quietStartSeconds * 1000, lastAskAt + settings.minSecondsBetweenAutoCheckIns * 1000)
  const { shopperSinceAsk, waitingFrom } = log

  // [trigger, when its cause is due], in precedence order.
  const due: Array<[CheckInRequest['trigger'], number]> = []
  if (shopperSinceAsk > 0 && LEVEL[level] >= LEVEL[settings.signalThreshold]) due.push(['signal', now])
  if (log.waitIsNew && waitingFrom !== null) due.push(['waiting', waitingFrom + settings.waitSeconds * 1000])
  if (shopperSinceAsk >= settings.longChatMessages) due.push(['long_chat', now])

  let nextCheckAt = waitStepAt
  for (const [trigger, dueAt] of due) {
    const at = Math.max(dueAt, allowedAt)
    // Asked now, the card is pending: only the wait's reading can change by time alone.
    if (at <= now) return { ask: { phase: 'during', trigger }, nextCheckAt: waitStepAt }
    nextCheckAt = nextCheckAt === null ? at : Math.min(nextCheckAt, at)
  }
  return { ask: null, nextCheckAt }
}
