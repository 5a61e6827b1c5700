// Latin-script text is English, Filipino, Indonesian, Malay or a language of the region with
// English in one sentence (Taglish, Indonesian chat's "gak worth it", Manglish), so it is read with
// one lexicon of the four (Malay holds only its own words and leans on Indonesian's for the rest): a Filipino or Indonesian negator then reaches an English word ("hindi satisfied", "di
// worth it", "gak recommended") and the other way round. Arabic typed in Latin letters (arabizi.ts)
// is Latin text too, so its entries join them. Merged on first use (nothing runs at import).
import type { LexiconSource } from '../source.ts'
import { arabizi } from './arabizi.ts'
import { en } from './en.ts'
import { fil } from './fil.ts'
import { id } from './id.ts'
import { ms } from './ms.ts'

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
    negative: mergeRecords(en.negative, fil.negative, id.negative, ms.negative, arabizi.negative),
    positive: mergeRecords(en.positive, fil.positive, id.positive, ms.positive),
    escalation: mergeRecords(en.escalation, fil.escalation, id.escalation, ms.escalation, arabizi.escalation),
    complaint: mergeRecords(en.complaint, fil.complaint, id.complaint, ms.complaint, arabizi.complaint),
    abuse: mergeRecords(en.abuse, fil.abuse, id.abuse, ms.abuse, arabizi.abuse),
    owed: union(en.owed, fil.owed, id.owed, ms.owed),
    neutral: union(en.neutral, fil.neutral, id.neutral, ms.neutral),
    negators: union(en.negators, fil.negators, id.negators, ms.negators),
    never: {
      words: union(en.never?.words, fil.never?.words, id.never?.words, ms.never?.words),
      degreeBefore: union(en.never?.degreeBefore, fil.never?.degreeBefore, id.never?.degreeBefore, ms.never?.degreeBefore),
      degreeAfter: union(en.never?.degreeAfter, fil.never?.degreeAfter, id.never?.degreeAfter, ms.never?.degreeAfter),
    },
    fillers: union(en.fillers, fil.fillers, id.fillers, ms.fillers),
    intensifiers: union(en.intensifiers, fil.intensifiers, id.intensifiers, ms.intensifiers),
    askable: union(en.askable, fil.askable, id.askable, ms.askable, arabizi.askable),
    fixable: union(en.fixable, fil.fixable, id.fixable, ms.fixable),
    fixes: union(en.fixes, fil.fixes, id.fixes, ms.fixes),
    pleas: union(en.pleas, fil.pleas, id.pleas, ms.pleas),
    questions: union(en.questions, fil.questions, id.questions, ms.questions),
    questionOpeners: union(en.questionOpeners, fil.questionOpeners, id.questionOpeners, ms.questionOpeners),
    ironic: union(en.ironic, fil.ironic, id.ironic, ms.ironic),
    ironicOpeners: union(en.ironicOpeners, fil.ironicOpeners, id.ironicOpeners, ms.ironicOpeners),
    concessions: union(en.concessions, fil.concessions, id.concessions, ms.concessions),
    // English, Indonesian and Malay write the accusing question this way ("why is…", kenapa masih belum, asal tak reply).
    accusing: {
      openers: union(en.accusing?.openers, id.accusing?.openers, ms.accusing?.openers),
      shortfalls: union(en.accusing?.shortfalls, id.accusing?.shortfalls, ms.accusing?.shortfalls),
    },
  }
  return latin
}
