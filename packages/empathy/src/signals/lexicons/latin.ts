// Latin-script text is English, Filipino, Indonesian or a language of the region with English in
// one sentence (Taglish, Indonesian chat's "gak worth it"), so it is read with one lexicon of the
// three: a Filipino or Indonesian negator then reaches an English word ("hindi satisfied", "di
// worth it", "gak recommended") and the other way round. Merged on first use (nothing runs at import).
import type { LexiconSource } from '../source.ts'
import { en } from './en.ts'
import { fil } from './fil.ts'
import { id } from './id.ts'

type WeightRecord = Readonly<Record<string, number>>

/** Every record's entries; where several hold one, the largest weight. */
function mergeRecords(...records: WeightRecord[]): WeightRecord {
  const merged: Record<string, number> = {}
  for (const record of records) {
    for (const [text, weight] of Object.entries(record)) merged[text] = Math.max(weight, merged[text] ?? 0)
  }
  return merged
}

const union = (...lists: (readonly string[] | undefined)[]): string[] => [...new Set(lists.flatMap((list) => list ?? []))]

let latin: LexiconSource | undefined

export function latinLexicon(): LexiconSource {
  latin ??= {
    lang: 'en',
    negative: mergeRecords(en.negative, fil.negative, id.negative),
    positive: mergeRecords(en.positive, fil.positive, id.positive),
    escalation: mergeRecords(en.escalation, fil.escalation, id.escalation),
    complaint: mergeRecords(en.complaint, fil.complaint, id.complaint),
    abuse: mergeRecords(en.abuse, fil.abuse, id.abuse),
    owed: union(en.owed, fil.owed, id.owed),
    neutral: union(en.neutral, fil.neutral, id.neutral),
    negators: union(en.negators, fil.negators, id.negators),
    never: {
      words: union(en.never?.words, fil.never?.words, id.never?.words),
      degreeBefore: union(en.never?.degreeBefore, fil.never?.degreeBefore, id.never?.degreeBefore),
      degreeAfter: union(en.never?.degreeAfter, fil.never?.degreeAfter, id.never?.degreeAfter),
    },
    fillers: union(en.fillers, fil.fillers, id.fillers),
    intensifiers: union(en.intensifiers, fil.intensifiers, id.intensifiers),
    askable: union(en.askable, fil.askable, id.askable),
    fixable: union(en.fixable, fil.fixable, id.fixable),
    fixes: union(en.fixes, fil.fixes, id.fixes),
    pleas: union(en.pleas, fil.pleas, id.pleas),
    questions: union(en.questions, fil.questions, id.questions),
    questionOpeners: union(en.questionOpeners, fil.questionOpeners, id.questionOpeners),
    ironic: union(en.ironic, fil.ironic, id.ironic),
    ironicOpeners: union(en.ironicOpeners, fil.ironicOpeners, id.ironicOpeners),
    concessions: union(en.concessions, fil.concessions, id.concessions),
    // English and Indonesian write the accusing question this way ("why is…", kenapa masih belum).
    accusing: {
      openers: union(en.accusing?.openers, id.accusing?.openers),
      shortfalls: union(en.accusing?.shortfalls, id.accusing?.shortfalls),
    },
  }
  return latin
}
