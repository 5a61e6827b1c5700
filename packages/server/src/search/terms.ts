import type { Snippet } from '@attune/protocol'

/** Spaces separate terms; so do apostrophes, as in the index ("it’s" is "it" and "s"). */
const SEPARATORS = /[\s'’]+/u
/**
 * What is not a letter, digit or mark (Thai and Lao vowels and tone marks are marks) around a term is
 * no part of it: "(ORD-2024-77)," is "ord-2024-77", "#A/123" is "a/123".
 */
const AROUND = /^[^\p{L}\p{N}\p{M}]+|[^\p{L}\p{N}\p{M}]+$/gu

/**
 * The terms of a search text, lower-cased. Punctuation inside a term stays: an order number, a
 * date, a price, an email or a web address is one thing to find, not its pieces.
 */
export function searchTerms(q: string): string[] {
  return q
    .toLowerCase()
    .split(SEPARATORS)
    .map((term) => term.replace(AROUND, ''))
    .filter((term) => term !== '')
}

/** Each word as a prefix: "parc" finds "parcel". Null when there is no word to look for. */
export function prefixQuery(words: readonly string[]): string | null {
  return words.length === 0 ? null : words.map((word) => `${word}:*`).join(' & ')
}

/** A term of letters only: the index holds it as a word of its own, so it is found by its beginning. */
const WORD = /^[\p{L}\p{M}]+$/u

/**
 * Scripts written without spaces between words (Thai, Lao, Khmer, Myanmar, Chinese, Japanese):
 * a word inside a run is no token of its own, so full-text search cannot find it (decision 025).
 */
const SPACELESS = /[\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u

/**
 * Whether a term is looked for anywhere in a message rather than as a word's beginning: a word of
 * a script without spaces, and any term with a digit or punctuation inside. The index holds a
 * message's words with its punctuation made spaces (migration 30): "bob@shopmail.com" as 'bob',
 * 'shopmail', 'com', so a word inside an email or a link's path is found by its beginning, but
 * "shopmail.com", "2024-77" or "12.50" is no word of it, and a number is looked for inside order
 * numbers and prices too ("024" in "ORD-2024-77"). Terms with only letters or marks are safe as
 * tsquery words: no character of them is tsquery syntax.
 */
export const needsSubstring = (term: string): boolean => !WORD.test(term) || SPACELESS.test(term)

/** A LIKE pattern matching `text` anywhere, its wildcards escaped. */
export const containsPattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`

/** How much of a message the snippet shows around the first match. */
const BEFORE = 40
const LENGTH = 140

/**
 * A few words of `text` around the first place a term occurs, with every occurrence inside marked
 * as [start, end) offsets of the returned text. Null when no term occurs (a full-text match the
 * text's own spelling does not show, which cannot happen for prefixes, but costs nothing to allow).
 */
export function snippetOf(text: string, terms: readonly string[]): Snippet | null {
  const found = occurrences(text, terms)
  if (found.length === 0) return null
  const firstStart = found[0]![0]
  let start = Math.max(0, firstStart - BEFORE)
  // Begin at a word's start where the script has spaces, never inside a surrogate pair.
  const space = text.indexOf(' ', start - 1)
  if (start > 0 && text[start - 1] !== ' ' && space !== -1 && space < firstStart) start = space + 1
  if (isLowSurrogate(text.charCodeAt(start))) start -= 1
  let end = Math.min(text.length, start + LENGTH)
  if (isLowSurrogate(text.charCodeAt(end))) end += 1
  const prefix = start > 0 ? '…' : ''
  const suffix = end < text.length ? '…' : ''
  const shift = prefix.length - start
  const marks = found.filter(([from, to]) => from >= start && to <= end).map(([from, to]): [number, number] => [from + shift, to + shift])
  return { text: `${prefix}${text.slice(start, end)}${suffix}`, marks }
}

/** Every non-overlapping occurrence of any term, case-insensitively, in order. */
function occurrences(text: string, terms: readonly string[]): [number, number][] {
  if (terms.length === 0) return []
  // Longest first, so "parcels" is marked whole rather than as "parcel".
  const alternatives = [...terms].sort((a, b) => b.length - a.length).map(escapeRegExp)
  const pattern = new RegExp(alternatives.join('|'), 'giu')
  return [...text.matchAll(pattern)].map((m): [number, number] => [m.index, m.index + m[0].length])
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff
