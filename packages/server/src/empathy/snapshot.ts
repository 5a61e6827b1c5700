import { pendingCheckIn, type FrustrationSignal } from '@attune/empathy'
import type { CheckInAnswer, ConversationEvent, EmpathySnapshot, Mood } from '@attune/protocol'

/**
 * What the agent's card shows of the shopper's feeling, read from the log: the before mood, the
 * latest mood, why, about what, whether they feel understood, and the live signal.
 */
export function empathySnapshot(events: readonly ConversationEvent[], signal: FrustrationSignal, language: string | null): EmpathySnapshot {
  let before: CheckInAnswer | null = null
  let after: CheckInAnswer | null = null
  let followUp: CheckInAnswer | null = null
  let understood: boolean | null = null
  let topic: string | null = null
  const skipped = new Set<CheckInAnswer['phase']>()
  for (const event of events) {
    if (event.kind === 'checkin.skipped') skipped.add(event.phase)
    if (event.kind !== 'checkin.answered') continue
    const { answer } = event
    if (answer.phase === 'before') before = answer
    else if (answer.phase === 'after') after = answer
    else if (answer.phase === 'follow_up') followUp = answer
    else if (answer.understood !== undefined) understood = answer.understood
    topic = answer.topic ?? topic
  }
  // The follow-up's answer is the newest word on how the shopper feels (issue 16).
  const moodNow = (followUp?.mood ?? after?.mood ?? before?.mood ?? null) as Mood | null
  return {
    moodBefore: (before?.mood ?? null) as Mood | null,
    moodNow,
    moodAfter: (after?.mood ?? null) as Mood | null,
    skipped: [...skipped],
    reason: after?.reason ?? before?.reason ?? null,
    topic,
    understood,
    signal: {
      level: signal.level,
      score: Math.round(signal.score * 100) / 100,
      cues: signal.cues.map((cue) => (cue.detail ? { kind: cue.kind, detail: cue.detail } : { kind: cue.kind })),
    },
    // The language the shopper writes in beats the page's: a Thai shopper on an English store
    // page wants Thai acknowledgements.
    language: signal.language ?? language ?? null,
    pending: pendingCheckIn(events)?.phase ?? null,
    comment: after?.comment?.trim() || null,
  }
}
