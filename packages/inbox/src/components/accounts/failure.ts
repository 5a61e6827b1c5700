import type { AccountMessages } from '../../i18n/en-accounts.ts'
import type { CallFailure } from '../../session/http.ts'

/**
 * Words for a refused change. A 400 or 409 carries the server's own sentence about the person's
 * input ("https://x/ must be just scheme://host…", "nok@x is on the team already"); the rest are
 * the catalog's.
 */
export function failureText(t: AccountMessages, error: CallFailure): string {
  if ((error.code === 'bad_request' || error.code === 'conflict') && error.message) return error.message
  const words = t.failure as Partial<Record<CallFailure['code'], string>>
  // Codes the accounts routes never send (a file's type, settings) read as a server failure.
  return words[error.code] ?? t.failure.server
}
