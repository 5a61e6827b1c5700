// Precision, recall and F1 of `frustrated` per language over a labelled set (data/*.json).
// The set is passed in, not imported, so the shipped package never carries it.
import { detectFrustration } from './detect.ts'
import type { FrustrationContext, FrustrationSignal, Language } from './types.ts'

export interface LabelledMessage {
  text: string
  lang: Language
  label: 'frustrated' | 'not_frustrated'
  /** What makes it hard (hard-*.json): negation, question, lao-forms, chat-forms, phone, lying… */
  kind?: string
  /** Earlier shopper messages (oldest first) and the conversation's waiting figures. */
  context?: { previous?: string[]; waitingSeconds?: number; messagesSinceAgentReply?: number }
}

export interface LanguageScore {
  lang: Language
  n: number
  truePositives: number
  falsePositives: number
  falseNegatives: number
  precision: number
  recall: number
  f1: number
}

export interface Miss {
  item: LabelledMessage
  signal: FrustrationSignal
}

type Detect = (texts: readonly string[], context?: FrustrationContext) => FrustrationSignal

/** Runs the detector over every item; "predicted frustrated" means level `frustrated`. */
export function evaluate(set: readonly LabelledMessage[], detect: Detect = detectFrustration): { scores: LanguageScore[]; misses: Miss[] } {
  const byLang = new Map<Language, LanguageScore>()
  const misses: Miss[] = []
  for (const item of set) {
    const { previous = [], ...figures } = item.context ?? {}
    const signal = detect([...previous, item.text], figures)
    const predicted = signal.level === 'frustrated'
    const actual = item.label === 'frustrated'
    const score = byLang.get(item.lang) ?? {
      lang: item.lang,
      n: 0,
      truePositives: 0,
      falsePositives: 0,
      falseNegatives: 0,
      precision: 0,
      recall: 0,
      f1: 0,
    }
    score.n++
    if (predicted && actual) score.truePositives++
    if (predicted && !actual) score.falsePositives++
    if (!predicted && actual) score.falseNegatives++
    if (predicted !== actual) misses.push({ item, signal })
    byLang.set(item.lang, score)
  }
  const scores = [...byLang.values()].map((s) => {
    const precision = ratio(s.truePositives, s.truePositives + s.falsePositives)
    const recall = ratio(s.truePositives, s.truePositives + s.falseNegatives)
    return { ...s, precision, recall, f1: ratio(2 * precision * recall, precision + recall) }
  })
  return { scores, misses }
}

// No positives predicted (or none labelled) is not perfect, it is unmeasured: report 0.
const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole)

/** A plain-text table: language, n, precision, recall, F1. */
export function formatScores(scores: readonly LanguageScore[]): string {
  const rows = scores.map((s) =>
    [
      s.lang.padEnd(8),
      String(s.n).padStart(4),
      s.precision.toFixed(2).padStart(9),
      s.recall.toFixed(2).padStart(7),
      s.f1.toFixed(2).padStart(5),
    ].join('  '),
  )
  return ['language     n  precision   recall     F1', ...rows].join('\n')
}
