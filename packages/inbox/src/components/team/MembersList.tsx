import type { ComponentChild } from 'preact'
import { useRef, useState } from 'preact/hooks'
import { useMessages } from '../../i18n/context.ts'
import { useAccountMessages } from '../../i18n/accounts-context.ts'
import { GRANTABLE_ROLES, type GrantableRole, type TeamRow } from '../../lib/team-view.ts'
import type { CallFailure } from '../../session/http.ts'
import type { TeamApi } from '../../session/team.ts'
import { Confirm } from '../accounts/Confirm.tsx'
import { failureWords } from '../accounts/failure.ts'

interface Props {
  rows: TeamRow[]
  api: Pick<TeamApi, 'changeRole' | 'removeMember'>
  /** A change was made: announce `text`, and read the team again. */
  onChanged(text: string): void
  onRemoved(text: string): void
}

const isGrantable = (role: string): role is GrantableRole => (GRANTABLE_ROLES as readonly string[]).includes(role)

/**
 * The team, one row per person. A new role is saved as it is picked (no change of context, so
 * WCAG 3.2.2 holds) and announced; removing asks first.
 */
export function MembersList({ rows, api, onChanged, onRemoved }: Props) {
  const roles = useMessages().roles
  const all = useAccountMessages()
  const t = all.team
  const [busy, setBusy] = useState<string | null>(null)
  const [confirming, setConfirming] = useState<string | null>(null)
  const [refusal, setRefusal] = useState<{ id: string; text: ComponentChild } | null>(null)
  const removeButtons = useRef(new Map<string, HTMLButtonElement>())

  // A 404 is that person gone meanwhile: removed by someone else.
  const refuse = (row: TeamRow, error: CallFailure) =>
    setRefusal({ id: row.member.id, text: failureWords(all, error, { not_found: t.memberGone(row.member.name) }) })

  async function changeRole(row: TeamRow, role: string) {
    if (!isGrantable(role) || role === row.member.role) return
    setBusy(row.member.id)
    setRefusal(null)
    const result = await api.changeRole(row.member.id, role)
    setBusy(null)
    if (result.ok) onChanged(t.roleChanged(row.member.name, roles[role]))
    else refuse(row, result.error)
  }

  async function remove(row: TeamRow) {
    setBusy(row.member.id)
    setRefusal(null)
    const result = await api.removeMember(row.member.id)
    setBusy(null)
    setConfirming(null)
    if (result.ok) onRemoved(t.removed(row.member.name))
    else refuse(row, result.error)
  }

  return (
    <ul class="team-list">
      {rows.map((row) => {
        const { member } = row
        const selectId = `role-${member.id}`
        const errorId = `member-${member.id}-error`
        const refused = refusal?.id === member.id
        return (
          <li key={member.id} class="team-row">
            <div class="team-who">
              <span class="team-name">
                {member.name} {row.isYou && <span class="muted">{t.you}</span>}
              </span>
              <span class="team-email">{member.email}</span>
            </div>
            {row.changeRole ? (
              <div class="team-role">
                <label for={selectId} class="sr-only">
                  {t.roleOf(member.name)}
                </label>
                <select
                  id={selectId}
                  value={member.role}
                  disabled={busy === member.id}
                  aria-describedby={refused ? errorId : undefined}
                  onChange={(e) => void changeRole(row, e.currentTarget.value)}
                >
                  {GRANTABLE_ROLES.map((role) => (
                    <option key={role} value={role}>
                      {roles[role]}
                    </option>
                  ))}
                </select>
              </div>
            ) : (
              <span class="team-role role-badge">{roles[member.role]}</span>
            )}
            {row.remove &&
              (confirming === member.id ? (
                <Confirm
                  id={`remove-${member.id}`}
                  question={t.removeQuestion(member.name)}
                  yes={t.removeYes}
                  busy={busy === member.id}
                  onYes={() => void remove(row)}
                  onCancel={() => {
                    setConfirming(null)
                    queueMicrotask(() => removeButtons.current.get(member.id)?.focus())
                  }}
                />
              ) : (
                <button
                  type="button"
                  class="button button-quiet"
                  ref={(el) => void (el ? removeButtons.current.set(member.id, el) : removeButtons.current.delete(member.id))}
                  onClick={() => setConfirming(member.id)}
                >
                  {t.remove}
                  <span class="sr-only">{t.removeWhich(member.name)}</span>
                </button>
              ))}
            {refused && (
              <p id={errorId} class="settings-error team-error" role="alert">
                {refusal.text}
              </p>
            )}
          </li>
        )
      })}
    </ul>
  )
}
