import { useEffect, useState } from 'preact/hooks'
import type { AgentProfile, InboxAgent } from '../agent.ts'
import { useMessages } from '../i18n/context.ts'
import type { SessionApi } from '../session/api.ts'
import { Inbox } from './Inbox.tsx'
import { SignIn } from './SignIn.tsx'

interface Props {
  api: SessionApi
  /** Makes the live client once an agent is signed in; core's createAgentClient in the app. */
  createAgent(): InboxAgent
}

type Session =
  | { phase: 'checking' }
  | { phase: 'signed-out'; expired?: boolean }
  | { phase: 'signed-in'; agent: AgentProfile; client: InboxAgent }

export function App({ api, createAgent }: Props) {
  const t = useMessages()
  const [session, setSession] = useState<Session>({ phase: 'checking' })

  function start(agent: AgentProfile) {
    const client = createAgent()
    // The server closes the socket as unauthorized when the cookie expires: sign in again.
    client.on('error', (error) => {
      if (error.code === 'unauthorized') setSession({ phase: 'signed-out', expired: true })
    })
    client.connect()
    setSession({ phase: 'signed-in', agent, client })
  }

  // A valid session cookie skips the sign-in form.
  useEffect(() => {
    let live = true
    void api.me().then((agent) => {
      if (!live) return
      if (agent) start(agent)
      else setSession({ phase: 'signed-out' })
    })
    return () => {
      live = false
    }
  }, [api])

  // The client lives exactly as long as the signed-in session on screen.
  const client = session.phase === 'signed-in' ? session.client : null
  useEffect(() => (client ? () => client.destroy() : undefined), [client])

  async function signOut() {
    setSession({ phase: 'signed-out' })
    await api.logout()
  }

  if (session.phase === 'checking') {
    return (
      <p class="checking" role="status">
        {t.signIn.checking}
      </p>
    )
  }
  if (session.phase === 'signed-out') {
    return <SignIn api={api} onSignedIn={start} expired={session.expired ?? false} />
  }
  return <Inbox client={session.client} agent={session.agent} onSignOut={signOut} />
}
