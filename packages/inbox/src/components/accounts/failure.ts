import { Fragment, h, type ComponentChild } from 'preact'
import type { AccountMessages } from '../../i18n/en-accounts.ts'
import { CallError, type CallFailure } from '../../session/http.ts'

/**
 * What a form itself knows a code means where it stands, in its own words with its own values:
 * a 409 from the invite form is that address being on the team already, a 404 from a member's
 * row is that person gone. They come before the catalog's words for the code.
 */
export type OwnWords = Partial<Record<CallError, string>>

type Catalog = AccountMessages['failure']

/** Whole minutes to wait, rounded up; the server sends the wait with every 429. */
const waitMinutes = (error: CallFailure) => Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60))

/**
 * The catalog's words for each code the inbox knows. The server's `message` is English and is
 * never shown for these (a Thai admin read "nok@… is on the team already." in English). A code
 * left out (a wrong method, a body too large or not JSON, refused check-in settings) is one these
 * pages' calls never meet: the inbox has no words for it.
 */
const CATALOG: Partial<Record<CallError, (words: Catalog, error: CallFailure) => string>> = {
  bad_request: (w) => w.bad_request,
  unauthorized: (w) => w.unauthorized,
  forbidden: (w) => w.forbidden,
  not_found: (w) => w.not_found,
  conflict: (w) => w.conflict,
  expired: (w) => w.expired,
  rate_limited: (w, error) => w.rate_limited(waitMinutes(error)),
  unavailable: (w) => w.unavailable,
  network: (w) => w.network,
  server: (w) => w.server,
}

/** The form's words, else the catalog's; null for a code the inbox has no words for. */
function known(t: AccountMessages, error: CallFailure, own: OwnWords): string | null {
  // A 500 and an answer that is not the server's read alike: something failed on its side.
  const code = error.code === CallError.Internal ? CallError.Server : error.code
  return own[code] ?? CATALOG[code]?.(t.failure, error) ?? null
}

/**
 * A failed call in the person's language, for a form's alert. Only a code the inbox has no words
 * for shows the server's own sentence, marked as English so a screen reader speaks it as English
 * (WCAG 3.1.2, language of parts).
 */
export function failureWords(t: AccountMessages, error: CallFailure, own: OwnWords = {}): ComponentChild {
  const words = known(t, error, own)
  if (words !== null) return words
  if (!error.message) return t.failure.server
  return h(Fragment, null, t.failure.unknown, ' ', h('span', { lang: 'en' }, error.message))
}

/**
 * The same words as plain text, for forms that keep a refusal as a string; there a code the inbox
 * has no words for reads as a server failure.
 */
export function failureText(t: AccountMessages, error: CallFailure, own: OwnWords = {}): string {
  return known(t, error, own) ?? t.failure.server
}
