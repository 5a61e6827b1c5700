import type { ConversationSummary } from '@attune/protocol'
import type { InboxAgent } from '../../agent.ts'
import { useTeamMessages } from '../../i18n/team-context.ts'
import { teamState } from './team-state.ts'

interface Props {
  client: InboxAgent
  conversation: ConversationSummary
  me: string
  /** The row's label ("Visitor 3f2a"), for the Take button's accessible name. */
  label: string
  onTaken(id: string): void
  /** Said under the list: the row itself leaves when a colleague took it first. */
  onRefused(message: string): void
}

/** Beside a row: who holds it, or "Take" while nobody does (one wins of two at once; the other is told). */
export function RowAssignment({ client, conversation, me, label, onTaken, onRefused }: Props) {
  const t = useTeamMessages()
  const assignee = conversation.assignee
  if (assignee) return <span class="conv-row-assignee">{assignee.id === me ? t.assignee.you : t.assignee.to(assignee.name)}</span>

  async function take() {
    const result = await teamState(client).api.take(conversation.id)
    if (result.ok) return onTaken(conversation.id)
    onRefused(result.error.code === 'conflict' ? t.taken : t.failed)
  }
  return (
    <span class="conv-row-take">
      <button type="button" class="button button-small" aria-label={t.takeWhich(label)} onClick={take}>
        {t.take}
      </button>
    </span>
  )
}
