import { inboxLanguage, type InboxLanguage } from '@attune/protocol'

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
 * A person's inbox language, as the inbox itself picks it (protocol's inboxLanguage), their
 * browser's languages read from the request's Accept-Language. Mail from them to the team (an
 * invitation) speaks it too.
 */
export function teamLanguage(chosen: InboxLanguage | null | undefined, acceptLanguage: string | undefined): InboxLanguage {
  return inboxLanguage(chosen, acceptedLanguages(acceptLanguage))
}
