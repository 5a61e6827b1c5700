import { INBOX_LANGUAGES, type InboxLanguage } from '@attune/protocol'

// Older codes some browsers still send: Tagalog's (`tl`) for Filipino, and `in`, ISO 639's
// Indonesian until 1989 (Android and Java still report it).
const ALIASES: Record<string, InboxLanguage> = { tl: 'fil', in: 'id' }

/**
 * The inbox's language for a person: the one they chose, else the first of their browser's
 * (navigator.languages, most wanted first) that the inbox speaks, else English.
 */
export function chooseLanguage(chosen: InboxLanguage | null | undefined, browser: readonly string[]): InboxLanguage {
  if (chosen) return chosen
  for (const tag of browser) {
    const primary = tag.toLowerCase().split('-')[0] ?? ''
    const known = ALIASES[primary] ?? INBOX_LANGUAGES.find((language) => language === primary)
    if (known) return known
  }
  return 'en'
}

/** The browser's languages, most wanted first (empty where a test's DOM does not say). */
export const browserLanguages = (): readonly string[] => navigator.languages ?? []
