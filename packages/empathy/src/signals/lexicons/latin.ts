// Latin-script text is English, Filipino or both in one sentence (Taglish), so it is read with
// one lexicon of the two: a Filipino negator then reaches an English word ("hindi satisfied",
// "di worth it") and the other way round. Merged on first use (nothing runs at import).
import type { LexiconSource } from '../source.ts'
import { en } from './en.ts'
import { fil } from './fil.ts'

type WeightRecord = Readonly<Record<string, number>>

/** Both records' entries; where both hold one, the larger weight. */
function mergeRecords(a: WeightRecord, b: WeightRecord): WeightRecord {
  const merged: Record<string, number> = { ...a }
  for (const [text, weight] of Object.entries(b)) merged[text] = Math.max(weight, merged[text] ?? 0)
  return merged
}

const union = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])]

let latin: LexiconSource | undefined

export function latinLexicon(): LexiconSource {
  latin ??= {
    lang: 'en',
    negative: mergeRecords(en.negative, fil.negative),
    positive: mergeRecords(en.positive, fil.positive),
    escalation: mergeRecords(en.escalation, fil.escalation),
    complaint: mergeRecords(en.complaint, fil.complaint),
    abuse: mergeRecords(en.abuse, fil.abuse),
    owed: union(en.owed ?? [], fil.owed ?? []),
    neutral: union(en.neutral, fil.neutral),
    negators: union(en.negators, fil.negators),
    never: {
      words: union(en.never?.words ?? [], fil.never?.words ?? []),
      degreeBefore: union(en.never?.degreeBefore ?? [], fil.never?.degreeBefore ?? []),
      degreeAfter: union(en.never?.degreeAfter ?? [], fil.never?.degreeAfter ?? []),
    },
    fillers: union(en.fillers, fil.fillers),
    intensifiers: union(en.intensifiers, fil.intensifiers),
    askable: union(en.askable, fil.askable),
    fixable: union(en.fixable ?? [], fil.fixable ?? []),
    fixes: union(en.fixes ?? [], fil.fixes ?? []),
    pleas: union(en.pleas ?? [], fil.pleas ?? []),
    questions: union(en.questions, fil.questions),
    questionOpeners: union(en.questionOpeners, fil.questionOpeners),
    ironic: union(en.ironic, fil.ironic),
    ironicOpeners: union(en.ironicOpeners ?? [], fil.ironicOpeners ?? []),
    concessions: union(en.concessions ?? [], fil.concessions ?? []),
    // Only English writes the accusing question this way so far.
    accusing: en.accusing,
  }
  return latin
}
