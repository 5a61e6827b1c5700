import { useEffect, useRef, useState } from 'preact/hooks'
import type { AgentProfile, InboxAgent } from '../agent.ts'
import { CatalogsContext } from '../i18n/context.ts'
import { en, type InboxMessages } from '../i18n/en.ts'
import { isolating } from '../i18n/isolating.ts'
import { browserLanguages, chooseLanguage } from '../i18n/language.ts'
import { useCatalogs } from '../i18n/use-catalogs.ts'
import { BASE, parseRoute } from '../lib/route.ts'
import type { SessionApi } from '../session/api.ts'
import { forgetSession } from '../session/forget.ts'
import { listenForNotices } from './care/notices.ts'
import { Inbox } from './Inbox.tsx'
import { useLazyInvite } from './invite/lazy.ts'
import { SignIn, type SignInNotice } from './SignIn.tsx'
import { navigate, useLocation } from './use-location.ts'

interface Props {
  api: SessionApi
  /** Makes the live client once someone is signed in; core's createAgentClient in the app. */
  createAgent(): InboxAgent
  /** The browser's languages, most wanted first: the inbox's language until the person picks one. */
  languages?: readonly string[]
}

type Session =
  { phase: 'checking' } | { phase: 'signed-out'; notice?: SignInNotice } | { phase: 'signed-in'; agent: AgentProfile; client: InboxAgent }

export function App({ api, createAgent, languages = browserLanguages() }: Props) {
  const [session, setSession] = useState<Session>({ phase: 'checking' })
  const chosen = session.phase === 'signed-in' ? session.agent.preferences?.language : null
  const { catalogs, ready } = useCatalogs(chooseLanguage(chosen, languages))
  // Read by the client's listeners too, which outlive the render that made them.
  const words = useRef<InboxMessages>(en)
  words.current = isolating(catalogs?.main ?? en)
  const t = words.current
  // Read by the client's listeners, which outlive the render that made them.
  const now = useRef(session)
  now.current = session
  // Said once a store switch or a role change has happened (a polite live region, kept across them).
  const [notice, setNotice] = useState('')
  const { pathname, search } = useLocation()
  const onInvitePage = parseRoute(pathname, search).page === 'invite'
  const InvitePage = useLazyInvite(onInvitePage)

  const isCurrent = (client: InboxAgent) => now.current.phase === 'signed-in' && now.current.client === client

  function start(agent: AgentProfile) {
    forgetSession()
    const client = createAgent()
    // The server closes the socket for good (4401) when the session ends: signed out elsewhere,
    // removed from the team, the password changed. Back to sign-in, saying so.
    client.on('error', (error) => {
      if (error.code === 'unauthorized' && isCurrent(client)) setSession({ phase: 'signed-out', notice: 'expired' })
    })
    // After a role or store change the server closes with 1012 and core reconnects; the new
    // welcome is the cue to read the session again, so the pages on offer match the new role.
    let welcomes = 0
    client.$me.listen((me) => {
      if (!me) return
      welcomes++
      const known = now.current.phase === 'signed-in' ? now.current.agent : agent
      if (welcomes > 1 || (me.role && me.role !== known.role) || (me.siteKey && me.siteKey !== known.siteKey)) void refresh(client)
    })
    // Before it connects: the notices kept for them come right after the welcome (care/notices.ts).
    listenForNotices(client)
    client.connect()
    setSession({ phase: 'signed-in', agent, client })
  }

  /** Reads `/api/agent/me` again; a new store means a new client, a new role is announced. */
  async function refresh(client?: InboxAgent) {
    const agent = await api.me()
    const before = now.current
    // No answer is not an ending: a real one arrives as the socket's 4401.
    if (!agent || before.phase !== 'signed-in' || (client && before.client !== client)) return
    if (agent.siteKey !== before.agent.siteKey) return enter(agent)
    setSession({ ...before, agent })
    if (agent.role !== before.agent.role) setNotice(words.current.header.roleChanged(storeName(agent), words.current.roles[agent.role]))
  }

  /** Works in `agent.siteKey` from now on: a fresh client, and the conversation list of that store. */
  function enter(agent: AgentProfile) {
    if (parseRoute(location.pathname, location.search).page === 'conversations') navigate(BASE, { replace: true })
    start(agent)
    setNotice(words.current.header.switched(storeName(agent), words.current.roles[agent.role]))
    refocus.current = true
  }
  // The inbox is drawn anew for the new store: focus goes back to the switcher it was left on.
  const refocus = useRef(false)
  useEffect(() => {
    if (!refocus.current || session.phase !== 'signed-in') return
    refocus.current = false
    document.querySelector<HTMLElement>('.switcher-toggle')?.focus()
  }, [session])

  async function switchStore(siteKey: string) {
    setNotice('')
    const result = await api.switchStore(siteKey)
    if (result.ok) enter(result.agent)
    else if (result.error.code === 'unauthorized') setSession({ phase: 'signed-out', notice: 'expired' })
    else setNotice(words.current.header.switchFailed)
  }

  // A valid session cookie skips the sign-in form. An invitation link is answered first.
  useEffect(() => {
    if (onInvitePage || now.current.phase !== 'checking') return
    let live = true
    void api.me().then((agent) => {
      if (!live) return
      if (agent) start(agent)
      else setSession({ phase: 'signed-out' })
    })
    return () => {
      live = false
    }
  }, [api, onInvitePage])

  // The client lives exactly as long as the signed-in session on screen.
  const client = session.phase === 'signed-in' ? session.client : null
  useEffect(() => (client ? () => client.destroy() : undefined), [client])

  async function signOut() {
    forgetSession()
    setSession({ phase: 'signed-out' })
    await api.logout()
  }

  // Only a first screen in another language than English waits, briefly, for its words.
  if (!ready) return null
  return <CatalogsContext.Provider value={catalogs}>{screen()}</CatalogsContext.Provider>

  function screen() {
    if (onInvitePage) {
      return InvitePage ? (
        <InvitePage
          onAccepted={(agent) => {
            start(agent)
            navigate(BASE, { replace: true })
          }}
        />
      ) : (
        <p class="checking" role="status">
          {t.signIn.checking}
        </p>
      )
    }
    if (session.phase === 'checking') {
      return (
        <p class="checking" role="status">
          {t.signIn.checking}
        </p>
      )
    }
    if (session.phase === 'signed-out') {
      return <SignIn api={api} onSignedIn={start} {...(session.notice ? { notice: session.notice } : {})} />
    }
    return (
      <>
        <Inbox
          key={session.agent.siteKey}
          client={session.client}
          agent={session.agent}
          onSignOut={signOut}
          onSwitchStore={(siteKey) => void switchStore(siteKey)}
          onSessionChanged={() => void refresh()}
          onStoreDeleted={() => setSession({ phase: 'signed-out', notice: 'store_deleted' })}
        />
        <p class="sr-only" role="status">
          {notice}
        </p>
      </>
    )
  }
}

const storeName = (agent: AgentProfile) => agent.stores.find((s) => s.siteKey === agent.siteKey)?.name ?? agent.siteKey
