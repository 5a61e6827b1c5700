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

// Arabic glues و ف ب ل ك, the article ال and Gulf and Levantine هال ("this": هالتعامل) to the
// next word ("والله", "بالطلب", "للمدير"). An Arabic entry is written bare and matches after them;
// its match starts where the word does, so the rules that read what stands before a match
// (negators, fillers) see the word whole.
const ARABIC = /[\u0620-\u064A]/u
const CLITICS = /^(?:[وف]?(?:[بك]?ال|لل|[بلك]|هال)|[وف])$/u
// Egyptian and Levantine verbs, as rules rather than listed forms: a present verb (an entry opening
// with its person prefix ي ت ن, or ا in a word of four letters or more, which اذا and the article
// are not: هذا is no "if", nor هاذا) takes the present's ب, a clitic already
// (بيرد، بتردو), or the future's ه / ح (هيرد، حترد، هاكلم المدير); and a verb of the shop's
// (ي or ت, not a past in ت like تعبت) takes the plural و / ون after it (بيردو، يوصلون; the alef of
// ردوا is dropped in normalize.ts). Arabic entries only, so no other language's match moves.
const FUTURE = /^[وف]?[هح]$/u
const PRESENT_VERB = /^(?:[يتن]|ا(?!ل)[^ ]{3})/u
const PLURAL = /^ون?$/u
const takesPlural = (entry: string): boolean => /^[يت][^ ]*[^ت ]$/u.test(entry)

// Egyptian drops the ا of "I" after the present's ب or the future's ه: بكتب، هشتكي، هكلم المدير
// (اكتب، اشتكي، اكلم). Not after ح: حصلي is "it happened to me", not اصلي.
const FIRST_PERSON = /^ا(?!ل)[^ ]{3}/u
const BEFORE_FIRST_PERSON = /^[وف]?[به]$/u

/** The start of the word the match is glued into after clitics, if it is. */
function cliticStart(text: string, at: number, token: Token | undefined, entry: string): number | undefined {
  if (!token || token.start >= at) return undefined
  const before = text.slice(token.start, at)
  return CLITICS.test(before) || (FUTURE.test(before) && PRESENT_VERB.test(entry)) ? token.start : undefined
}

/** The end of the word a verb entry's match is followed into by a plural ending, if it is. */
function pluralEnd(text: string, end: number, token: Token | undefined, entry: string): number | undefined {
  return token && token.end > end && PLURAL.test(text.slice(end, token.end)) && takesPlural(entry) ? token.end : undefined
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

/** A first-person entry (اكتب) found with its ا dropped after ب or ه (بكتب، هكتب). */
function withoutAlef<T extends Phrase>(
  text: string,
  tokens: readonly Token[],
  tokenAt: readonly number[],
  endAt: ReadonlyMap<number, number>,
  entry: T,
): Found<T>[] {
  const rest = entry.text.slice(1)
  const found: Found<T>[] = []
  for (let at = text.indexOf(rest); at !== -1; at = text.indexOf(rest, at + 1)) {
    const first = tokenAt[at]
    const token = tokens[first ?? -1]
    const last = endAt.get(at + rest.length)
    if (first === undefined || !token || last === undefined || !BEFORE_FIRST_PERSON.test(text.slice(token.start, at))) continue
    found.push({ start: token.start, end: at + rest.length, first, last, entry })
  }
  return found
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
      const word = glued && first === undefined ? cliticStart(text, at, tokens[tokenAt[at] ?? -1], entry.text) : undefined
      if (word !== undefined) {
        first = tokenAt[at]
        start = word
      }
      const plural = glued && last === undefined ? pluralEnd(text, end, tokens[tokenAt[end - 1] ?? -1], entry.text) : undefined
      if (plural !== undefined) last = tokenAt[end - 1]
      if (first !== undefined && last !== undefined) found.push({ start, end: plural ?? end, first, last, entry })
    }
    if (glued && FIRST_PERSON.test(entry.text)) found.push(...withoutAlef(text, tokens, tokenAt, endAt, entry))
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
  const kept: Found<T>[] = []
  for (const match of found) {
    if (kept.every((k) => match.start < k.start || match.end > k.end)) kept.push(match)
  }
  return withoutDoubles(
    text,
    kept.sort((a, b) => a.start - b.start),
  )
}

/**
 * A word said twice is one word, stressed ("lama lama", written "lama2" in chat): the match that
 * repeats the words just before it is dropped, so it neither counts twice nor escapes the negator
 * or the phrase before the first ("jangan lama2 ya", "gak lama2 kok" ask nothing to be slow).
 */
function withoutDoubles<T extends Phrase>(text: string, found: Found<T>[]): Found<T>[] {
  return found.filter(({ start, entry }) => {
    const before = text.slice(0, start)
    return !before.endsWith(`${entry.text} `) || WORD_CHAR.test(before.at(-entry.text.length - 2) ?? '')
  })
}
const WORD_CHAR = /[\p{L}\p{N}]/u
