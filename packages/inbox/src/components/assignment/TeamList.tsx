import { useStore } from '@nanostores/preact'
import type { ComponentChildren } from 'preact'
import type { AgentProfile, InboxAgent } from '../../agent.ts'
import { useState } from 'preact/hooks'
import { defaultView, inView, type ViewId } from '../../lib/views.ts'
import { ConversationList } from '../ConversationList.tsx'
import { RowAssignment } from './RowAssignment.tsx'
import { TeamPresence } from './TeamPresence.tsx'
import { ViewTabs } from './ViewTabs.tsx'

interface Props {
  client: InboxAgent
  agent: AgentProfile
  selectedId: string | null
  onSelect(id: string, label: string): void
  hiddenVisitors: ReadonlySet<string>
  /** A take refused (someone was first): said under the list, since the row itself leaves. */
  onRefused(message: string): void
  /** Only the conversations with this tag; null or absent: all. */
  tag?: string | null
  /** The "Resolved" view's list (the search chunk's), shown in the tabpanel when that view is chosen. */
  resolved?: ComponentChildren
}

/**
 * The list as the team works it (issue 14): the view tabs with their counts above it, the list
 * as their tabpanel showing the chosen view, beside each row who holds it or "Take", and who of
 * the team is online below. It
 * arrives with its chunk; until then the first screen shows the plain list.
 */
export function TeamList({ client, agent, selectedId, onSelect, hiddenVisitors, onRefused, tag, resolved }: Props) {
  const [view, setView] = useState<ViewId>(() => defaultView(agent.role))
  const conversations = useStore(client.$conversations)
  return (
    <>
      <ViewTabs role={agent.role} me={agent.id} conversations={conversations} current={view} onChange={setView} panelId="conversation-list" />
      <div id="conversation-list" role="tabpanel" aria-labelledby={`view-tab-${view}`}>
        {view === 'resolved' ? (
          resolved
        ) : (
          <ConversationList
            tag={tag}
            client={client}
            selectedId={selectedId}
            onSelect={onSelect}
            hiddenVisitors={hiddenVisitors}
            visible={(c) => inView(view, c, agent.id)}
            aside={(id, label) => {
              const conversation = conversations.find((c) => c.id === id)
              return (
                conversation && (
                  <RowAssignment
                    client={client}
                    conversation={conversation}
                    me={agent.id}
                    label={label}
                    onTaken={() => onSelect(id, label)}
                    onRefused={onRefused}
                  />
                )
              )
            }}
          />
        )}
      </div>
      <TeamPresence client={client} me={agent.id} />
    </>
  )
}
