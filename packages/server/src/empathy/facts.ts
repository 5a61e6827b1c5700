import { detectFrustration, type FrustrationSignal } from '@attune/empathy'
import type { ConversationEvent } from '@attune/protocol'

/** How many of the shopper's latest messages the detector reads: recent tone, not history. */
const RECENT_MESSAGES = 6

/**
 * The detector's reading of the shopper's recent messages, recomputed on the server from the
 * stored log (a client's figure is never trusted): the messages since the agent last spoke,
 * and the wait and the burst as context.
 */
export function readSignal(events: readonly ConversationEvent[], now: number, locale: string | null): FrustrationSignal {
  // From the newest back, and only as far as needed: the rules run after every message, over a
  // window of up to 2,000 events (issue 12).
  const recent: string[] = []
  let sinceAgent = 0
  /** The shopper's first message since the agent last wrote: the wait runs from it. */
  let waitingFrom: ConversationEvent | undefined
  let agentFound = false
  for (let i = events.length - 1; i >= 0 && !(agentFound && recent.length === RECENT_MESSAGES); i--) {
    const event = events[i]!
    if (event.kind !== 'message') continue
    if (event.author.role === 'agent') agentFound = true
    else if (event.author.role === 'visitor') {
      if (recent.length < RECENT_MESSAGES) recent.unshift(event.text)
      if (!agentFound) {
        sinceAgent++
        waitingFrom = event
      }
    }
  }
  return detectFrustration(recent, {
    ...(waitingFrom ? { waitingSeconds: Math.max(0, (now - Date.parse(waitingFrom.at)) / 1000) } : {}),
    messagesSinceAgentReply: sinceAgent,
    ...(locale ? { locale } : {}),
  })
}

const LEVELS = { calm: 0, concerned: 1, frustrated: 2 } as const

/** The last level a `signal.raised` event recorded, so only a rise is logged again. */
export function lastRaisedLevel(events: readonly ConversationEvent[]): number {
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i]!
    if (event.kind === 'signal.raised') return LEVELS[event.level]
    // A reply from the agent resets the bar: a new rise after it is news again.
    if (event.kind === 'message' && event.author.role === 'agent') return 0
  }
  return 0
}

export function levelRank(level: FrustrationSignal['level']): number {
  return LEVELS[level]
}
