// Cues from the conversation rather than the words: how long the shopper has waited, and how
// many messages they sent into silence. EMPATHY.md raises a check-in at 90 s of waiting; the
// signal starts later (2 min) so that the two do not always fire together.
import type { Hit } from './lexicon.ts'
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

/** 3 messages into silence: 0.15, 4: 0.3, 5: 0.45, then capped. */
export function burstCue(messages: number | undefined): Hit | undefined {
  if (messages === undefined || messages < BURST_FROM) return undefined
  const weight = Math.min(BURST_MAX, BURST_STEP * (messages - BURST_FROM + 1))
  return { kind: 'burst', weight: Math.round(weight * 100) / 100, detail: `${messages} messages` }
}

export function contextCues(context: FrustrationContext | undefined): Hit[] {
  return [waitingCue(context?.waitingSeconds), burstCue(context?.messagesSinceAgentReply)].filter((hit): hit is Hit => hit !== undefined)
}
