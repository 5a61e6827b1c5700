import { useState } from 'preact/hooks'
import type { AgentProfile } from '../agent.ts'
import { useMessages } from '../i18n/context.ts'
import type { SessionApi, SignInFailure } from '../session/api.ts'

interface Props {
  api: SessionApi
  onSignedIn(agent: AgentProfile): void
  /** The previous session ended on its own (cookie expired): say so above the form. */
  expired?: boolean
}

const failureKey = {
  invalid_credentials: 'invalidCredentials',
  bad_input: 'badInput',
  network: 'network',
  server: 'server',
} as const satisfies Record<SignInFailure, string>

export function SignIn({ api, onSignedIn, expired = false }: Props) {
  const t = useMessages().signIn
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<SignInFailure | null>(null)

  async function submit(event: Event) {
    event.preventDefault()
    if (busy) return
    setBusy(true)
    setFailure(null)
    const result = await api.login(email.trim(), password)
    setBusy(false)
    if (result.ok) onSignedIn(result.agent)
    else setFailure(result.reason)
  }

  return (
    <main class="signin">
      <form class="signin-card" onSubmit={submit} aria-labelledby="signin-title">
        <h1 id="signin-title">{t.title}</h1>
        {expired && !failure && (
          <p class="signin-notice" role="status">
            {t.expired}
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
            {t[failureKey[failure]]}
          </p>
        )}
        <button type="submit" class="button button-primary" aria-busy={busy} disabled={busy}>
          {busy ? t.submitting : t.submit}
        </button>
      </form>
    </main>
  )
}
