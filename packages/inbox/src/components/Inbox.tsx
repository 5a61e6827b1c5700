import { useStore } from '@nanostores/preact'
import { useEffect, useMemo, useState } from 'preact/hooks'
import type { AgentProfile, InboxAgent } from '../agent.ts'
import { useMessages } from '../i18n/context.ts'
import { createInsightsApi, type InsightsApi } from '../insights/api.ts'
import { conversationLabel } from '../lib/conversation-rows.ts'
import { visitorShortId } from '../lib/labels.ts'
import { hrefFor, parseRoute } from '../lib/route.ts'
import { createStoreApi, type StoreApi } from '../session/settings.ts'
import { createUploader, type UploadFile } from '../session/uploads.ts'
import { ConversationList } from './ConversationList.tsx'
import { ConversationView } from './ConversationView.tsx'
import { Header } from './Header.tsx'
import { useLazyInsights } from './insights/lazy.ts'
import { useLazySettings } from './settings/lazy.ts'
import { navigate, useLocation } from './use-location.ts'

interface Props {
  client: InboxAgent
  agent: AgentProfile
  onSignOut(): void
  /** The insights endpoints; made for the agent's time zone when not given. */
  insights?: InsightsApi
  /** Makes the file uploader for the agent's site; the XMLHttpRequest one when not given. */
  createUpload?: (siteKey: string) => UploadFile
  /** The settings and visitor-deletion endpoints; the same-origin ones when not given. */
  store?: StoreApi
}

interface Selection {
  id: string
  /** Kept with the id: a resolved conversation leaves the list but stays on screen. */
  label: string
}

const localTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone

export function Inbox({ client, agent, onSignOut, insights, createUpload = createUploader, store }: Props) {
  const t = useMessages()
  const [selected, setSelected] = useState<Selection | null>(null)
  const [errors] = useState(() => (listener: (error: { code: string }) => void) => client.on('error', listener))
  const [api] = useState(() => insights ?? createInsightsApi(localTimeZone()))
  const [storeApi] = useState(() => store ?? createStoreApi())
  // Shoppers deleted in this session: their rows leave the list at once.
  const [hiddenVisitors, setHiddenVisitors] = useState<ReadonlySet<string>>(() => new Set())
  const [notice, setNotice] = useState('')
  const conversations = useStore(client.$conversations)
  // The site key comes with the session (/api/agent/me) or the socket's welcome; without one
  // there is nowhere to upload to, so the composer offers no "Attach a file".
  const me = useStore(client.$me)
  const siteKey = agent.siteKey ?? me?.siteKey
  const upload = useMemo(() => (siteKey ? createUpload(siteKey) : undefined), [siteKey])
  const summary = selected ? conversations.find((c) => c.id === selected.id) : undefined
  const { pathname, search } = useLocation()
  const route = parseRoute(pathname, search)

  // A link from the insights page names a conversation (it may be resolved): open it.
  const linked = route.page === 'conversations' ? route.conversation : null
  useEffect(() => {
    if (!linked || linked === selected?.id) return
    const known = conversations.find((c) => c.id === linked)
    select({ id: linked, label: known ? conversationLabel(known, t) : t.insights.open(visitorShortId(linked)) })
  }, [linked])

  function select(next: Selection) {
    setNotice('')
    setSelected(next)
  }

  /** The shopper's data is gone: leave the conversation, drop its row, and say it is done. */
  function deleted(visitorId: string) {
    setHiddenVisitors((current) => new Set(current).add(visitorId))
    setSelected(null)
    setNotice(t.conversation.deleted)
    if (route.page === 'conversations' && route.conversation) navigate(hrefFor({ page: 'conversations', conversation: null }), { replace: true })
    queueMicrotask(() => document.getElementById('list-title')?.focus())
  }

  function back() {
    const id = selected?.id
    setSelected(null)
    // Return focus to the row the agent came from (narrow screens hide the list meanwhile).
    queueMicrotask(() => {
      const row = id && document.querySelector<HTMLElement>(`[data-conversation-id="${CSS.escape(id)}"]`)
      if (row) row.focus()
    })
  }

  const InsightsPage = useLazyInsights(route.page === 'insights')
  const SettingsPage = useLazySettings(route.page === 'settings')
  if (route.page === 'settings') {
    return (
      <div class="app app-settings">
        <Header client={client} agent={agent} route={route} onSignOut={onSignOut} />
        {SettingsPage ? (
          <SettingsPage api={storeApi} />
        ) : (
          <main class="settings" aria-labelledby="settings-title">
            <h2 id="settings-title">{t.settings.title}</h2>
            <p role="status">{t.settings.loading}</p>
          </main>
        )}
      </div>
    )
  }
  if (route.page === 'insights') {
    return (
      <div class="app app-insights">
        <Header client={client} agent={agent} route={route} onSignOut={onSignOut} />
        {InsightsPage ? (
          <InsightsPage api={api} search={search} />
        ) : (
          <main class="insights" aria-labelledby="insights-title">
            <h2 id="insights-title">{t.insights.title}</h2>
            <p role="status">{t.insights.loading}</p>
          </main>
        )}
      </div>
    )
  }

  return (
    <div class={`app${selected ? ' has-selection' : ''}`}>
      <Header client={client} agent={agent} route={route} onSignOut={onSignOut} />
      <div class="panes">
        <nav class="pane pane-list" aria-labelledby="list-title">
          <h2 id="list-title" class="pane-title" tabIndex={-1}>
            {t.list.title}
          </h2>
          <ConversationList
            client={client}
            selectedId={selected?.id ?? null}
            onSelect={(id, label) => select({ id, label })}
            hiddenVisitors={hiddenVisitors}
          />
          {/* Always in the DOM, so "Deleted." is announced when it fills in; shown under the title. */}
          <p class="inbox-notice" role="status">
            {notice}
          </p>
        </nav>
        <main class="pane pane-conversation">
          {selected ? (
            <ConversationView
              key={selected.id}
              conversation={client.conversation(selected.id)}
              label={selected.label}
              summary={summary}
              errors={errors}
              onBack={back}
              upload={upload}
              deleteVisitor={storeApi.deleteVisitor}
              onDeleted={deleted}
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
