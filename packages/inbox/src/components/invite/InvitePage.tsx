import type { InviteLookupResponse } from '@attune/protocol'
import { useEffect, useState } from 'preact/hooks'
import type { AgentProfile } from '../../agent.ts'
import { useMessages } from '../../i18n/context.ts'
import { useAccountMessages } from '../../i18n/accounts-context.ts'
import { takeInviteToken } from '../../lib/invite-token.ts'
import { BASE } from '../../lib/route.ts'
import type { CallError } from '../../session/http.ts'
import { createInviteApi, type InviteApi } from '../../session/invites.ts'
import { JoinForm } from './JoinForm.tsx'

interface Props {
  /** The same-origin endpoints when not given. */
  api?: InviteApi
  /** Joined and signed in: the inbox opens in the store. */
  onAccepted(agent: AgentProfile): void
}

type Lookup =
  | { state: 'checking' }
  | { state: 'dead'; reason: 'no_token' | 'not_found' | 'expired' | 'network' | 'server' }
  | { state: 'found'; token: string; invite: InviteLookupResponse }

const deadReason = (code: CallError) => (code === 'not_found' || code === 'expired' || code === 'network' ? code : 'server')

/**
 * `/inbox/invite#<token>`: says which store and role the link is for, then asks for a name and a
 * new password (or, for someone with an account, its password) and signs the person in.
 */
export function InvitePage({ api: given, onAccepted }: Props) {
  const [api] = useState(() => given ?? createInviteApi())
  const t = useAccountMessages().invite
  const messages = useMessages()
  const roles = messages.roles
  // Read once, and cleared from the address bar at once (lib/invite-token.ts).
  const [token] = useState(() => takeInviteToken())
  const [lookup, setLookup] = useState<Lookup>(token ? { state: 'checking' } : { state: 'dead', reason: 'no_token' })

  useEffect(() => {
    if (!token) return
    let live = true
    void api.lookup(token).then((result) => {
      if (!live) return
      setLookup(result.ok ? { state: 'found', token, invite: result.value } : { state: 'dead', reason: deadReason(result.error.code) })
    })
    return () => {
      live = false
    }
  }, [token])

  return (
    <main class="signin">
      <div class="signin-card invite-card">
        {lookup.state === 'found' ? (
          <>
            <h1 id="invite-title">{t.title(lookup.invite.storeName)}</h1>
            <p>{t.as(roles[lookup.invite.role], lookup.invite.email)}</p>
            <JoinForm api={api} token={lookup.token} invite={lookup.invite} onAccepted={onAccepted} />
          </>
        ) : (
          <>
            <h1>{messages.appName}</h1>
            {lookup.state === 'checking' ? (
              <p role="status">{t.checking}</p>
            ) : (
              <>
                <p class="signin-error" role="alert">
                  {lookup.reason === 'no_token' ? t.noToken : t[lookup.reason]}
                </p>
                <a class="button" href={BASE}>
                  {t.toSignIn}
                </a>
              </>
            )}
          </>
        )}
      </div>
    </main>
  )
}
