// Which words of a message stand in a question or an if-clause. "Is it genuine or fake?", "what
// if it arrives broken?", ส่งกี่วันถึงคะ name a trigger word without complaining about it, so the
// words a shopper can ask about (refund, broken, late, fake…) do not count there (issue 16).
// A clause runs between punctuation or, in Thai and Lao, between spaces (segment.ts marks both).
import { findPhrases, type Phrase } from './find.ts'
import type { Token } from './segment.ts'

export interface QuestionMarkers {
  /** Make their clause a question wherever they stand (ไหม, ບໍ, ba, if). */
  anywhere: readonly Phrase[]
  /** Make their clause a question when they open it ("can", "is", "how"). */
  opening: readonly Phrase[]
}

// One question mark asks; a run of them ("no one cares??") is indignation, read by surface.ts.
// Lao and Thai set "or" and "and" apart with spaces (ມືສອງ ຫຼື ມືໜຶ່ງ): they join, not split.
const JOINERS: ReadonlySet<string> = new Set(['ຫຼື', 'ແລະ', 'หรือ', 'และ'])
const QUESTION_MARK = /(?<![?？؟!！])[?？؟](?![?？؟!！])/u

/** For each token, whether its clause asks. */
export function askingTokens(text: string, tokens: readonly Token[], markers: QuestionMarkers): boolean[] {
  const clauseOf: number[] = []
  const firstOf: number[] = []
  const asking: boolean[] = []
  tokens.forEach((token, i) => {
    const opens = i === 0 || (token.breakBefore && !JOINERS.has(token.text) && !JOINERS.has(tokens[i - 1]?.text ?? ''))
    const clause = opens ? firstOf.length : firstOf.length - 1
    if (clause === firstOf.length) firstOf.push(i)
    clauseOf.push(clause)
    const gap = text.slice(token.end, tokens[i + 1]?.start ?? text.length)
    if (QUESTION_MARK.test(gap)) asking[clause] = true
  })
  for (const found of findPhrases(text, tokens, markers.anywhere)) {
    const clause = clauseOf[found.first]
    if (clause !== undefined) asking[clause] = true
  }
  for (const found of findPhrases(text, tokens, markers.opening)) {
    const clause = clauseOf[found.first]
    if (clause !== undefined && firstOf[clause] === found.first) asking[clause] = true
  }
  return clauseOf.map((clause) => asking[clause] === true)
}
