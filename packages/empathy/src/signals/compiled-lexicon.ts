// A language lexicon (source.ts) compiled for matching: every phrase normalised once, on first
// use, and each list made a set or a list of phrases. An entry's polarity says what it raises
// when matched (lexicon.ts); the other lists feed the rules beside it.
import type { QuestionMarkers } from './asking.ts'
import type { Found } from './find.ts'
import { normalize } from './normalize.ts'
import type { LexiconSource } from './source.ts'

type Polarity = 'negative' | 'positive' | 'owed' | 'escalation' | 'complaint' | 'abuse' | 'neutral'
interface Entry {
  /** Normalised, as matched. */
  text: string
  /** As written in the lexicon, shown to the agent. */
  label: string
  weight: number
  polarity: Polarity
}

export interface CompiledLexicon {
  entries: Entry[]
  positive: Map<string, number>
  negative: Map<string, number>
  /** Longest first, for prefix negation inside a Thai or Lao segment. */
  negators: string[]
  negatorSet: Set<string>
  never: { words: Set<string>; degreeBefore: Set<string>; degreeAfter: { text: string }[] }
  fillers: Set<string>
  intensifiers: Set<string>
  askable: Set<string>
  fixable: Set<string>
  fixes: { text: string }[]
  pleas: { text: string }[]
  markers: QuestionMarkers
  ironic: { text: string }[]
  ironicOpeners: Set<string>
  ironicReach: number
  concessions: Set<string>
  accusing: { openers: { text: string }[]; shortfalls: { text: string }[] }
}

const cache = new WeakMap<LexiconSource, CompiledLexicon>()
/** "you didn't reply", "it never arrived": what the shop owes, withheld. */
const OWED_NEGATED = 0.4
const phrases = (texts: readonly string[]): { text: string }[] => texts.map((text) => ({ text: normalize(text) }))

/** Normalises every entry once, on first use (nothing runs at import). */
export function compile(source: LexiconSource): CompiledLexicon {
  const cached = cache.get(source)
  if (cached) return cached
  const entries: Entry[] = []
  const add = (record: Readonly<Record<string, number>>, polarity: Polarity): Map<string, number> => {
    const map = new Map<string, number>()
    for (const [text, weight] of Object.entries(record)) {
      const key = normalize(text)
      entries.push({ text: key, label: text, weight, polarity })
      map.set(key, weight)
    }
    return map
  }
  const negative = add(source.negative, 'negative')
  const positive = add(source.positive, 'positive')
  add(source.escalation, 'escalation')
  add(source.complaint, 'complaint')
  add(source.abuse, 'abuse')
  for (const text of source.owed ?? []) entries.push({ text: normalize(text), label: text, weight: OWED_NEGATED, polarity: 'owed' })
  for (const text of source.neutral) entries.push({ text: normalize(text), label: text, weight: 0, polarity: 'neutral' })
  const negators = source.negators.map(normalize).sort((a, b) => b.length - a.length)
  const compiled: CompiledLexicon = {
    entries,
    positive,
    negative,
    negators,
    negatorSet: new Set(negators),
    never: {
      words: new Set((source.never?.words ?? []).map(normalize)),
      degreeBefore: new Set((source.never?.degreeBefore ?? []).map(normalize)),
      degreeAfter: phrases(source.never?.degreeAfter ?? []),
    },
    fillers: new Set(source.fillers.map(normalize)),
    intensifiers: new Set(source.intensifiers.map(normalize)),
    askable: new Set(source.askable.map(normalize)),
    fixable: new Set((source.fixable ?? []).map(normalize)),
    fixes: phrases(source.fixes ?? []),
    pleas: phrases(source.pleas ?? []),
    markers: { anywhere: phrases(source.questions), opening: phrases(source.questionOpeners) },
    ironic: phrases(source.ironic),
    ironicOpeners: new Set((source.ironicOpeners ?? []).map(normalize)),
    ironicReach: source.ironicReach ?? 1,
    concessions: new Set((source.concessions ?? []).map(normalize)),
    accusing: { openers: phrases(source.accusing?.openers ?? []), shortfalls: phrases(source.accusing?.shortfalls ?? []) },
  }
  cache.set(source, compiled)
  return compiled
}

export type Match = Found<Entry>
