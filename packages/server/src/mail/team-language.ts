import { INBOX_LANGUAGES, type InboxLanguage } from '@attune/protocol'
import { LANGUAGE_ALIASES } from './catalog.ts'

/**
 * The languages an Accept-Language header asks for, most wanted first (RFC 9110 §12.5.4): by
 * weight, ties in the order written, those weighted 0 ("not this one") left out.
 */
export function acceptedLanguages(header: string | undefined): string[] {
  const weighed = (header ?? '').split(',').map((part, order) => {
    const [tag = '', ...params] = part.split(';').map((piece) => piece.trim())
    const q = params.find((param) => /^q=/i.test(param))
    return { tag, order, weight: q === undefined ? 1 : Number(q.slice(2)) }
  })
  return weighed
    .filter(({ tag, weight }) => tag !== '' && weight > 0)
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .map(({ tag }) => tag)
}

/**
 * A person's inbox language, as the inbox itself picks it (inbox/src/i18n/language.ts): the one
 * they chose, else the first of their browser's languages the inbox speaks, else English. Mail
 * from them to the team (an invitation) speaks it too.
 */
export function teamLanguage(chosen: InboxLanguage | null | undefined, acceptLanguage: string | undefined): InboxLanguage {
  if (chosen) return chosen
  for (const tag of acceptedLanguages(acceptLanguage)) {
    const primary = tag.toLowerCase().split('-')[0] ?? ''
    const code = LANGUAGE_ALIASES[primary] ?? primary
    const known = INBOX_LANGUAGES.find((language) => language === code)
    if (known) return known
  }
  return 'en'
}
