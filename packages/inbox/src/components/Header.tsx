import { useStore } from '@nanostores/preact'
import type { AgentProfile, InboxAgent } from '../agent.ts'
import { useMessages } from '../i18n/context.ts'

interface Props {
  client: InboxAgent
  agent: AgentProfile
  onSignOut(): void
}

export function Header({ client, agent, onSignOut }: Props) {
  const t = useMessages()
  const status = useStore(client.$status)
  const me = useStore(client.$me)
  const name = me?.name ?? agent.name
  return (
    <header class="topbar">
      <h1 class="topbar-title">{t.appName}</h1>
      <p class="topbar-status" role="status">
        <span class={`status-dot status-${status}`} aria-hidden="true" />
        {t.header.status[status]}
      </p>
      <p class="topbar-agent" title={t.header.signedInAs(name)}>
        {name}
      </p>
      <button type="button" class="button" onClick={onSignOut}>
        {t.header.signOut}
      </button>
    </header>
  )
}
