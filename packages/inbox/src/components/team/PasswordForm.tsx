import { PASSWORD_MIN_LENGTH } from '@attune/protocol'
import type { ComponentChild } from 'preact'
import { useState } from 'preact/hooks'
import { useAccountMessages } from '../../i18n/accounts-context.ts'
import type { TeamApi } from '../../session/team.ts'
import { failureWords } from '../accounts/failure.ts'

type Field = 'current' | 'next'
type State = { step: 'idle' | 'saving' | 'saved' } | { step: 'refused'; field: Field | null; text: ComponentChild }

/** "Your account": one's own password. The server signs out one's other sessions. */
export function PasswordForm({ api, email }: { api: Pick<TeamApi, 'changePassword'>; email: string }) {
  const all = useAccountMessages()
  const t = all.account
  const [current, setCurrent] = useState('')
  const [next, setNext] = useState('')
  const [state, setState] = useState<State>({ step: 'idle' })

  async function submit(event: Event) {
    event.preventDefault()
    if (state.step === 'saving') return
    const form = event.currentTarget as HTMLFormElement
    const refuse = (field: Field | null, text: ComponentChild) => {
      setState({ step: 'refused', field, text })
      if (field) form.querySelector<HTMLInputElement>(`#password-${field}`)?.focus()
    }
    if (!current) return refuse('current', t.currentMissing)
    if (next.length < PASSWORD_MIN_LENGTH) return refuse('next', t.tooShort(PASSWORD_MIN_LENGTH))
    setState({ step: 'saving' })
    const result = await api.changePassword(current, next)
    if (result.ok) {
      setCurrent('')
      setNext('')
      return setState({ step: 'saved' })
    }
    // A 403 here is the current password; a 400, the new one (too long: its least length is checked above).
    const field = result.error.code === 'forbidden' ? 'current' : result.error.code === 'bad_request' ? 'next' : null
    refuse(field, failureWords(all, result.error, { forbidden: t.wrongCurrent }))
  }

  const errorOn = (field: Field) => state.step === 'refused' && state.field === field
  const described = (field: Field, hint?: string) => [errorOn(field) ? 'password-error' : '', hint ?? ''].filter(Boolean).join(' ') || undefined

  return (
    <section class="settings-form" aria-labelledby="account-title">
      <h3 id="account-title">{t.title}</h3>
      <form class="password-form" noValidate onSubmit={submit}>
        {/* Tells password managers whose password this is (Chromium's password form guidance). */}
        <input type="email" hidden autoComplete="username" value={email} readOnly />
        <div class={`settings-field${errorOn('current') ? ' is-invalid' : ''}`}>
          <label for="password-current">{t.current}</label>
          <input
            id="password-current"
            type="password"
            autoComplete="current-password"
            value={current}
            aria-invalid={errorOn('current') ? 'true' : undefined}
            aria-describedby={described('current')}
            onInput={(e) => setCurrent(e.currentTarget.value)}
          />
        </div>
        <div class={`settings-field${errorOn('next') ? ' is-invalid' : ''}`}>
          <label for="password-next">{t.next}</label>
          <input
            id="password-next"
            type="password"
            autoComplete="new-password"
            value={next}
            aria-invalid={errorOn('next') ? 'true' : undefined}
            aria-describedby={described('next', 'password-next-hint')}
            onInput={(e) => setNext(e.currentTarget.value)}
          />
          <p id="password-next-hint" class="settings-hint">
            {t.nextHint(PASSWORD_MIN_LENGTH)}
          </p>
        </div>
        <p id="password-error" class="settings-error" role="alert">
          {state.step === 'refused' ? state.text : ''}
        </p>
        <div class="settings-actions">
          <button type="submit" class="button button-primary" disabled={state.step === 'saving'}>
            {t.change}
          </button>
          <p class="settings-status" role="status">
            {state.step === 'saved' ? t.changed : ''}
          </p>
        </div>
      </form>
    </section>
  )
}
