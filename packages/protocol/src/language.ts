import { INBOX_LANGUAGES, type InboxLanguage } from './http/session.ts'

// Older codes browsers still send for languages we speak: Tagalog's (`tl`) for Filipino, which grew
// from it, and `in`, ISO 639's Indonesian until 1989 (Android and Java still report it).
const ALIASES: ReadonlyMap<string, string> = new Map([
  ['tl', 'fil'],
  ['in', 'id'],
])

/** The language a BCP 47 tag names, as we spell it: its primary subtag in lower case, an older code read as today's ("tl-PH" → "fil"). */
export function languageCode(tag: string): string {
  const primary = tag.toLowerCase().split(/[-_]/)[0] ?? ''
  return ALIASES.get(primary) ?? primary
}

/**
 * The languages Attune writes in (the inbox, mail) that read right to left. Persian, Hebrew or Urdu
 * join with their words: a page set right to left around English fallback words reads wrongly. The
 * widget keeps its own list, its bytes budgeted apart.
 */
const RIGHT_TO_LEFT: ReadonlySet<string> = new Set(['ar'])

/** Which way a page in `tag`'s language reads ("ar-EG" → rtl), for `<html dir>` (WCAG 1.3.2). */
export function directionOf(tag: string): 'rtl' | 'ltr' {
  return RIGHT_TO_LEFT.has(languageCode(tag)) ? 'rtl' : 'ltr'
}

/**
 * A person's inbox language: the one they chose, else the first of their browser's languages
 * (most wanted first: navigator.languages, or an Accept-Language header read in order) that the
 * inbox speaks, else English. The inbox shows itself in it; the server writes their mail in it.
 */
export function inboxLanguage(chosen: InboxLanguage | null | undefined, browser: readonly string[]): InboxLanguage {
  if (chosen) return chosen
  for (const tag of browser) {
    const code = languageCode(tag)
    const known = INBOX_LANGUAGES.find((language) => language === code)
    if (known) return known
  }
  return 'en'
}
