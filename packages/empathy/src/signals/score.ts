// From cues to one score and a level. The formula is kept simple enough to explain to an agent:
//
//   valence = 1 − Π(1 − w)   over what is wrong: lexicon, negated, escalation, emoji,
//                            repetition, burst, waiting
//   arousal = 1 − Π(1 − w)   over how loud it is: capitals, punctuation, stretching
//   calm    = 1 − Π(1 − |w|) over positive words/emoji and laughter
//   score   = (1 − (1 − valence)(1 − arousal·(1 − calm))) · (1 − CALM_DAMPING·calm)
//
// Loudness without anything wrong is mostly joy ("OMG I LOVE IT!!!"), so calm cancels it fully;
// calm only dampens what is wrong, because polite shoppers thank you while they complain.
// The score rises with every raising cue and falls with every calming one (monotone).
import type { Hit } from './hit.ts'
import type { CueKind, FrustrationCue, FrustrationLevel } from './types.ts'

/** Level thresholds on the 0..1 score. Tuned on data/frustration-set.json (see evaluate.ts). */
export const FRUSTRATION_THRESHOLDS = { concerned: 0.3, frustrated: 0.4 } as const

/** How much a fully calm message dampens real complaints (1 would erase them). */
const CALM_DAMPING = 0.5

const AROUSAL: ReadonlySet<CueKind> = new Set(['capitals', 'punctuation', 'stretching'])
/** Cues that calm: they lower the score (weight < 0 in the summary). */
export const CALMING: ReadonlySet<CueKind> = new Set(['positive', 'laughter'])
const MAX_DETAILS = 3

const noisyOr = (weights: readonly number[]): number => 1 - weights.reduce((rest, w) => rest * (1 - w), 1)
const round = (n: number): number => Math.round(n * 100) / 100

export function levelOf(score: number): FrustrationLevel {
  if (score >= FRUSTRATION_THRESHOLDS.frustrated) return 'frustrated'
  if (score >= FRUSTRATION_THRESHOLDS.concerned) return 'concerned'
  return 'calm'
}

/** The 0..1 score of a set of hits (weights already scaled for recency). */
export function combineCues(hits: readonly Hit[]): number {
  const valence = noisyOr(hits.filter((h) => !AROUSAL.has(h.kind) && !CALMING.has(h.kind)).map((h) => h.weight))
  const arousal = noisyOr(hits.filter((h) => AROUSAL.has(h.kind)).map((h) => h.weight))
  const calm = noisyOr(hits.filter((h) => CALMING.has(h.kind)).map((h) => Math.abs(h.weight)))
  const raised = 1 - (1 - valence) * (1 - arousal * (1 - calm))
  return round(Math.min(1, Math.max(0, raised * (1 - CALM_DAMPING * calm))))
}

/** One cue per kind for the agent, strongest first: "lexicon: terrible, late". */
export function summarise(hits: readonly Hit[]): FrustrationCue[] {
  const byKind = new Map<CueKind, Hit[]>()
  for (const hit of hits) byKind.set(hit.kind, [...(byKind.get(hit.kind) ?? []), hit])
  const cues: FrustrationCue[] = []
  for (const [kind, group] of byKind) {
    const sign = CALMING.has(kind) ? -1 : 1
    const weight = round(sign * noisyOr(group.map((h) => Math.abs(h.weight))))
    if (weight === 0) continue
    const details = [...new Set(group.map((h) => h.detail).filter((d) => d !== ''))]
    const cue: FrustrationCue = { kind, weight }
    if (details.length > 0) cue.detail = details.slice(0, MAX_DETAILS).join(', ')
    cues.push(cue)
  }
  return cues.sort((a, b) => b.weight - a.weight)
}
