import { useState } from 'preact/hooks'
import type { AgentProfile, InboxAgent } from '../agent.ts'
import { useMessages } from '../i18n/context.ts'
import { ConversationList } from './ConversationList.tsx'
import { ConversationView } from './ConversationView.tsx'
import { Header } from './Header.tsx'

interface Props {
  client: InboxAgent
  agent: AgentProfile
  onSignOut(): void
}

interface Selection {
  id: string
  /** Kept with the id: a resolved conversation leaves the list but stays on screen. */
  label: string
}

export function Inbox({ client, agent, onSignOut }: Props) {
  const t = useMessages()
  const [selected, setSelected] = useState<Selection | null>(null)

  function back() {
    const id = selected?.id
    setSelected(null)
    // Return focus to the row the agent came from (narrow screens hide the list meanwhile).
    queueMicrotask(() => {
      const row = id && document.querySelector<HTMLElement>(`[data-conversation-id="${CSS.escape(id)}"]`)
      if (row) row.focus()
    })
  }

  return (
    <div class={`app${selected ? ' has-selection' : ''}`}>
      <Header client={client} agent={agent} onSignOut={onSignOut} />
      <div class="panes">
        <nav class="pane pane-list" aria-labelledby="list-title">
          <h2 id="list-title" class="pane-title">
            {t.list.title}
          </h2>
          <ConversationList
            client={client}
            selectedId={selected?.id ?? null}
            onSelect={(id, label) => setSelected({ id, label })}
          />
        </nav>
        <main class="pane pane-conversation">
          {selected ? (
            <ConversationView
              key={selected.id}
              conversation={client.conversation(selected.id)}
              label={selected.label}
              onBack={back}
            />
          ) : (
            <div class="empty">
              <p class="empty-title">{t.conversation.noneSelected}</p>
            </div>
          )}
        </main>
      </div>
    </div>
  )
}
