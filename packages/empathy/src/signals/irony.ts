// Praise that does not praise: irony ("great, the wrong size again") and praise held up in
// quotation marks (your "fast delivery" took a month). lexicon.ts lets neither calm the score.
import type { CompiledLexicon, Match } from './compiled-lexicon.ts'
import { findPhrases } from './find.ts'
import type { Token } from './segment.ts'

/** "great, the wrong size again" — but "thanks again" is no irony: a marker inside a kind phrase. */
export function isIronic(text: string, tokens: readonly Token[], lexicon: CompiledLexicon, matches: readonly Match[]): boolean {
  const plain = matches.filter((m) => m.entry.polarity === 'positive' || m.entry.polarity === 'neutral')
  return (
    opensWithIronicPraise(text, tokens, lexicon, matches) ||
    findPhrases(text, tokens, lexicon.ironic).some((i) => !plain.some((m) => m.start <= i.start && i.end <= m.end))
  )
}

/**
 * "wonderful, charged twice": praise alone as the first clause, a complaint in the next one, or
 * in the next few where a language's clauses are short (`ironicReach`). ("Awesome, the
 * replacement arrived. The first one was broken" is thanks: the clause after the praise holds
 * no complaint.)
 */
function opensWithIronicPraise(text: string, tokens: readonly Token[], lexicon: CompiledLexicon, matches: readonly Match[]): boolean {
  const second = tokens.findIndex((token, i) => i > 0 && token.breakBefore)
  const first = tokens[0]
  const last = tokens[second - 1]
  if (second === -1 || !first || !last || !lexicon.ironicOpeners.has(text.slice(first.start, last.end))) return false
  const end = clauseEnd(tokens, second, lexicon.ironicReach)
  return matches.some((m) => m.entry.polarity === 'negative' && m.first >= second && m.first < end)
}

/** Where the `count` clauses from the one opening at `start` end. */
function clauseEnd(tokens: readonly Token[], start: number, count: number): number {
  let left = count
  for (let i = start + 1; i < tokens.length; i++) if (tokens[i]?.breakBefore && --left === 0) return i
  return tokens.length
}

// Praise in quotation marks is someone else's word, held up: your "fast delivery" took a month.
// A quote opens after a space and closes before one or a stop, so "it's great, I'll" is no quote.
const OPEN_QUOTE = /(?:^|\s)["“'‘«][^"“”‘’«»]{0,30}$/u
const CLOSE_QUOTE = /^[^"“”‘’«»]{0,30}["”'’»](?=$|[\s.,!?;:])/u

/** Is the match inside quotation marks that hold little else? */
export function isQuoted(text: string, match: Match): boolean {
  return OPEN_QUOTE.test(text.slice(0, match.start)) && CLOSE_QUOTE.test(text.slice(match.end))
}
