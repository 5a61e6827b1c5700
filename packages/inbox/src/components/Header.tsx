import { useStore } from '@nanostores/preact'
import type { AgentProfile, InboxAgent } from '../agent.ts'
import { useMessages } from '../i18n/context.ts'
import { hrefFor, type Route } from '../lib/route.ts'
import { onAppLinkClick } from './use-location.ts'

interface Props {
  client: InboxAgent
  agent: AgentProfile
  route: Route
  onSignOut(): void
}

export function Header({ client, agent, route, onSignOut }: Props) {
  const t = useMessages()
  const status = useStore(client.$status)
  const me = useStore(client.$me)
  const name = me?.name ?? agent.name
  const links = [
    { page: 'conversations', label: t.header.conversations, href: hrefFor({ page: 'conversations', conversation: null }) },
    { page: 'insights', label: t.header.insights, href: hrefFor({ page: 'insights' }) },
    { page: 'settings', label: t.header.settings, href: hrefFor({ page: 'settings' }) },
  ] as const
  return (
    <header class="topbar">
      <h1 class="topbar-title">{t.appName}</h1>
      <nav class="topbar-nav" aria-label={t.header.nav}>
        <ul>
          {links.map((link) => (
            <li key={link.page}>
              <a
                href={link.href}
                aria-current={route.page === link.page ? 'page' : undefined}
                onClick={(e) => onAppLinkClick(e, link.href)}
              >
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
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
