import { useStore } from '@nanostores/preact'
import type { ComponentChildren } from 'preact'
import type { AgentProfile, InboxAgent } from '../agent.ts'
import { useMessages } from '../i18n/context.ts'
import { navPages } from '../lib/access.ts'
import { hrefFor, type Route } from '../lib/route.ts'
import { keepWhole } from '../lib/keep-whole.ts'
import { showWhole } from '../lib/show-whole.ts'
import { StoreSwitcher } from './StoreSwitcher.tsx'
import { onAppLinkClick } from './use-location.ts'

interface Props {
  client: InboxAgent
  agent: AgentProfile
  route: Route
  onSignOut(): void
  onSwitchStore(siteKey: string): void
  /** The person's "Status" menu (issue 14), when its chunk has arrived. */
  children?: ComponentChildren
  /** The alerts' bar (Attention), when its chunk has arrived: at the end of the pages' row. */
  tools?: ComponentChildren
}

/**
 * The app's bar: the connection, the store and role, then on a row of its own the pages the
 * person's role may open (an owner's seven did not fit beside the rest at 1,280 px, and wrapped
 * into two ragged rows) and, at its end, the alerts' buttons, which took a row of their own. On a
 * phone, and in landscape where the buttons leave them too little room, the pages scroll sideways,
 * a shadow at the edge with more (styles.css, as the views' tabs).
 */
export function Header({ client, agent, route, onSignOut, onSwitchStore, children, tools }: Props) {
  const t = useMessages()
  const status = useStore(client.$status)
  return (
    <header class="topbar">
      <h1 class="topbar-title">{t.appName}</h1>
      <p class="topbar-status" role="status">
        <span class={`status-dot status-${status}`} aria-hidden="true" />
        {t.header.status[status]}
      </p>
      {children}
      <StoreSwitcher agent={agent} onSwitch={onSwitchStore} />
      <p class="topbar-agent" title={t.header.signedInAs(agent.name)}>
        {agent.name}
      </p>
      <button type="button" class="button" onClick={onSignOut}>
        {t.header.signOut}
      </button>
      <div class="topbar-row">
        <nav class="topbar-nav" aria-label={t.header.nav} onFocusIn={(e) => showWhole(e.target as Element)}>
          {/* The row scrolls sideways on a phone: turned, or narrowed, it keeps the page opened whole. */}
          <ul ref={keepWhole}>
            {navPages(agent.role).map((page) => {
              const href = hrefFor(page === 'conversations' ? { page, conversation: null } : { page })
              const current = route.page === page
              return (
                <li key={page}>
                  <a
                    href={href}
                    aria-current={current ? 'page' : undefined}
                    // The page opened shows whole on a phone (Team, an owner's last, was out of sight
                    // on its own page): a ref, so it runs as a link becomes the current one, not on every render.
                    ref={current ? showWhole : undefined}
                    onClick={(e) => onAppLinkClick(e, href)}
                  >
                    {t.header[page]}
                  </a>
                </li>
              )
            })}
          </ul>
        </nav>
        {tools}
      </div>
    </header>
  )
}
