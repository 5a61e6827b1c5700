import type { FrustrationSignal } from '@attune/empathy'
import type { CheckInAnswer, CheckInPhase, ConversationEvent, EmpathySnapshot, Mood } from '@attune/protocol'
import type { Tail } from './facts.ts'

/** The shopper's answers as the card shows them: the latest of each moment's, and the moments skipped. */
export type Answers = {
  readonly before: CheckInAnswer | null
  readonly after: CheckInAnswer | null
  readonly followUp: CheckInAnswer | null
  /** The latest during answer's "do you feel understood", when one said. */
  readonly understood: boolean | null
  /** The latest topic any answer named. */
  readonly topic: string | null
  /** The moments skipped, in the order first skipped. */
  readonly skipped: readonly CheckInPhase[]
}

export const NO_ANSWERS: Answers = { before: null, after: null, followUp: null, understood: null, topic: null, skipped: [] }

const skip = (answers: Answers, phase: CheckInPhase): Answers =>
  answers.skipped.includes(phase) ? answers : { ...answers, skipped: [...answers.skipped, phase] }

/**
 * The answers after one more event (folded in `facts.ts`'s tail). `lapsed`: the moments whose
 * card this event closed without an answer or a skip, by empathy's rule (`nextFold`). A card the
 * shopper's own message lapsed was skipped: typing counts as a skip (EMPATHY.md), and no skip
 * frame comes for it.
 */
export function nextAnswers(answers: Answers, event: ConversationEvent, lapsed: readonly CheckInPhase[] = []): Answers {
  if (event.kind === 'message' && event.author.role === 'visitor') return lapsed.reduce(skip, answers)
  if (event.kind === 'checkin.skipped') return skip(answers, event.phase)
  if (event.kind !== 'checkin.answered') return answers
  const { answer } = event
  const topic = answer.topic ?? answers.topic
  if (answer.phase === 'before') return { ...answers, topic, before: answer }
  if (answer.phase === 'after') return { ...answers, topic, after: answer }
  if (answer.phase === 'follow_up') return { ...answers, topic, followUp: answer }
  return { ...answers, topic, understood: answer.understood ?? answers.understood }
}

/**
 * What the agent's card shows of the shopper's feeling, from the conversation's folded tail: the
 * before mood, the latest mood, why, about what, whether they feel understood, the check-in
 * waiting, and the live signal.
 */
export function empathySnapshot(tail: Pick<Tail, 'log' | 'answers'>, signal: FrustrationSignal, language: string | null): EmpathySnapshot {
  const { before, after, followUp, understood, topic, skipped } = tail.answers
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
    pending: tail.log.asks.at(-1)?.phase ?? null,
    comment: after?.comment?.trim() || null,
  }
}
