import { useStore } from '@nanostores/preact'
import type { InboxAgent } from '../agent.ts'
import { useMessages } from '../i18n/context.ts'
import { toConversationRows } from '../lib/conversation-rows.ts'
import { useNow } from './use-now.ts'

interface Props {
  client: InboxAgent
  selectedId: string | null
  onSelect(id: string, label: string): void
}

export function ConversationList({ client, selectedId, onSelect }: Props) {
  const t = useMessages()
  const conversations = useStore(client.$conversations)
  const now = useNow()
  const rows = toConversationRows(conversations, selectedId, now, t)

  if (rows.length === 0) {
    return (
      <div class="empty">
        <p class="empty-title">{t.list.empty}</p>
        <p class="empty-hint">{t.list.emptyHint}</p>
      </div>
    )
  }

  return (
    <ul class="conv-list">
      {rows.map((row) => (
        <li key={row.id}>
          <button
            type="button"
            class={`conv-row${row.waiting ? ' is-waiting' : ''}`}
            data-conversation-id={row.id}
            aria-current={row.current ? 'true' : undefined}
            onClick={() => onSelect(row.id, row.label)}
          >
            <span class="conv-row-top">
              <span class="conv-row-label">{row.label}</span>
              <span class="conv-row-wait">{row.waitingText}</span>
            </span>
            <span class="conv-row-preview">{row.preview}</span>
          </button>
        </li>
      ))}
    </ul>
  )
}
