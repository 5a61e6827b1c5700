import type { HttpErrorBody, ResumeResponse } from '@attune/protocol'
import { AttuneError } from './errors.ts'
import { httpBase } from './urls.ts'

/** The shopper's mail routes under `/api/sites/:key/` (issue 15): what `ChatClient.mail` calls. */
export type MailPath = 'visitor/email' | 'transcript' | 'transcript/text' | 'resume'

/**
 * Calls one of the shopper's mail routes with their visitor token; a reopen token's answer (the
 * shopper of a reply email) becomes this device's visitor. A refusal is an AttuneError
 * (`invalid_input` for a bad address); no network at all rejects with fetch's own error. A chunk of its own where the app's
 * bundler splits: most chats never use it.
 */
export async function mailCall(
  server: string,
  siteKey: string,
  saved: { token(): string | null; setToken(token: string): void },
  path: MailPath,
  body: Record<string, unknown>,
): Promise<unknown> {
  const response = await fetch(`${httpBase(server)}/api/sites/${encodeURIComponent(siteKey)}/${path}`, {
    // `visitor/email` with an `email` (null included) stores it; without, reads what the shopper left.
    ...(path !== 'visitor/email' || 'email' in body ? { method: path === 'visitor/email' ? 'PUT' : 'POST', body: JSON.stringify(body) } : {}),
    // Without a token (a first visit) the server answers 401, except to `resume`, which needs none.
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${saved.token()}` },
  })
  const answer = (await response.json().catch(() => null)) as Partial<HttpErrorBody & ResumeResponse> | null
  if (!response.ok) throw new AttuneError(response.status === 400 ? 'invalid_input' : 'network', answer?.error?.message ?? 'Failed.')
  if (answer?.visitorToken) saved.setToken(answer.visitorToken)
  return answer
}
