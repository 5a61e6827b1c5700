import { useState } from 'preact/hooks'
import type { AgentProfile } from '../agent.ts'
import { useMessages } from '../i18n/context.ts'
import { retryWait } from '../lib/retry-wait.ts'
import type { SessionApi, SignInFailure, SignInResult } from '../session/api.ts'

/** Why the person is back at the sign-in form, said above it. */
export type SignInNotice =
  /** The session ended on the server: signed out elsewhere, removed from the team, a new password. */
  | 'expired'
  /** They deleted the store they were working in. */
  | 'store_deleted'

interface Props {
  api: SessionApi
  onSignedIn(agent: AgentProfile): void
  notice?: SignInNotice
}

const failureKey = {
  invalid_credentials: 'invalidCredentials',
  bad_input: 'badInput',
  no_store: 'noStore',
  network: 'network',
  server: 'server',
} as const satisfies Record<Exclude<SignInFailure, 'rate_limited'>, string>

const noticeKey = { expired: 'expired', store_deleted: 'storeDeleted' } as const satisfies Record<SignInNotice, string>

export function SignIn({ api, onSignedIn, notice }: Props) {
  const t = useMessages().signIn
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<Exclude<SignInResult, { ok: true }> | null>(null)

  async function submit(event: Event) {
    event.preventDefault()
    if (busy) return
    setBusy(true)
    setFailure(null)
    const result = await api.login(email.trim(), password)
    setBusy(false)
    if (result.ok) onSignedIn(result.agent)
    else setFailure(result)
  }

  const failureText = !failure
    ? ''
    : failure.reason === 'rate_limited'
      ? t.rateLimited(retryWait(failure.retryAfterSeconds ?? 60, t))
      : t[failureKey[failure.reason]]

  return (
    <main class="signin">
      <form class="signin-card" onSubmit={submit} aria-labelledby="signin-title">
        <h1 id="signin-title">{t.title}</h1>
        {notice && !failure && (
          <p class="signin-notice" role="status">
            {t[noticeKey[notice]]}
          </p>
        )}
        <label for="signin-email">{t.email}</label>
        <input
          id="signin-email"
          type="email"
          name="email"
          autoComplete="username"
          required
          value={email}
          onInput={(e) => setEmail(e.currentTarget.value)}
          aria-describedby={failure ? 'signin-error' : undefined}
        />
        <label for="signin-password">{t.password}</label>
        <input
          id="signin-password"
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onInput={(e) => setPassword(e.currentTarget.value)}
          aria-describedby={failure ? 'signin-error' : undefined}
        />
        {failure && (
          <p id="signin-error" class="signin-error" role="alert">
            {failureText}
          </p>
        )}
        <button type="submit" class="button button-primary" aria-busy={busy} disabled={busy}>
          {busy ? t.submitting : t.submit}
        </button>
      </form>
    </main>
  )
}
