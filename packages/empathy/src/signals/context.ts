// Cues from the conversation rather than the words: how long the shopper has waited, and how
// many messages they sent into silence. EMPATHY.md raises a check-in at 90 s of waiting; the
// signal starts later (2 min) so that the two do not always fire together.
import type { Hit } from './hit.ts'
import type { FrustrationContext } from './types.ts'

const WAIT_FROM_SECONDS = 120
const WAIT_START = 0.1
const WAIT_PER_MINUTE = 0.05
const WAIT_MAX = 0.6
const BURST_FROM = 3
const BURST_STEP = 0.15
const BURST_MAX = 0.5

/** 0.1 at 2 min, 0.25 at 5, 0.5 at 10, capped at 0.6 from 12 min. */
export function waitingCue(seconds: number | undefined): Hit | undefined {
  if (seconds === undefined || !(seconds > WAIT_FROM_SECONDS)) return undefined
  const minutes = (seconds - WAIT_FROM_SECONDS) / 60
  const weight = Math.min(WAIT_MAX, WAIT_START + WAIT_PER_MINUTE * minutes)
  return { kind: 'waiting', weight: Math.round(weight * 100) / 100, detail: `${Math.round(seconds / 60)} min` }
}

/** Minutes from the cue's start to its cap (10: 0.1 grows to 0.6). Rounded: 0.6 − 0.1 is not 0.5 in floats. */
const WAIT_FULL_MINUTES = Math.round((WAIT_MAX - WAIT_START) / WAIT_PER_MINUTE)

/**
 * The waiting, in seconds, at which the waiting cue next grows by a minute's step after `seconds`
 * (3 min, 4, … 12), or undefined once it is capped. A silent wait changes the detector's reading
 * with no new message, so the server looks again then. Whole minutes: the cue's detail counts
 * minutes and a minute adds 0.05, so a level crossing is seen within a minute, at most 10 looks a wait.
 */
export function waitingCueStepAfter(seconds: number): number | undefined {
  const step = Math.floor(Math.max(0, seconds - WAIT_FROM_SECONDS) / 60) + 1
  return step > WAIT_FULL_MINUTES ? undefined : WAIT_FROM_SECONDS + step * 60
}

/** 3 messages into silence: 0.15, 4: 0.3, 5: 0.45, then capped. */
export function burstCue(messages: number | undefined): Hit | undefined {
  if (messages === undefined || messages < BURST_FROM) return undefined
  const weight = Math.min(BURST_MAX, BURST_STEP * (messages - BURST_FROM + 1))
  return { kind: 'burst', weight: Math.round(weight * 100) / 100, detail: `${messages} messages` }
}

export function contextCues(context: FrustrationContext | undefined): Hit[] {
  return [waitingCue(context?.waitingSeconds), burstCue(context?.messagesSinceAgentReply)].filter((hit): hit is Hit => hit !== undefined)
}
