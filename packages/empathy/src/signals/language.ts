// Which lexicons to run, and which language to report. Script decides Thai, Lao and Arabic; for Latin
// script, Filipino, Indonesian and Malay function words against English ones (Taglish, Indonesian
// chat and Manglish mix in English, so Latin text always runs the English, Filipino, Indonesian and
// Malay lexicon as one and this only names the language).
import { ENGLISH, FILIPINO, INDONESIAN, MALAY } from './function-words.ts'
import { ARABIC_SCRIPT } from './normalize.ts'
import type { Language } from './types.ts'

const THAI = /[\u0E00-\u0E7F]/gu
const LAO = /[\u0E80-\u0EFF]/gu
const LATIN = /\p{Script=Latin}/gu
// Arabic script is Arabic's alone among our languages (Persian and Urdu are not read).
const ARABIC = new RegExp(ARABIC_SCRIPT.source, 'gu')

/** Maps a locale hint to a language, if it names one we know. */
export function languageFromLocale(locale: string | undefined): Language | undefined {
  const base = locale?.toLowerCase().split(/[-_]/u)[0]
  if (base === 'th' || base === 'lo' || base === 'en' || base === 'ar') return base
  if (base === 'fil' || base === 'tl') return 'fil'
  // `in` is ISO 639's Indonesian until 1989; Android and Java still report it.
  if (base === 'id' || base === 'in') return 'id'
  // `zsm` is ISO 639-3's Standard Malay; `ms` is the macrolanguage most systems send.
  if (base === 'ms' || base === 'zsm') return 'ms'
  return undefined
}

export interface Scripts {
  thai: number
  lao: number
  latin: number
  arabic: number
}

export function countScripts(text: string): Scripts {
  return {
    thai: text.match(THAI)?.length ?? 0,
    lao: text.match(LAO)?.length ?? 0,
    latin: text.match(LATIN)?.length ?? 0,
    arabic: text.match(ARABIC)?.length ?? 0,
  }
}

/** What one message says about its language: its letters by script, and its function words. */
export interface LanguageTally extends Scripts {
  filipino: number
  indonesian: number
  malay: number
  english: number
}

/** One message's tally; the detector keeps it with the message's reading (issue 12). */
export function tallyLanguage(text: string): LanguageTally {
  const tally = { ...countScripts(text), filipino: 0, indonesian: 0, malay: 0, english: 0 }
  for (const word of text.toLowerCase().match(/[\p{L}']+/gu) ?? []) {
    tally.filipino += FILIPINO[word] ?? 0
    tally.indonesian += INDONESIAN[word] ?? 0
    tally.malay += MALAY[word] ?? 0
    tally.english += ENGLISH[word] ?? 0
  }
  return tally
}

/** The language of the messages, from their tallies: the dominant script, then function words for Latin text. */
export function languageOf(tallies: readonly LanguageTally[], locale?: string): Language | undefined {
  const hint = languageFromLocale(locale)
  const total: LanguageTally = { thai: 0, lao: 0, latin: 0, arabic: 0, filipino: 0, indonesian: 0, malay: 0, english: 0 }
  for (const tally of tallies) {
    total.thai += tally.thai
    total.lao += tally.lao
    total.latin += tally.latin
    total.arabic += tally.arabic
    total.filipino += tally.filipino
    total.indonesian += tally.indonesian
    total.malay += tally.malay
    total.english += tally.english
  }
  if (total.thai + total.lao + total.latin + total.arabic === 0) return hint
  if (total.thai >= total.lao && total.thai >= total.latin && total.thai >= total.arabic) return 'th'
  if (total.lao >= total.latin && total.lao >= total.arabic) return 'lo'
  // Gulf shoppers mix English in ("refund please، المنتج تالف"): the script with more letters names it.
  if (total.arabic >= total.latin) return 'ar'
  return latinLanguage(total, hint)
}

const LATIN_HINTS: ReadonlySet<Language | undefined> = new Set(['fil', 'id', 'ms'])

/**
 * Latin text: the South-East Asian language with more function words (a tie stays Filipino, then
 * Indonesian: Malay must outweigh both), then that one against English. A shop's hint tips a close
 * call; "po", "kak" or "tak" alone beats a short English sentence. Words the two share (saya,
 * barang, belum) count for Indonesian only, so Malay wins on its own (tak, nak, dah, kat).
 */
function latinLanguage(total: LanguageTally, hint: Language | undefined): Language {
  const bias = (language: Language): number => (hint === language ? 1.5 : 1)
  const filipino = total.filipino * bias('fil')
  const indonesian = total.indonesian * bias('id')
  const malay = total.malay * bias('ms')
  const local: Language = malay > filipino && malay > indonesian ? 'ms' : indonesian > filipino ? 'id' : 'fil'
  const strongest = Math.max(filipino, indonesian, malay)
  if (strongest === 0 && total.english === 0) return hint && LATIN_HINTS.has(hint) ? hint : 'en'
  return strongest >= total.english * 0.6 ? local : 'en'
}
