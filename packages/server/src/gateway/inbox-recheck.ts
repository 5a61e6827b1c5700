import type { SessionAgent, Sessions, SessionStanding } from '../auth/sessions.ts'
import { topics, type Bus, type RevokedMessage } from '../bus.ts'
import { log } from '../logger.ts'

/**
 * How often every open inbox's session and role are read again when nothing else asks. What it
 * bounds is how long a person removed out of a process's hearing keeps the store's live inbox
 * there: `agent remove` without REDIS_URL reaches no server, and a revocation dropped while only
 * the sender's link to Redis blinked leaves the other processes no reconnection to check on. Two
 * minutes is short next to what an open inbox lasts (a working shift), and as each check is one
 * read per process however many inboxes are open (fifty processes: one read every 2.4 s in all), the
 * database does not set the interval; shorter would only read unchanged sessions more often.
 */
export const RECHECK_MS = 2 * 60 * 1000

/** Calls `recheck` now and then until stopped. A seam: tests pass one they trigger themselves. */
export type RecheckSchedule = (recheck: () => void) => () => void

const everyFewMinutes: RecheckSchedule = (recheck) => {
  const timer = setInterval(recheck, RECHECK_MS)
  timer.unref()
  return () => clearInterval(timer)
}

/** How an inbox is closed: the live revocation's own handler (connection.ts `onRevoked`). */
type Revoke = (message: RevokedMessage) => void

export type InboxRecheck = {
  /** Checks this inbox with the others from now on (from its upgrade); answers how to stop (its socket closed). */
  watch(agent: SessionAgent, revoke: Revoke): () => void
}

/**
 * What the inbox would have been told had it heard every revocation: `ended` when its session is
 * over or its person is off the team (the HTTP API answers 401 now), `changed` when the session
 * moved to another store or the role is not the one it was opened with; null when nothing changed.
 */
export function missedRevocation(agent: SessionAgent, now: SessionStanding | undefined): RevokedMessage['reason'] | null {
  if (!now) return 'ended'
  if (now.siteId !== agent.siteId) return 'changed'
  if (now.role === null) return 'ended'
  return now.role === agent.role ? null : 'changed'
}

/**
 * Checks this process's open inboxes against the database when the bus comes back (what it
 * carried meanwhile is lost: bus.ts `ReconnectedMessage`) and every RECHECK_MS, all of them in
 * one read: 500 inboxes after a Redis restart are one statement, not 500. Listens, and keeps its
 * timer, only while an inbox is open. Shoppers' sockets are not its business: their tokens are
 * checked at each hello.
 */
export function createInboxRecheck(deps: { sessions: Pick<Sessions, 'standings'>; bus: Bus; schedule?: RecheckSchedule }): InboxRecheck {
  const schedule = deps.schedule ?? everyFewMinutes
  const inboxes = new Set<{ agent: SessionAgent; revoke: Revoke }>()
  let stopListening: (() => void) | null = null
  // Asked again while a check waits to start: one check serves both. Asked while one reads: one more after it.
  let waiting = false
  let checks: Promise<void> = Promise.resolve()

  const recheck = () => {
    if (waiting) return
    waiting = true
    checks = checks
      .then(() => {
        waiting = false
        return checkAll()
      })
      .catch((error: unknown) => log.warn({ err: error }, 'checking open inboxes again failed; the next check tries again'))
  }

  async function checkAll() {
    const open = [...inboxes]
    if (open.length === 0) return
    const standings = await deps.sessions.standings([...new Set(open.map(({ agent }) => agent.sessionId))])
    let closed = 0
    for (const inbox of open) {
      const reason = missedRevocation(inbox.agent, standings.get(inbox.agent.sessionId))
      // Closed while the read was out: nothing left to tell.
      if (!reason || !inboxes.has(inbox)) continue
      inbox.revoke({ type: 'revoked', reason, sessionId: inbox.agent.sessionId })
      closed++
    }
    if (closed > 0) log.info({ closed }, 'inboxes closed: a revocation they missed')
  }

  function listen() {
    const offReconnected = deps.bus.subscribe(topics.reconnected, recheck)
    const stopSchedule = schedule(recheck)
    stopListening = () => {
      offReconnected()
      stopSchedule()
    }
  }

  return {
    watch(agent, revoke) {
      const inbox = { agent, revoke }
      inboxes.add(inbox)
      if (!stopListening) listen()
      return () => {
        inboxes.delete(inbox)
        if (inboxes.size > 0 || !stopListening) return
        stopListening()
        stopListening = null
      }
    },
  }
}
