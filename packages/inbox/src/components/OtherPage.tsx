import type { AgentProfile } from '../agent.ts'
import { useMessages } from '../i18n/context.ts'
import type { InsightsApi } from '../insights/api.ts'
import type { NavPage } from '../lib/access.ts'
import type { SettingsApi } from '../session/settings.ts'
import { useLazyCare } from './care/lazy.ts'
import { useLazyFollowUps } from './follow-ups/lazy.ts'
import { useLazyInsights } from './insights/lazy.ts'
import { useLazySettings } from './settings/lazy.ts'
import { useLazyStore } from './store/lazy.ts'
import { useLazyTeam } from './team/lazy.ts'

interface Props {
  page: Exclude<NavPage, 'conversations'>
  agent: AgentProfile
  search: string
  insights?: InsightsApi
  settings?: SettingsApi
  onSessionChanged(): void
  onStoreDeleted(): void
}

/**
 * Insights, Settings, Canned replies, Store and Team: each a chunk of its own, fetched on the first visit (the
 * first screen's budget); meanwhile the page's title and "Loading…" in a live region.
 */
export function OtherPage({ page, agent, search, insights, settings, onSessionChanged, onStoreDeleted }: Props) {
  const t = useMessages()
  const Insights = useLazyInsights(page === 'insights')
  const Settings = useLazySettings(page === 'settings')
  const Store = useLazyStore(page === 'store')
  const Team = useLazyTeam(page === 'team')
  const FollowUps = useLazyFollowUps(page === 'follow-ups')
  // Canned replies come with agent care's chunk (care/care-ui.ts), not one of their own.
  const Canned = useLazyCare(page === 'canned-replies')?.CannedPage

  const body =
    page === 'insights'
      ? Insights && <Insights search={search} {...(insights ? { api: insights } : {})} />
      : page === 'settings'
        ? Settings && <Settings {...(settings ? { api: settings } : {})} />
        : page === 'store'
          ? Store && <Store agent={agent} onSessionChanged={onSessionChanged} onStoreDeleted={onStoreDeleted} />
          : page === 'follow-ups'
            ? FollowUps && <FollowUps />
            : page === 'canned-replies'
              ? Canned && <Canned />
              : Team && <Team agent={agent} onSessionChanged={onSessionChanged} />

  return (
    body || (
      <main class="settings" aria-labelledby="page-title">
        <h2 id="page-title">{t.header[page]}</h2>
        <p role="status">{t.header.loading}</p>
      </main>
    )
  )
}
