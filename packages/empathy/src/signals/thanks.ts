// Thanks that do not calm: the thanks conceded before a complaint ("thanks, but…") and the
// "Thanks" that signs off after one. Polite shoppers thank while they complain.
import type { CompiledLexicon } from './compiled-lexicon.ts'
import type { Placed } from './hit.ts'
import type { Token } from './segment.ts'

/**
 * "Thanks for the quick reply but the item is still broken": the thanks before a concession
 * ("but") is politeness, not calm, when a complaint follows it. Without a complaint after it
 * ("the box was dented but the item is fine, thanks") nothing changes.
 */
export function withoutConcededThanks(placed: readonly Placed[], tokens: readonly Token[], lexicon: CompiledLexicon): Placed[] {
  const concession = tokens.findIndex((token) => lexicon.concessions.has(token.text))
  const complainsAfter = concession !== -1 && placed.some(({ hit, at }) => at > concession && hit.weight > 0)
  return placed.filter(({ hit, at }) => !(complainsAfter && at < concession && hit.kind === 'positive'))
}

/** A complaint at least this strong makes a closing "Thanks" a sign-off. */
const SIGN_OFF_AFTER = 0.4
/** A sign-off is a short last clause: "Thanks", "Thanks in advance for checking". */
const SIGN_OFF_TOKENS = 5
/** Only thanks sign off; "no worries", ไม่รีบค่ะ or "ang ganda po" at the end still reassure. */
const THANKS = /^(?:thanks?|thank you|thx|ty|salamat|makasih|terima kasih|trims|ขอบคุณ|ຂອບໃຈ|شكرا|مشكور|تسلم)/u

/**
 * "I received the wrong item, I ordered black and got white. Thanks": thanks alone in a short
 * last clause, after a clear complaint, is how a polite shopper signs off, not relief. The
 * complaint counts in full; thanks anywhere else still calm it.
 */
export function withoutSignOffThanks(placed: readonly Placed[], tokens: readonly Token[]): Placed[] {
  let lastClause = tokens.length - 1
  while (lastClause > 0 && !tokens[lastClause]?.breakBefore) lastClause--
  if (lastClause === 0 || tokens.length - lastClause > SIGN_OFF_TOKENS) return [...placed]
  const inLast = placed.filter(({ at }) => at >= lastClause)
  const signsOff = inLast.length > 0 && inLast.every(({ hit }) => hit.kind === 'positive' && THANKS.test(hit.detail))
  const complained = placed.some(({ hit, at }) => at < lastClause && hit.weight >= SIGN_OFF_AFTER)
  return placed.filter(({ at }) => !(signsOff && complained && at >= lastClause))
}
