import { useStore } from '@nanostores/preact'
import { can, type ConversationSummary } from '@attune/protocol'
import { useEffect, useRef, useState } from 'preact/hooks'
import type { AgentProfile, InboxAgent } from '../../agent.ts'
import { useTeamMessages } from '../../i18n/team-context.ts'
import type { CallResult } from '../../session/http.ts'
import { teamState } from './team-state.ts'

interface Props {
  client: InboxAgent
  /** Absent once the conversation left the list (resolved): nothing to hold then. */
  summary: ConversationSummary | undefined
  agent: Pick<AgentProfile, 'id' | 'role'>
}

type Form = 'assign' | 'transfer' | null

/**
 * The conversation's holder and what may be done about it: "Take" while nobody holds it,
 * "Assign" for managers and up, "Transfer" with a note for its holder. The note of the transfer
 * that brought it is shown to the team (the shopper never sees it); each outcome is announced.
 */
export function ConversationAssignment({ client, summary, agent }: Props) {
  const { id: me, role } = agent
  const t = useTeamMessages()
  const state = teamState(client)
  const members = useStore(state.$members)
  const [form, setForm] = useState<Form>(null)
  const [to, setTo] = useState('')
  const [note, setNote] = useState('')
  const [said, setSaid] = useState('')
  const picker = useRef<HTMLSelectElement>(null)
  // The form replaces the button that opened it: the focus goes to its first field.
  useEffect(() => void (form && picker.current?.focus()), [form])
  const assignee = summary?.assignee
  const mayAssign = can(role, 'assign')
  if (!summary) return null
  const { id } = summary
  const mayTransfer = assignee !== undefined && (assignee.id === me || mayAssign)
  const others = members.filter((m) => m.id !== (form === 'transfer' ? (assignee?.id ?? me) : assignee?.id))

  async function settle(result: CallResult<{ assignee: { name: string } }>) {
    if (result.ok) {
      setForm(null)
      setNote('')
      setTo('')
      return setSaid(t.done(result.value.assignee.name))
    }
    const refusals: Record<string, string> = { conflict: t.taken, forbidden: t.notYours }
    setSaid(refusals[result.error.code] ?? t.failed)
  }

  function submit(event: Event) {
    event.preventDefault()
    if (!to) return
    void (form === 'assign' ? state.api.assign(id, to) : state.api.transfer(id, to, note)).then(settle)
  }

  function open(which: Form) {
    setSaid('')
    setTo('')
    setForm(which)
  }

  return (
    <div class="assignment">
      <p class="assignment-holder">{assignee ? (assignee.id === me ? t.assignee.you : t.assignee.to(assignee.name)) : t.assignee.none}</p>
      {!form && !assignee && (
        <button type="button" class="button" onClick={() => void state.api.take(id).then(settle)}>
          {t.take}
        </button>
      )}
      {!form && mayAssign && (
        <button type="button" class="button" onClick={() => open('assign')}>
          {t.assign}
        </button>
      )}
      {!form && mayTransfer && (
        <button type="button" class="button" onClick={() => open('transfer')}>
          {t.transfer}
        </button>
      )}
      {form && (
        <form class="assignment-form" onSubmit={submit}>
          <label>
            {t.to}
            <select ref={picker} value={to} required onChange={(e) => setTo((e.currentTarget as HTMLSelectElement).value)}>
              <option value="">{t.choose}</option>
              {others.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </label>
          {form === 'transfer' && (
            <label>
              {t.note}
              <textarea
                dir="auto"
                value={note}
                maxLength={500}
                aria-describedby="transfer-note-hint"
                onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)}
              />
              <span id="transfer-note-hint" class="field-hint">
                {t.noteHint}
              </span>
            </label>
          )}
          <button type="submit" class="button button-primary">
            {form === 'assign' ? t.assign : t.transfer}
          </button>
          <button type="button" class="button button-quiet" onClick={() => setForm(null)}>
            {t.cancel}
          </button>
        </form>
      )}
      {summary.transfer && (
        <p class="assignment-note">
          <strong>{t.noteFrom(summary.transfer.by)}:</strong> <bdi>{summary.transfer.note}</bdi>
        </p>
      )}
      <p class="assignment-said" role="status">
        {said}
      </p>
    </div>
  )
}
