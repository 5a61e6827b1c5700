// Finds lexicon phrases in a normalised message. Entries are phrases found as substrings whose
// both ends fall on ICU word boundaries. Matching on boundaries instead of on a stored segment
// list keeps entries readable and survives ICU splitting a phrase differently in context (Lao
// ຂອບໃຈ is one word alone but ຂອບ|ໃຈ in ຂອບໃຈຫຼາຍ).
import { type Token, tokenize } from './segment.ts'

export interface Phrase {
  /** Normalised, as matched. */
  readonly text: string
}

export interface Found<T extends Phrase> {
  /** UTF-16 offsets of the phrase in the text. */
  start: number
  end: number
  /** The tokens it spans (the first may start before it: a loose Thai or Lao match). */
  first: number
  last: number
  entry: T
}

// ICU's Thai dictionary sometimes glues letters of one word onto its neighbours (โอเคนะ →
// โอ|เคน|ะ, แพ็คห่วยมาก → แพ็|คห่ว|ยมาก). A Thai or Lao entry of 4+ characters therefore needs
// no word boundary, only whole letters at both ends (no vowel or tone mark cut off); shorter
// ones need both boundaries (แตก must not match in แตกต่าง).
const LOOSE_MIN_LENGTH = 4
const THAI_LAO = /[\u0E00-\u0EFF]/u
const MARK = /\p{M}/u
// A loose entry that ends on a Latin letter or digit (แต่ได้ m, "1 ดาว") still ends on a word:
// แต่ได้ message holds no size, 11 ดาว no one-star review.
const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{N}]/u
const cutsWord = (text: string, inside: number, outside: number): boolean =>
  LATIN_OR_DIGIT.test(text[inside] ?? '') && LATIN_OR_DIGIT.test(text[outside] ?? '')
const wholeLetters = (text: string, at: number, end: number): boolean =>
  !MARK.test(text[at] ?? '') && !MARK.test(text[end] ?? '') && !cutsWord(text, at, at - 1) && !cutsWord(text, end - 1, end)

// Arabic glues و ف ب ل ك and the article ال to the next word ("والله", "بالطلب", "للمدير"). An
// Arabic entry is written bare and matches after them; its match starts where the word does, so
// the rules that read what stands before a match (negators, fillers) see the word whole.
const ARABIC = /[\u0620-\u064A]/u
const CLITICS = /^(?:[وف]?(?:[بك]?ال|لل|[بلك])|[وف])$/u

/** The start of the word the match is glued into after clitics, if it is. */
function cliticStart(text: string, at: number, token: Token | undefined): number | undefined {
  return token && token.start < at && CLITICS.test(text.slice(token.start, at)) ? token.start : undefined
}

// What is worked out once per list (a regular expression per entry and message was a fifth of
// the detector's time): which entries match loosely, and the Latin entries by their first word.
// A Latin entry starts on a word boundary, so only those whose first word is among the message's
// words can be there, and most of the 1,700 Latin entries are never searched for.
interface Prepared {
  loose: boolean[]
  /** Arabic entries, which may follow a clitic inside their first word. */
  glued: boolean[]
  byFirstWord: Map<string, number[]>
  /**
   * Thai and Lao entries (ICU splits them differently in context), Arabic ones (a clitic may come
   * first) and any not starting on a word.
   */
  always: number[]
}
const preparedCache = new WeakMap<readonly Phrase[], Prepared>()

function prepare(entries: readonly Phrase[]): Prepared {
  let prepared = preparedCache.get(entries)
  if (prepared) return prepared
  prepared = { loose: [], glued: [], byFirstWord: new Map(), always: [] }
  for (const [e, entry] of entries.entries()) {
    const thaiLao = THAI_LAO.test(entry.text)
    const arabic = ARABIC.test(entry.text)
    prepared.loose.push(entry.text.length >= LOOSE_MIN_LENGTH && thaiLao)
    prepared.glued.push(arabic)
    const head = thaiLao || arabic ? undefined : tokenize(entry.text)[0]
    if (head && head.start === 0) prepared.byFirstWord.set(head.text, [...(prepared.byFirstWord.get(head.text) ?? []), e])
    else prepared.always.push(e)
  }
  preparedCache.set(entries, prepared)
  return prepared
}

/** The entries that can occur in a message with these words, in list order. */
function candidates(prepared: Prepared, tokens: readonly Token[]): number[] {
  const picked = [...prepared.always]
  for (const word of new Set(tokens.map((token) => token.text))) picked.push(...(prepared.byFirstWord.get(word) ?? []))
  return picked.sort((a, b) => a - b)
}

/**
 * All boundary-aligned occurrences. A match inside a longer one is dropped (ยังไม่ได้ inside
 * ยังไม่ได้รับ); partly overlapping ones both count (ทำไมไม่ + ไม่ตอบ are two complaints).
 */
export function findPhrases<T extends Phrase>(text: string, tokens: readonly Token[], entries: readonly T[]): Found<T>[] {
  const startAt = new Map<number, number>()
  const endAt = new Map<number, number>()
  const tokenAt: number[] = []
  tokens.forEach((token, i) => {
    startAt.set(token.start, i)
    endAt.set(token.end, i)
    for (let c = token.start; c < token.end; c++) tokenAt[c] = i
  })
  const found: Found<T>[] = []
  const prepared = prepare(entries)
  for (const e of candidates(prepared, tokens)) {
    const entry = entries[e]
    if (entry === undefined) continue
    const loose = prepared.loose[e] === true
    const glued = prepared.glued[e] === true
    for (let at = text.indexOf(entry.text); at !== -1; at = text.indexOf(entry.text, at + 1)) {
      const end = at + entry.text.length
      let first = startAt.get(at)
      let last = endAt.get(end)
      let start = at
      if (loose && wholeLetters(text, at, end)) {
        first ??= tokenAt[at]
        last ??= tokenAt[end - 1]
      }
      const word = glued && first === undefined ? cliticStart(text, at, tokens[tokenAt[at] ?? -1]) : undefined
      if (word !== undefined) {
        first = tokenAt[at]
        start = word
      }
      if (first !== undefined && last !== undefined) found.push({ start, end, first, last, entry })
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
  const kept: Found<T>[] = []
  for (const match of found) {
    if (kept.every((k) => match.start < k.start || match.end > k.end)) kept.push(match)
  }
  return kept.sort((a, b) => a.start - b.start)
}
