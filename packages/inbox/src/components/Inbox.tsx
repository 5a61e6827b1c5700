import { can } from '@attune/protocol'
import { useStore } from '@nanostores/preact'
import { useEffect, useMemo, useState } from 'preact/hooks'
import type { AgentProfile, InboxAgent } from '../agent.ts'
import { useMessages } from '../i18n/context.ts'
import type { InsightsApi } from '../insights/api.ts'
import { mayOpen } from '../lib/access.ts'
import { conversationLabel } from '../lib/conversation-rows.ts'
import { visitorShortId } from '../lib/labels.ts'
import { BASE, hrefFor, parseRoute } from '../lib/route.ts'
import { forgetConversation } from '../session/forget.ts'
import type { SettingsApi } from '../session/settings.ts'
import type { HistoryApi } from '../session/history.ts'
import { createVisitorApi, type VisitorApi } from '../session/visitors.ts'
import type { UploadFile } from '../session/uploads.ts'
import { useLazyAttention } from './attention/lazy.ts'
import { useLazyCare } from './care/lazy.ts'
import { useLazyAlerts } from './history-lazy.ts'
import { ConversationList, ListAnnouncement } from './ConversationList.tsx'
import { ConversationView } from './ConversationView.tsx'
import { Header } from './Header.tsx'
import { OtherPage } from './OtherPage.tsx'
import { useLazySearch } from './search/lazy.ts'
import { navigate, useLocation } from './use-location.ts'

interface Props {
  client: InboxAgent
  agent: AgentProfile
  onSignOut(): void
  onSwitchStore(siteKey: string): void
  /** A page changed the person's role or the store's name: read the session again. */
  onSessionChanged(): void
  /** The owner deleted the store. */
  onStoreDeleted(): void
  /** The insights endpoints; the Insights page makes them for the agent's time zone when not given. */
  insights?: InsightsApi
  /** Makes the file uploader for the agent's site; the XMLHttpRequest one when not given. */
  createUpload?: (siteKey: string) => UploadFile
  /** The settings endpoints; the Settings page makes the same-origin ones when not given. */
  settings?: SettingsApi
  /** A shopper's erasure; the same-origin endpoint when not given. */
  visitors?: VisitorApi
  /** The shopper's earlier chats for the card; the same-origin endpoint when not given. */
  history?: HistoryApi
}

interface Selection {
  id: string
  /** Kept with the id: a resolved conversation leaves the list but stays on screen. */
  label: string
  /** Its shopper was erased while it was open: a notice stands in its place, and nothing of it. */
  erased?: true
}

/**
 * The uploader (core's XMLHttpRequest transport and the answer's schema) arrives with the first
 * file an agent attaches, in a chunk of its own: not every agent attaches, and the first screen
 * is under a budget (.size-limit.cjs).
 */
const uploadLater =
  (siteKey: string): UploadFile =>
  async (file, onProgress) =>
    (await import('../session/uploads.ts')).createUploader(siteKey)(file, onProgress)

export function Inbox(props: Props) {
  const { client, agent, onSignOut, onSwitchStore, insights, createUpload = uploadLater, settings, visitors } = props
  const t = useMessages()
  const [selected, setSelected] = useState<Selection | null>(null)
  const [errors] = useState(() => (listener: (error: { code: string }) => void) => client.on('error', listener))
  const [visitorApi] = useState(() => visitors ?? createVisitorApi())
  // The card's earlier chats: the same-origin endpoint (made in their chunk) unless one is given.
  const [history] = useState(() => (props.history ? { api: props.history } : {}))
  // Shoppers deleted in this session: their rows leave the list, the search and "Resolved" at once.
  const [hiddenVisitors, setHiddenVisitors] = useState<ReadonlySet<string>>(() => new Set())
  const [notice, setNotice] = useState('')
  // The list shows one tag's conversations, or all (issue 14).
  const [tag, setTag] = useState<string | null>(null)
  // Care's cards and, with them, the team's views, Status menu and Take / Assign / Transfer (issue 14).
  const ui = useLazyCare(true)
  const conversations = useStore(client.$conversations)
  // Uploads name the store the session works in (/api/agent/me).
  const siteKey = agent.siteKey
  const upload = useMemo(() => (siteKey ? createUpload(siteKey) : undefined), [siteKey])
  const summary = selected ? conversations.find((c) => c.id === selected.id) : undefined
  const { pathname, search } = useLocation()
  const asked = parseRoute(pathname, search)
  // A page the role may not open (typed in, or left open while the role changed) is not shown.
  const allowed = asked.page !== 'invite' && mayOpen(agent.role, asked.page)
  const route = allowed ? asked : ({ page: 'conversations', conversation: null } as const)
  useEffect(() => {
    if (!allowed) navigate(BASE, { replace: true })
  }, [allowed])

  // A link from the insights page names a conversation (it may be resolved): open it.
  const linked = route.page === 'conversations' ? route.conversation : null
  useEffect(() => {
    if (!linked || linked === selected?.id) return
    const known = conversations.find((c) => c.id === linked)
    select({ id: linked, label: known ? conversationLabel(known, t) : t.conversation.linked(visitorShortId(linked)) })
  }, [linked])

  /** Opens a conversation from anywhere in the inbox (a shortcut, a clicked notification). */
  function open(id: string) {
    const known = conversations.find((c) => c.id === id)
    select({ id, label: known ? conversationLabel(known, t) : t.conversation.linked(visitorShortId(id)) })
    if (route.page !== 'conversations') navigate(hrefFor({ page: 'conversations', conversation: id }))
  }

  function select(next: Selection) {
    setNotice('')
    setSelected(next)
    // A row picked from the list: the URL stops naming another conversation, so a link to that
    // one (search, earlier chats) changes the URL again and opens it.
    if (route.page === 'conversations' && route.conversation && route.conversation !== next.id) navigate(BASE, { replace: true })
  }

  // A shopper erased, from this inbox or anywhere else (their right to erasure): what the inbox
  // kept of their conversation goes (its draft, its notes), their rows leave every list, and the
  // conversation, if open, gives way to a notice. Core has already forgotten its messages.
  useEffect(
    () =>
      client.on('erased', ({ id, visitorId }) => {
        forgetConversation(id)
        setHiddenVisitors((current) => new Set(current).add(visitorId))
        setSelected((current) => (current?.id === id ? { id, label: '', erased: true } : current))
      }),
    [client],
  )

  /** The shopper's data is gone: leave the conversation, drop its row, and say it is done. */
  function deleted(visitorId: string) {
    setHiddenVisitors((current) => new Set(current).add(visitorId))
    leaveGone()
    setNotice(t.conversation.deleted)
  }

  /** Leaves a conversation gone for good: the address stops naming it, and the list's title takes the focus. */
  function leaveGone() {
    setSelected(null)
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

  // Alerts and keyboard shortcuts (issue 14): in the header, the same place on every page, so they are kept.
  const Attention = useLazyAttention(true)
  const header = (
    <Header
      client={client}
      agent={agent}
      route={route}
      onSignOut={onSignOut}
      onSwitchStore={onSwitchStore}
      tools={Attention && <Attention client={client} agent={agent} openId={selected?.id ?? null} onOpen={open} />}
    >
      {ui && <ui.PresenceMenu client={client} />}
    </Header>
  )
  // Care offers and hand-off alerts follow the person to every page (issue 16).
  const care = ui && <ui.CareNotices conversations={conversations} />
  // The server alerts only these roles; the inbox shows the strip only where it can be filled.
  const mayAlert = can(agent.role, 'receive_alerts')
  const ComplaintAlerts = useLazyAlerts(mayAlert)
  const alerts = mayAlert && ComplaintAlerts && <ComplaintAlerts client={client} />
  // Search and the "Resolved" list (issue 14) arrive in a chunk of their own, just after the list.
  const searchChunk = useLazySearch(route.page === 'conversations')
  if (route.page !== 'conversations') {
    // The same element and Header as the conversations view, so the header is kept, not redrawn.
    return (
      <div class={`app app-page app-${route.page}`}>
        {header}
        {alerts}
        <OtherPage
          page={route.page}
          agent={agent}
          search={search}
          {...(insights ? { insights } : {})}
          {...(settings ? { settings } : {})}
          onSessionChanged={props.onSessionChanged}
          onStoreDeleted={props.onStoreDeleted}
        />
        {care}
      </div>
    )
  }

  const openList = (
    <>
      <h2 id="list-title" class="pane-title" tabIndex={-1}>
        {t.list.title}
      </h2>
      {ui && <ui.TagFilter client={client} conversations={conversations} value={tag} onChange={setTag} />}
      {ui ? (
        <ui.TeamList
          client={client}
          agent={agent}
          selectedId={selected?.id ?? null}
          onSelect={(id, label) => select({ id, label })}
          hiddenVisitors={hiddenVisitors}
          onRefused={setNotice}
          tag={tag}
          resolved={searchChunk && <searchChunk.ResolvedList selectedId={selected?.id ?? null} hiddenVisitors={hiddenVisitors} />}
        />
      ) : (
        <ConversationList
          tag={tag}
          client={client}
          selectedId={selected?.id ?? null}
          onSelect={(id, label) => select({ id, label })}
          hiddenVisitors={hiddenVisitors}
        />
      )}
    </>
  )
  return (
    <div class={`app${selected ? ' has-selection' : ''}`}>
      {header}
      {alerts}
      <div class="panes">
        <nav class="pane pane-list" aria-labelledby="list-title">
          {searchChunk ? <searchChunk.SearchSidebar list={openList} selectedId={selected?.id ?? null} hiddenVisitors={hiddenVisitors} /> : openList}
          {/* The list's live region, here rather than in the list: the chunks above make a new list when they arrive. */}
          <ListAnnouncement client={client} />
          {/* Always in the DOM, so "Deleted." is announced when it fills in; shown under the title. */}
          <p class="inbox-notice" role="status">
            {notice}
          </p>
        </nav>
        <main class="pane pane-conversation">
          {selected?.erased ? (
            ui && <ui.ErasedNotice onBack={leaveGone} />
          ) : selected ? (
            <ConversationView
              key={selected.id}
              conversation={client.conversation(selected.id)}
              label={summary ? conversationLabel(summary, t) : selected.label}
              summary={summary}
              errors={errors}
              onBack={back}
              upload={upload}
              deleteVisitor={can(agent.role, 'erase_visitors') ? visitorApi.deleteVisitor : undefined}
              onDeleted={deleted}
              history={history}
              thaiVoice={agent.preferences?.thaiVoice}
              agent={agent}
              assignment={ui && <ui.ConversationAssignment client={client} summary={summary} agent={agent} />}
            />
          ) : (
            <div class="empty">
              <p class="empty-title">{t.conversation.noneSelected}</p>
            </div>
          )}
        </main>
      </div>
      {care}
    </div>
  )
}
