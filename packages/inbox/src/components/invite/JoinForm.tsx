import { PASSWORD_MIN_LENGTH, type InviteLookupResponse } from '@attune/protocol'
import type { ComponentChild } from 'preact'
import { useState } from 'preact/hooks'
import type { AgentProfile } from '../../agent.ts'
import { useAccountMessages } from '../../i18n/accounts-context.ts'
import type { InviteApi } from '../../session/invites.ts'
import { failureWords } from '../accounts/failure.ts'

interface Props {
  api: Pick<InviteApi, 'accept'>
  token: string
  invite: InviteLookupResponse
  onAccepted(agent: AgentProfile): void
}

type Field = 'name' | 'password'
type State = { step: 'idle' | 'joining' } | { step: 'refused'; field: Field | null; text: ComponentChild }

/** A new person's name and password, or an existing account's password; then in. */
export function JoinForm({ api, token, invite, onAccepted }: Props) {
  const all = useAccountMessages()
  const t = all.invite
  const [name, setName] = useState('')
  const [password, setPassword] = useState('')
  const [state, setState] = useState<State>({ step: 'idle' })
  const existing = invite.hasAccount

  async function submit(event: Event) {
    event.preventDefault()
    if (state.step === 'joining') return
    const form = event.currentTarget as HTMLFormElement
    const refuse = (field: Field | null, text: ComponentChild) => {
      setState({ step: 'refused', field, text })
      if (field) form.querySelector<HTMLInputElement>(`#join-${field}`)?.focus()
    }
    if (!existing && !name.trim()) return refuse('name', t.nameMissing)
    if (!existing && password.length < PASSWORD_MIN_LENGTH) return refuse('password', t.tooShort(PASSWORD_MIN_LENGTH))
    if (!password) return refuse('password', t.wrongPassword)
    setState({ step: 'joining' })
    const result = await api.accept(token, password, existing ? undefined : name.trim())
    if (result.ok) return onAccepted(result.value)
    // The name is checked above and capped by its field, so a 403 or a 400 is about the password.
    const code = result.error.code
    const own = {
      forbidden: t.wrongPassword,
      bad_request: t.passwordRefused,
      not_found: t.not_found,
      expired: t.expired,
      network: t.network,
      server: t.server,
    }
    refuse(code === 'forbidden' || code === 'bad_request' ? 'password' : null, failureWords(all, result.error, own))
  }

  const errorOn = (field: Field) => state.step === 'refused' && state.field === field
  const described = (field: Field, hint?: string) => [errorOn(field) ? 'join-error' : '', hint ?? ''].filter(Boolean).join(' ') || undefined

  return (
    <form class="join-form" noValidate onSubmit={submit} aria-labelledby="invite-title">
      {existing && <p class="signin-notice">{t.hasAccount}</p>}
      <label for="join-email">{t.email}</label>
      <input id="join-email" type="email" autoComplete="username" value={invite.email} readOnly />
      {!existing && (
        <>
          <label for="join-name">{t.name}</label>
          <input
            id="join-name"
            type="text"
            dir="auto"
            autoComplete="name"
            maxLength={100}
            value={name}
            aria-invalid={errorOn('name') ? 'true' : undefined}
            aria-describedby={described('name')}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </>
      )}
      <label for="join-password">{existing ? t.existingPassword : t.password}</label>
      <input
        id="join-password"
        type="password"
        autoComplete={existing ? 'current-password' : 'new-password'}
        value={password}
        aria-invalid={errorOn('password') ? 'true' : undefined}
        aria-describedby={described('password', existing ? undefined : 'join-password-hint')}
        onInput={(e) => setPassword(e.currentTarget.value)}
      />
      {!existing && (
        <p id="join-password-hint" class="settings-hint">
          {t.passwordHint(PASSWORD_MIN_LENGTH)}
        </p>
      )}
      <p id="join-error" class="signin-error" role="alert">
        {state.step === 'refused' ? state.text : ''}
      </p>
      <button type="submit" class="button button-primary" aria-busy={state.step === 'joining'} disabled={state.step === 'joining'}>
        {state.step === 'joining' ? t.joining : t.join}
      </button>
    </form>
  )
}
