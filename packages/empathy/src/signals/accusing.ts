// Accusing questions: a clause opened by "why" or "how come" presumes what went wrong instead of
// asking, so lexicon.ts does not read it as a question, and one that names a shortfall ("why is
// nobody answering?") is a cue of its own.
import type { CompiledLexicon } from './compiled-lexicon.ts'
import { type Found, findPhrases } from './find.ts'
import type { Hit } from './hit.ts'
import type { Token } from './segment.ts'

/** "why is my order still processing?": a real problem, named as a reproach. */
const ACCUSING = 0.4

interface AccusingClause {
  opener: Found<{ text: string }>
  /** The first token after the clause. */
  end: number
}

/** The clauses that open with an accusing word ("why", "how come"). */
export function accusingClauses(text: string, tokens: readonly Token[], { accusing }: CompiledLexicon): AccusingClause[] {
  const clauseEnd = (first: number): number => {
    const next = tokens.findIndex((token, i) => i > first && token.breakBefore)
    return next === -1 ? tokens.length : next
  }
  return findPhrases(text, tokens, accusing.openers)
    .filter((opener) => opener.first === 0 || tokens[opener.first]?.breakBefore === true)
    .map((opener) => ({ opener, end: clauseEnd(opener.first) }))
}

/** One cue for the first accusing clause that names a shortfall ("why is it still…"). */
export function accusingQuestion(
  text: string,
  tokens: readonly Token[],
  clauses: readonly AccusingClause[],
  { accusing }: CompiledLexicon,
): Hit | undefined {
  const shortfalls = findPhrases(text, tokens, accusing.shortfalls)
  for (const { opener, end } of clauses) {
    const shortfall = shortfalls.find((s) => s.first > opener.last && s.last < end)
    if (shortfall) return { kind: 'lexicon', weight: ACCUSING, detail: `${opener.entry.text} … ${shortfall.entry.text}` }
  }
  return undefined
}
