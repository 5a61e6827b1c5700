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
/** Where the focus lands when the form closes or a Take is answered: a button that opened the form, or the holder line. */
type Landing = { to: 'assign' | 'transfer' | 'holder' }

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
  const holder = useRef<HTMLParagraphElement>(null)
  const openers = { assign: useRef<HTMLButtonElement>(null), transfer: useRef<HTMLButtonElement>(null) }
  const [landing, setLanding] = useState<Landing | null>(null)
  // The form replaces the button that opened it: the focus goes to its first field.
  useEffect(() => void (form && picker.current?.focus()), [form])
  // A pressed control that goes takes the focus with it to <body> (WCAG 2.4.3): it lands where the agent was.
  useEffect(() => {
    if (!landing) return
    const target = landing.to === 'holder' ? holder.current : openers[landing.to].current
    ;(target ?? holder.current)?.focus()
  }, [landing])
  const assignee = summary?.assignee
  const mayAssign = can(role, 'assign')
  if (!summary) return null
  const { id } = summary
  const mayTransfer = assignee !== undefined && (assignee.id === me || mayAssign)
  const others = members.filter((m) => m.id !== (form === 'transfer' ? (assignee?.id ?? me) : assignee?.id))

  function say(result: CallResult<{ assignee: { name: string } }>) {
    if (result.ok) return setSaid(t.done(result.value.assignee.name))
    const refusals: Record<string, string> = { conflict: t.taken, forbidden: t.notYours }
    setSaid(refusals[result.error.code] ?? t.failed)
  }

  async function take() {
    const result = await state.api.take(id)
    say(result)
    // Taken, by this agent or by someone first: "Take" goes, and the focus waits on who holds it now.
    if (result.ok || result.error.code === 'conflict') setLanding({ to: 'holder' })
  }

  async function submit(event: Event) {
    event.preventDefault()
    const which = form
    if (!which || !to) return
    const result = await (which === 'assign' ? state.api.assign(id, to) : state.api.transfer(id, to, note))
    say(result)
    if (!result.ok) return
    setNote('')
    setTo('')
    // An agent who transferred the conversation no longer holds it, nor its "Transfer".
    close(mayAssign ? which : 'holder')
  }

  function open(which: Form) {
    setSaid('')
    setTo('')
    setForm(which)
  }

  function close(target: Landing['to']) {
    setForm(null)
    setLanding({ to: target })
  }

  return (
    <div class="assignment">
      <p class="assignment-holder" tabIndex={-1} ref={holder}>
        {assignee ? (assignee.id === me ? t.assignee.you : t.assignee.to(assignee.name)) : t.assignee.none}
      </p>
      {!form && !assignee && (
        <button type="button" class="button" onClick={() => void take()}>
          {t.take}
        </button>
      )}
      {!form && mayAssign && (
        <button type="button" class="button" ref={openers.assign} onClick={() => open('assign')}>
          {t.assign}
        </button>
      )}
      {!form && mayTransfer && (
        <button type="button" class="button" ref={openers.transfer} onClick={() => open('transfer')}>
          {t.transfer}
        </button>
      )}
      {form && (
        <form class="assignment-form" onSubmit={(e) => void submit(e)}>
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
          <button type="button" class="button button-quiet" onClick={() => close(form)}>
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
