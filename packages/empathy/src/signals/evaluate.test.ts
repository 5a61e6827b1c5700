import { describe, expect, it } from 'vitest'
import hardHoldout from '../../data/hard-holdout.json' with { type: 'json' }
import hardHoldout2 from '../../data/hard-holdout-2.json' with { type: 'json' }
import hardHoldout3 from '../../data/hard-holdout-3.json' with { type: 'json' }
import hardTune from '../../data/hard-tune.json' with { type: 'json' }
import holdout from '../../data/frustration-holdout.json' with { type: 'json' }
import questions from '../../data/neutral-questions.json' with { type: 'json' }
import set from '../../data/frustration-set.json' with { type: 'json' }
import { detectFrustration } from './detect.ts'
import { evaluate, formatScores, type LabelledMessage } from './evaluate.ts'

// The package has no DOM or Node types (pure functions); the table is printed all the same.
declare const console: { log: (...args: unknown[]) => void }

// frustration-set.json is what the lexicons and thresholds were first checked against (EMPATHY.md
// asks for its figures); frustration-holdout.json was written after those lexicons, and one number
// was chosen with it in view: the `frustrated` threshold (0.5 → 0.4). Issue 16 added text of the
// hard kinds: hard-holdout.json and neutral-questions.json were written and committed before any
// tuning and no entry was fitted to their messages; hard-tune.json is what the tuning read.
// bench/detector prints every figure. The gates keep what the tuning reached; the neutral
// questions are gated too, as a guard added once tuning was over (none of them was tuned on).
// Indonesian came later: its old-set, held-out and neutral-question rows first, then its hard text
// (hard-holdout.json written before its tuning, hard-tune.json what the tuning read), gated as
// the others are. Malay came after Indonesian, in the same order: its old-set, held-out (written
// before its lexicon) and neutral-question rows, then its hard text (hard-holdout.json written
// before its tuning, hard-tune.json what the tuning read). Arabic came next: its held-out rows
// (written before its lexicon) and neutral questions first, then its old-set rows, then its hard
// text (hard-holdout.json written before its tuning, hard-tune.json what the tuning read).
// hard-holdout.json was read after that round; a second round (Thai, Lao, Filipino, Indonesian,
// Malay, Arabic) wrote hard-holdout-2.json before its tuning, and tuned with the first set's misses
// in view: the second set is their held-out now. Its English rows were written to measure only
// (English had no second round). hard-holdout-2.json was read after that round in turn; a third
// round (Thai, Lao, Filipino, Indonesian, Malay, Arabic) wrote hard-holdout-3.json before its
// tuning, and tuned with the second set's misses in view: the third set is their held-out now.
const LANGUAGES = ['en', 'th', 'fil', 'lo', 'id', 'ms', 'ar'] as const
const HARD_LANGUAGES = LANGUAGES
/** The languages the third round tuned (English had none). */
const ROUND_3_LANGUAGES = ['th', 'fil', 'lo', 'id', 'ms', 'ar'] as const
const MIN = 0.75
const MIN_HARD_F1 = 0.9
const MAX_QUESTIONS_FLAGGED = 0.05

const items = (data: unknown): LabelledMessage[] => data as LabelledMessage[]

const CONTEXT_KEYS: ReadonlySet<string> = new Set(['previous', 'waitingSeconds', 'messagesSinceAgentReply'])

/** Is the item a LabelledMessage? A misspelt context key would be silently ignored by evaluate(). */
function wellFormed(item: unknown): boolean {
  if (typeof item !== 'object' || item === null) return false
  const { text, lang, label, kind, context, ...rest } = item as Record<string, unknown>
  if (Object.keys(rest).length > 0 || typeof text !== 'string' || text === '') return false
  if (!(LANGUAGES as readonly unknown[]).includes(lang) || (label !== 'frustrated' && label !== 'not_frustrated')) return false
  if (kind !== undefined && typeof kind !== 'string') return false
  if (context === undefined) return true
  if (typeof context !== 'object' || context === null) return false
  const fields = context as Record<string, unknown>
  const { previous, waitingSeconds, messagesSinceAgentReply } = fields
  return (
    Object.keys(fields).every((key) => CONTEXT_KEYS.has(key)) &&
    (previous === undefined || (Array.isArray(previous) && previous.every((p) => typeof p === 'string'))) &&
    (waitingSeconds === undefined || typeof waitingSeconds === 'number') &&
    (messagesSinceAgentReply === undefined || typeof messagesSinceAgentReply === 'number')
  )
}

/**
 * A held-out set's rows of each language: 60 at least, a share of them frustrated within `share`
 * (bounds excluded), and none of them a row of a set tuned on.
 */
function expectHeldApart(
  heldOut: LabelledMessage[],
  languages: readonly string[],
  tunedOn: LabelledMessage[],
  [fewest, most]: [number, number],
): void {
  const tuned = new Set(tunedOn.map((i) => i.text))
  for (const lang of languages) {
    const own = heldOut.filter((i) => i.lang === lang)
    expect(own.length, lang).toBeGreaterThanOrEqual(60)
    const share = own.filter((i) => i.label === 'frustrated').length / own.length
    expect(share, lang).toBeGreaterThan(fewest)
    expect(share, lang).toBeLessThan(most)
    expect(
      own.filter((i) => tuned.has(i.text)),
      lang,
    ).toEqual([])
  }
}

describe('frustration detector on the labelled sets', () => {
  it('reads every item of every set as a labelled message (counts only: no held-out text is shown)', () => {
    expect(wellFormed({ text: 'hello?', lang: 'en', label: 'frustrated', context: { history: ['hi'] } })).toBe(false)
    expect(wellFormed({ text: 'hello?', lang: 'en', label: 'frustrated', context: { previous: ['hi'], waitingSeconds: 300 } })).toBe(true)
    for (const [name, data] of [
      ['frustration-set.json', set],
      ['frustration-holdout.json', holdout],
      ['hard-tune.json', hardTune],
      ['hard-holdout.json', hardHoldout],
      ['hard-holdout-2.json', hardHoldout2],
      ['hard-holdout-3.json', hardHoldout3],
      ['neutral-questions.json', questions],
    ] as const) {
      const malformed = (data as unknown[]).filter((item) => !wellFormed(item)).length
      expect(malformed, name).toBe(0)
    }
  })

  it('has at least 100 messages per language in the old set, about 40% frustrated', () => {
    for (const lang of LANGUAGES) {
      const own = items(set).filter((i) => i.lang === lang)
      expect(own.length, lang).toBeGreaterThanOrEqual(100)
      const share = own.filter((i) => i.label === 'frustrated').length / own.length
      expect(share, lang).toBeGreaterThan(0.3)
      expect(share, lang).toBeLessThan(0.5)
    }
  })

  it('has at least 200 labelled messages per language, half of them hard cases', () => {
    const hard = [...items(hardTune), ...items(hardHoldout), ...items(questions)]
    const all = [...items(set), ...items(holdout), ...hard]
    for (const lang of HARD_LANGUAGES) {
      const total = all.filter((i) => i.lang === lang).length
      expect(total, lang).toBeGreaterThanOrEqual(200)
      expect(hard.filter((i) => i.lang === lang).length / total, lang).toBeGreaterThanOrEqual(0.5)
      expect(items(questions).filter((i) => i.lang === lang).length, lang).toBeGreaterThanOrEqual(50)
    }
  })

  it(`keeps precision and recall of "frustrated" at ${MIN} or more in every language (old set)`, () => {
    const { scores } = evaluate(items(set))
    console.log(`frustration-set.json\n${formatScores(scores)}`)
    expect(scores).toHaveLength(LANGUAGES.length)
    for (const s of scores) {
      expect(s.precision, `${s.lang} precision`).toBeGreaterThanOrEqual(MIN)
      expect(s.recall, `${s.lang} recall`).toBeGreaterThanOrEqual(MIN)
    }
  })

  it(`keeps F1 at ${MIN_HARD_F1} or more on the hard tuning set in every language`, () => {
    const { scores } = evaluate(items(hardTune))
    console.log(`hard-tune.json\n${formatScores(scores)}`)
    expect(scores.map((score) => score.lang).sort()).toEqual([...HARD_LANGUAGES].sort())
    for (const s of scores) expect(s.f1, s.lang).toBeGreaterThanOrEqual(MIN_HARD_F1)
  })

  it('reads a neutral question with a trigger word as a question: at most 5% flagged per language', () => {
    for (const lang of LANGUAGES) {
      const own = items(questions).filter((i) => i.lang === lang)
      expect(own.length, lang).toBeGreaterThanOrEqual(40)
      const flagged = own.filter((q) => detectFrustration([q.text]).level === 'frustrated').length
      expect(flagged / own.length, lang).toBeLessThanOrEqual(MAX_QUESTIONS_FLAGGED)
    }
  })

  it('reports the held-out sets (their F1 is not gated: a gate there would invite fitting to them)', () => {
    for (const [name, data, languages] of [
      ['frustration-holdout.json', holdout, LANGUAGES],
      ['hard-holdout.json', hardHoldout, HARD_LANGUAGES],
      ['hard-holdout-2.json', hardHoldout2, LANGUAGES],
      ['hard-holdout-3.json', hardHoldout3, ROUND_3_LANGUAGES],
    ] as const) {
      const { scores } = evaluate(items(data))
      console.log(`${name}\n${formatScores(scores)}`)
      expect(scores.map((score) => score.lang).sort(), name).toEqual([...languages].sort())
    }
  })

  it('holds out about 60 Indonesian, 60 Malay and 60 Arabic messages, about 40% frustrated, apart from the ones tuned on', () => {
    expectHeldApart(items(holdout), ['id', 'ms', 'ar'], items(set), [0.3, 0.5])
  })

  it('holds out 60 messages per language in the second hard set, about half frustrated, none of them in a set tuned on', () => {
    expectHeldApart(items(hardHoldout2), LANGUAGES, [...items(set), ...items(hardTune)], [0.3, 0.7])
  })

  it('holds out 60 messages per language in the third hard set, about half frustrated, none of them in a set tuned on or held out before', () => {
    const before = [...items(set), ...items(hardTune), ...items(hardHoldout), ...items(hardHoldout2)]
    expectHeldApart(items(hardHoldout3), ROUND_3_LANGUAGES, before, [0.3, 0.7])
  })
})
