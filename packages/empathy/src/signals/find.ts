// Finds lexicon phrases in a normalised message. Entries are phrases found as substrings whose
// both ends fall on ICU word boundaries. Matching on boundaries instead of on a stored segment
// list keeps entries readable and survives ICU splitting a phrase differently in context (Lao
// ຂອບໃຈ is one word alone but ຂອບ|ໃຈ in ຂອບໃຈຫຼາຍ).
import type { Token } from './segment.ts'

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
const wholeLetters = (text: string, at: number, end: number): boolean => !MARK.test(text[at] ?? '') && !MARK.test(text[end] ?? '')

// Which entries match loosely, worked out once per list (a regular expression per entry and
// message was a fifth of the detector's time).
const looseCache = new WeakMap<readonly Phrase[], boolean[]>()

function looseFlags(entries: readonly Phrase[]): boolean[] {
  let flags = looseCache.get(entries)
  if (!flags) {
    flags = entries.map((entry) => entry.text.length >= LOOSE_MIN_LENGTH && THAI_LAO.test(entry.text))
    looseCache.set(entries, flags)
  }
  return flags
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
  const looseAt = looseFlags(entries)
  entries.forEach((entry, e) => {
    const loose = looseAt[e] === true
    for (let at = text.indexOf(entry.text); at !== -1; at = text.indexOf(entry.text, at + 1)) {
      const end = at + entry.text.length
      let first = startAt.get(at)
      let last = endAt.get(end)
      if (loose && wholeLetters(text, at, end)) {
        first ??= tokenAt[at]
        last ??= tokenAt[end - 1]
      }
      if (first !== undefined && last !== undefined) found.push({ start: at, end, first, last, entry })
    }
  })
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
  const kept: Found<T>[] = []
  for (const match of found) {
    if (kept.every((k) => match.start < k.start || match.end > k.end)) kept.push(match)
  }
  return kept.sort((a, b) => a.start - b.start)
}
