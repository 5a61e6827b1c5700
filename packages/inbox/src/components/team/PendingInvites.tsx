import type { Invite } from '@attune/protocol'
import type { ComponentChild } from 'preact'
import { useState } from 'preact/hooks'
import { useMessages } from '../../i18n/context.ts'
import { useAccountMessages } from '../../i18n/accounts-context.ts'
import type { TeamApi } from '../../session/team.ts'
import { failureWords } from '../accounts/failure.ts'
import { type DateLanguage, dateFormat } from '../../lib/intl-locale.ts'

interface Props {
  invites: Invite[]
  api: Pick<TeamApi, 'revokeInvite'>
  onRevoked(text: string): void
  /** Formats the expiry; injected so tests do not depend on the machine's time zone. */
  formatTime?: (iso: string) => string
}

const localTime = (iso: string, language: DateLanguage) => dateFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))

/** Invitations not yet accepted, each with when it expires, and "Revoke". */
export function PendingInvites({ invites, api, onRevoked, formatTime }: Props) {
  const messages = useMessages()
  const { roles } = messages
  const all = useAccountMessages()
  const t = all.team
  const [refusal, setRefusal] = useState<ComponentChild>('')

  async function revoke(invite: Invite) {
    setRefusal('')
    const result = await api.revokeInvite(invite.id)
    if (result.ok) {
      onRevoked(t.revoked(invite.email))
      // Its button is gone: land on the section's heading.
      document.getElementById('pending-title')?.focus()
    } else setRefusal(failureWords(all, result.error, { not_found: t.inviteGone(invite.email) }))
  }

  return (
    <section class="settings-form" aria-labelledby="pending-title">
      <h3 id="pending-title" tabIndex={-1}>
        {t.pending}
      </h3>
      {invites.length === 0 ? (
        <p>{t.noPending}</p>
      ) : (
        <ul class="team-list">
          {invites.map((invite) => (
            <li key={invite.id} class="team-row">
              <div class="team-who">
                <span class="team-name">{invite.email}</span>
                <span class="team-email">{t.expires(formatTime ? formatTime(invite.expiresAt) : localTime(invite.expiresAt, messages))}</span>
              </div>
              <span class="team-role role-badge">{roles[invite.role]}</span>
              <button type="button" class="button button-quiet" onClick={() => void revoke(invite)}>
                {t.revoke}
                <span class="sr-only">{t.revokeWhich(invite.email)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <p class="settings-error" role="alert">
        {refusal}
      </p>
    </section>
  )
}
