import type { ComponentChild } from 'preact'
import { useRef, useState } from 'preact/hooks'
import * as v from 'valibot'
import { CreateInviteRequestSchema, type CreateInviteResponse } from '@attune/protocol'
import { useMessages } from '../../i18n/context.ts'
import { useAccountMessages } from '../../i18n/accounts-context.ts'
import { GRANTABLE_ROLES, type GrantableRole } from '../../lib/team-view.ts'
import type { TeamApi } from '../../session/team.ts'
import { CopyButton } from '../accounts/CopyButton.tsx'
import { failureWords } from '../accounts/failure.ts'

interface Props {
  api: Pick<TeamApi, 'invite'>
  /** Whether the server emails invitations, as the Team page's answer said (`emailsInvites`). */
  emails: boolean
  onInvited(text: string): void
}

type State = { step: 'idle' | 'sending' } | { step: 'refused'; text: ComponentChild } | { step: 'made'; answer: CreateInviteResponse }

/**
 * Invites by email and role. The server emails the invitation when it has a mail server, and
 * answers with the one-time link either way, shown once to copy; it expires in 48 hours. Whether
 * it was emailed is said plainly: a server without mail only prints it to its log, and then the
 * link reaches the person only if the inviter hands it over. The address is checked here first
 * with the server's own rule, so a typo is named in the person's language before anything is sent.
 * The button says what the server does: "Send invitation" where it emails them, else the link it
 * makes in any case (the Team page's answer says which, and each invitation's answer again).
 */
export function InviteForm({ api, onInvited, ...given }: Props) {
  const roles = useMessages().roles
  const all = useAccountMessages()
  const t = all.team
  const [email, setEmail] = useState('')
  const [role, setRole] = useState<GrantableRole>('agent')
  const [state, setState] = useState<State>({ step: 'idle' })
  /** Whether the server emails invitations, as its last answer said. */
  const [emails, setEmails] = useState(given.emails)
  const emailField = useRef<HTMLInputElement>(null)
  const linkField = useRef<HTMLInputElement>(null)

  async function submit(event: Event) {
    event.preventDefault()
    if (state.step === 'sending') return
    const refuse = (text: ComponentChild) => {
      setState({ step: 'refused', text })
      emailField.current?.focus()
    }
    const address = email.trim()
    if (!address) return refuse(t.emailMissing)
    // The role comes from the list, so a request the protocol refuses has a bad address.
    if (!v.is(CreateInviteRequestSchema, { email: address, role })) return refuse(t.emailBad(address))
    setState({ step: 'sending' })
    const result = await api.invite(address, role)
    if (!result.ok) return refuse(failureWords(all, result.error, { bad_request: t.emailBad(address), conflict: t.onTeam(address) }))
    setState({ step: 'made', answer: result.value })
    setEmail('')
    const { invite, emailed = false } = result.value
    setEmails(emailed)
    onInvited(emailed ? t.emailed(invite.email) : t.invited(invite.email))
    queueMicrotask(() => linkField.current?.focus())
  }

  const refused = state.step === 'refused'
  return (
    <section class="settings-form" aria-labelledby="invite-title">
      <h3 id="invite-title">{t.invite}</h3>
      <p class="settings-hint">{t.inviteHint}</p>
      <form class="invite-form" noValidate onSubmit={submit}>
        <div class={`settings-field${refused ? ' is-invalid' : ''}`}>
          <label for="invite-email">{t.email}</label>
          <input
            id="invite-email"
            ref={emailField}
            type="email"
            autoComplete="off"
            value={email}
            aria-invalid={refused ? 'true' : undefined}
            aria-describedby={refused ? 'invite-error' : undefined}
            onInput={(e) => {
              setEmail(e.currentTarget.value)
              if (refused) setState({ step: 'idle' })
            }}
          />
          <p id="invite-error" class="settings-error" role="alert">
            {refused ? state.text : ''}
          </p>
        </div>
        <div class="settings-field">
          <label for="invite-role">{t.role}</label>
          <select id="invite-role" value={role} aria-describedby="invite-role-help" onChange={(e) => setRole(e.currentTarget.value as GrantableRole)}>
            {GRANTABLE_ROLES.map((r) => (
              <option key={r} value={r}>
                {roles[r]}
              </option>
            ))}
          </select>
          <p id="invite-role-help" class="settings-hint">
            {t.roleHelp[role]}
          </p>
        </div>
        <div>
          <button type="submit" class="button button-primary" disabled={state.step === 'sending'}>
            {emails ? t.sendInvite : t.createLink}
          </button>
        </div>
      </form>
      {state.step === 'made' && (
        <div class="settings-field invite-link">
          <label for="invite-link">{t.linkFor(state.answer.invite.email)}</label>
          <div class="field-row">
            <input
              id="invite-link"
              ref={linkField}
              class="code"
              type="text"
              readOnly
              value={state.answer.link}
              spellcheck={false}
              aria-describedby="invite-link-hint"
              onFocus={(e) => e.currentTarget.select()}
            />
            <CopyButton text={state.answer.link} what={t.copyLink} target={linkField} />
          </div>
          <p id="invite-link-hint" class="settings-hint">
            {state.answer.emailed ? t.linkEmailed : t.linkByHand} {t.linkHint}
          </p>
        </div>
      )}
    </section>
  )
}
