// A wrong item the shop sent, read inside one message: told ("you sent the wrong size"), or told
// and asked to be put right ("…, can I exchange it?", "…, please exchange it"). request.ts counts
// such a request once and finds it across two messages.
import { askingTokens } from './asking.ts'
import type { CompiledLexicon, Match } from './compiled-lexicon.ts'
import { type Found, findPhrases } from './find.ts'
import type { Reading } from './reading.ts'
import type { Token } from './segment.ts'

export const namesSentWrong = ({ entry }: Match, lexicon: CompiledLexicon): boolean =>
  entry.polarity === 'negative' && lexicon.fixable.has(entry.text)

/**
 * A wrong item the shop sent, or a fault word that shares its words: "wrong size" alone may be the
 * shopper's own fit, but in "you sent the wrong size" it is what was sent, and reads with it (a
 * request, or the complaint told). Only a fault one may ask about (`askable`): an overlapping
 * feeling stays a feeling.
 */
export function isWrongItem(match: Match, { lexicon, sentWrong }: Reading): boolean {
  if (namesSentWrong(match, lexicon)) return true
  const { entry, start, end } = match
  return entry.polarity === 'negative' && lexicon.askable.has(entry.text) && sentWrong.some((sent) => sent.start < end && start < sent.end)
}

/**
 * "I ordered a medium but got a large, can I exchange it?", สั่งไซซ์ M แต่ได้ไซซ์ L มาค่ะ
 * เปลี่ยนได้ไหมคะ: a wrong item told in a clause of its own, then a question, is a shopper asking
 * for the fix. Inside the question's own clause it is asked about ("what if I receive the wrong
 * item?"): the askable rule reads it, unless the clause goes on to ask for the fix
 * (toldThenAskedInOneClause). A question before it is a request only when it asks for the
 * fix (เปลี่ยนได้ไหมคะ ได้ไซซ์ L มาแต่สั่ง M); otherwise it is often indignation ("did you even
 * check? you sent the wrong item", "ano ba yan, wrong item na naman").
 */
export function asksToPutRight(match: Match, reading: Reading): boolean {
  const { asking, fixesAsked } = reading
  if (!isWrongItem(match, reading)) return false
  if (asking[match.first]) return toldThenAskedInOneClause(match, reading) || askedThenToldInOneClause(match, reading)
  // A fix pleaded for after it asks as a question does ("…, please exchange it").
  return asking.slice(match.last + 1).some(Boolean) || fixesAsked.some((fix) => fix.last < match.first || fix.first > match.last)
}

/**
 * "can I exchange it if you sent the wrong size", "what if you sent the wrong item?": a wrong item
 * after a word that makes its clause ask ("if", kung, ถ้า, kalau) is a what-if, asked about, as
 * the askable rule reads "what if it arrives broken?". Told, then asked to be put right, it is not
 * (asksToPutRight decides first).
 */
export function isAskedAbout(match: Match, reading: Reading): boolean {
  const { text, tokens, lexicon, asking } = reading
  if (!asking[match.first] || !isWrongItem(match, reading)) return false
  const first = clauseStart(tokens, match.first)
  return findPhrases(text, tokens, lexicon.markers.anywhere).some((marker) => marker.first >= first && marker.last < match.first)
}

/** The first token of the clause that token `at` stands in. */
function clauseStart(tokens: readonly Token[], at: number): number {
  let first = at
  while (first > 0 && !tokens[first]?.breakBefore) first--
  return first
}

/**
 * "you sent the wrong size can I exchange it?": chat often drops the comma, and the request then
 * shares the wrong item's clause. It is still told, then asked to be put right, when a word for
 * the fix is asked after it in that clause and nothing before it asks ("if you send the wrong
 * size can I exchange it?" stays a what-if, read by the askable rule).
 */
function toldThenAskedInOneClause(match: Match, { text, tokens, lexicon, fixesAsked }: Reading): boolean {
  const next = tokens.findIndex((token, i) => i > match.last && token.breakBefore)
  const clauseEnd = next === -1 ? tokens.length : next
  if (!fixesAsked.some((fix) => fix.first > match.last && fix.first < clauseEnd)) return false
  const opensClause = match.first === 0 || tokens[match.first]?.breakBefore === true
  if (opensClause) return true
  // Read as if the message stopped before the wrong item: does its clause ask already?
  const before = tokens.slice(0, match.first)
  return !askingTokens(text.slice(0, tokens[match.first]?.start), before, lexicon.markers).at(-1)
}

/**
 * "can I exchange it you sent the wrong size": the same comma dropped after the request. The wrong
 * item is told, not asked about, when a fix asked earlier in its clause stands before it, nothing
 * between makes it a what-if ("can I exchange it if you sent the wrong size"), and it is no word a
 * shopper may ask about ("how do I exchange a wrong item?" asks).
 */
function askedThenToldInOneClause(match: Match, { text, tokens, lexicon, fixesAsked }: Reading): boolean {
  if (lexicon.askable.has(match.entry.text)) return false
  const first = clauseStart(tokens, match.first)
  const fix = fixesAsked.find((f) => f.first >= first && f.last < match.first)
  if (!fix) return false
  return !findPhrases(text, tokens, lexicon.markers.anywhere).some((marker) => marker.first > fix.last && marker.first < match.first)
}

/**
 * The words for a wrong item's fix that stand where a clause asks, or where it pleads with no
 * question mark ("please exchange it", รบกวนเปลี่ยนให้ด้วยค่ะ): both ask to have it put right.
 */
export function fixesAsked(text: string, tokens: readonly Token[], lexicon: CompiledLexicon, asking: readonly boolean[]): Found<{ text: string }>[] {
  const fixes = findPhrases(text, tokens, lexicon.fixes)
  if (fixes.length === 0) return []
  // A plea marks its clause as a question word does (asking.ts splits the clauses).
  const pleading = askingTokens(text, tokens, { anywhere: lexicon.pleas, opening: [] })
  return fixes.filter((fix) => asking[fix.first] || pleading[fix.first])
}
