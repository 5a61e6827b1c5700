// Which lexicons to run, and which language to report. Script decides Thai and Lao; for Latin
// script, Filipino function words against English ones (Taglish mixes both, so Latin text always
// runs the English and the Filipino lexicon and this only names the language).
import type { Language } from './types.ts'

const THAI = /[\u0E00-\u0E7F]/gu
const LAO = /[\u0E80-\u0EFF]/gu
const LATIN = /\p{Script=Latin}/gu

// Words that are common in Filipino chat and rare in English ones. "po" and "yung" are almost
// proof on their own, so they count double.
const FILIPINO: Readonly<Record<string, number>> = {
  po: 2,
  opo: 2,
  yung: 2,
  naman: 2,
  ng: 2,
  kasi: 2,
  lang: 2,
  ang: 1,
  mga: 2,
  na: 1,
  sa: 1,
  ko: 1,
  mo: 1,
  pa: 1,
  wala: 2,
  hindi: 2,
  ba: 1,
  rin: 2,
  din: 1,
  ano: 1,
  paano: 2,
  kailan: 2,
  bakit: 2,
  ako: 2,
  kayo: 2,
  nyo: 2,
  niyo: 2,
  talaga: 2,
  sobrang: 2,
  pero: 1,
  may: 0.5,
  ito: 1,
  yan: 1,
  dito: 2,
  pala: 2,
  nga: 2,
  sana: 2,
  nang: 2,
  si: 1,
  ung: 2,
  di: 1,
  ka: 1,
  asan: 2,
  nasaan: 2,
  kelan: 2,
  ganun: 2,
  tapos: 2,
  diba: 2,
  salamat: 2,
}
const ENGLISH: Readonly<Record<string, number>> = {
  the: 1,
  a: 1,
  an: 1,
  is: 1,
  are: 1,
  was: 1,
  i: 1,
  you: 1,
  my: 1,
  your: 1,
  it: 1,
  this: 1,
  that: 1,
  to: 1,
  of: 1,
  and: 1,
  for: 1,
  with: 1,
  have: 1,
  has: 1,
  not: 1,
  do: 1,
  does: 1,
  did: 1,
  can: 1,
  will: 1,
  would: 1,
  please: 1,
  where: 1,
  when: 1,
  what: 1,
  why: 1,
  how: 1,
  me: 1,
  been: 1,
  still: 1,
  just: 1,
  "it's": 1,
  "i'm": 1,
  "don't": 1,
}

/** Maps a locale hint to a language, if it names one we know. */
export function languageFromLocale(locale: string | undefined): Language | undefined {
  const base = locale?.toLowerCase().split(/[-_]/u)[0]
  if (base === 'th' || base === 'lo' || base === 'en') return base
  if (base === 'fil' || base === 'tl') return 'fil'
  return undefined
}

export interface Scripts {
  thai: number
  lao: number
  latin: number
}

export function countScripts(text: string): Scripts {
  return {
    thai: text.match(THAI)?.length ?? 0,
    lao: text.match(LAO)?.length ?? 0,
    latin: text.match(LATIN)?.length ?? 0,
  }
}

/** What one message says about its language: its letters by script, and its function words. */
export interface LanguageTally extends Scripts {
  filipino: number
  english: number
}

/** One message's tally; the detector keeps it with the message's reading (issue 12). */
export function tallyLanguage(text: string): LanguageTally {
  const tally = { ...countScripts(text), filipino: 0, english: 0 }
  for (const word of text.toLowerCase().match(/[\p{L}']+/gu) ?? []) {
    tally.filipino += FILIPINO[word] ?? 0
    tally.english += ENGLISH[word] ?? 0
  }
  return tally
}

/** The language of the messages, from their tallies: the dominant script, then function words for Latin text. */
export function languageOf(tallies: readonly LanguageTally[], locale?: string): Language | undefined {
  const hint = languageFromLocale(locale)
  const total: LanguageTally = { thai: 0, lao: 0, latin: 0, filipino: 0, english: 0 }
  for (const tally of tallies) {
    total.thai += tally.thai
    total.lao += tally.lao
    total.latin += tally.latin
    total.filipino += tally.filipino
    total.english += tally.english
  }
  if (total.thai + total.lao + total.latin === 0) return hint
  if (total.thai >= total.lao && total.thai >= total.latin) return 'th'
  if (total.lao >= total.latin) return 'lo'
  if (total.filipino === 0 && total.english === 0) return hint === 'fil' ? 'fil' : 'en'
  // A Filipino shop's hint tips a close call; "po" alone beats a short English sentence.
  const filBias = hint === 'fil' ? 1.5 : 1
  return total.filipino * filBias >= total.english * 0.6 ? 'fil' : 'en'
}
