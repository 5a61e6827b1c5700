// Negation and intensity: the words before a matched entry that turn it ("not happy") or cancel it
// ("not bad"), a "never" that compares instead ("never been SO disappointed"), and the words
// beside it that make it stronger ("so slow").
import type { CompiledLexicon, Match } from './compiled-lexicon.ts'
import { findPhrases } from './find.ts'
import type { Hit } from './hit.ts'
import type { Reading } from './reading.ts'
import type { Token } from './segment.ts'

const NEGATED_BASE = 0.35
const NEGATED_SLOPE = 0.5
/** A negated or intensified entry weighs at most this. */
export const MAX_WEIGHT = 0.95
// Filipino stacks enclitics between a negator and its word: "hindi nyo ba ako naririnig".
const MAX_FILLERS = 3

/** Where the negator of token `first` stands, if it has one. */
function negatorIndex(tokens: readonly Token[], first: number, lexicon: CompiledLexicon): number | undefined {
  let i = first
  for (let skipped = 0; skipped <= MAX_FILLERS; skipped++) {
    const here = tokens[i]
    const before = tokens[i - 1]
    if (!here || !before || here.breakBefore) return undefined
    if (lexicon.negatorSet.has(before.text)) return i - 1
    if (!lexicon.fillers.has(before.text)) return undefined
    i--
  }
  return undefined
}

// "sorry, I didn't reply": the shopper's own step is not something the shop owes.
const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'we'])

export function isWithheld(tokens: readonly Token[], first: number, lexicon: CompiledLexicon): boolean {
  const negator = negatorIndex(tokens, first, lexicon)
  if (negator === undefined) return false
  const subject = tokens[negator - 1]
  return !(subject && !tokens[negator]?.breakBefore && FIRST_PERSON.has(subject.text))
}

export function isIntensified(tokens: readonly Token[], match: Match, lexicon: CompiledLexicon): boolean {
  const before = tokens[match.first - 1]
  const after = tokens[match.last + 1]
  return (
    (before !== undefined && !tokens[match.first]?.breakBefore && lexicon.intensifiers.has(before.text)) ||
    (after !== undefined && !after.breakBefore && lexicon.intensifiers.has(after.text))
  )
}

export const negatedWeight = (positive: number): number => Math.min(MAX_WEIGHT, NEGATED_BASE + NEGATED_SLOPE * positive)

/**
 * Thai and Lao: ICU sometimes keeps negator + word as one segment (Lao ບໍ່ພໍໃຈ), so a segment
 * that starts with a negator is checked for a known word after it.
 */
export function prefixNegation(token: Token, lexicon: CompiledLexicon): Hit | undefined {
  for (const negator of lexicon.negators) {
    if (token.text.length <= negator.length || !token.text.startsWith(negator)) continue
    const rest = token.text.slice(negator.length)
    const positive = lexicon.positive.get(rest)
    if (positive !== undefined) return { kind: 'negated', weight: negatedWeight(positive), detail: token.text }
    if (lexicon.negative.has(rest)) return undefined
  }
  return undefined
}

/** A match's negator: the token it stands at (the match's own, for one inside its segment), and whether it says "never". */
interface Negator {
  at: number
  never: boolean
}

/**
 * A loose match can start inside a segment: ບໍ່ພໍໃຈ holds ພໍໃຈ after the negator ບໍ່, and
 * ไม่ได้|จะแจ้ง|ความ holds แจ้งความ after the filler จะ, which the negator before it reaches.
 */
export function negatorOf(match: Match, { text, tokens, lexicon }: Reading): Negator | undefined {
  const inside = text.slice(tokens[match.first]?.start ?? match.start, match.start)
  if (lexicon.negatorSet.has(inside)) return { at: match.first, never: lexicon.never.words.has(inside) }
  if (inside !== '' && !lexicon.fillers.has(inside)) return undefined
  const at = negatorIndex(tokens, match.first, lexicon)
  if (at === undefined) return undefined
  return { at, never: tokens.slice(at, match.first).some((token) => lexicon.never.words.has(token.text)) }
}

/** "never been SO disappointed", ไม่เคยรอนานขนาดนี้: a "never" with a degree word compares, it does not negate. */
export function compares(match: Match, negator: Negator, { text, tokens, lexicon }: Reading): boolean {
  const { degreeBefore, degreeAfter } = lexicon.never
  if (tokens.slice(negator.at + 1, match.first).some((token) => degreeBefore.has(token.text))) return true
  const next = tokens.findIndex((token, i) => i > match.last && token.breakBefore)
  const clauseEnd = next === -1 ? text.length : (tokens[next]?.start ?? text.length)
  // Characters, not tokens: ICU may glue the degree word to the word (ไม่|เคย|โกรธข|นาด|นี้).
  return findPhrases(text, tokens, degreeAfter).some((degree) => degree.start >= match.end && degree.start < clauseEnd)
}
