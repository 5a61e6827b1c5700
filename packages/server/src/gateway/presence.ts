import { presenceOf, PresenceStatus, type MemberPresence, type PresenceUpdate } from '@attune/protocol'
import { topics, type Bus } from '../bus.ts'
import { createCache } from '../cache.ts'
import type { Database } from '../db/database.ts'
import type { SharedCounts } from '../redis.ts'
import { log } from '../logger.ts'

/** How long a kept count is trusted without an announcement (the bus is at-most-once). */
const COUNT_TTL_MS = 60_000
/** How long a person's inboxes summed over the processes are trusted without an announcement. */
const SUMS_TTL_MS = 10_000
/** How long the team's away and idle marks are kept without an announced change (as cache.ts). */
const TEAM_TTL_MS = 60_000
/** Stores whose team is kept in memory per process. */
const TEAMS_KEPT = 10_000

type MemberRow = { person_id: string; away: boolean; idle: boolean }

/**
 * Who of each store's team is online, away or offline (issue 14), so the widget can say "We're
 * online" honestly and new conversations go to someone who is there. Each process counts the
 * inboxes open on it per person; with several processes (Redis) the parts are summed over the
 * live processes. A person's own choice ("Away") and their inbox's idleness are columns of their
 * membership, so every process reads the same. Every change is announced on the bus: the count
 * to the store's shoppers, the team's presence to its inboxes; and everything again once this
 * process is back on Redis after losing it.
 */
export function createPresence(bus: Bus, db: Database, shared?: SharedCounts) {
  const open = new Map<string, number>()
  const key = (siteId: string, personId: string) => `presence:${siteId}:${personId}`
  const here = (siteId: string, personId: string) => open.get(key(siteId, personId)) ?? 0
  /**
   * With several processes, each person's inboxes summed over them, kept (issue 12: a shopper's
   * message that may be assigned read two Redis keys per member, one message at a time per store):
   * every change, here or in another process, is announced on the store's presence topic, which
   * drops them all (`hear`). While Redis is away, nothing is kept and this process's part counts.
   */
  const sums =
    shared &&
    createCache(
      async (presenceKey: string) => {
        const sum = await shared.sum(presenceKey)
        if (sum === null) throw new Error('[Attune] Redis is away')
        return sum
      },
      { ttlMs: SUMS_TTL_MS, max: TEAMS_KEPT },
    )
  /** The person's open inboxes, over every live process. */
  const sockets = async (siteId: string, personId: string): Promise<number> =>
    sums ? sums.get(key(siteId, personId)).catch(() => here(siteId, personId)) : here(siteId, personId)

  /**
   * The team's away and idle marks, kept per store (issue 12: a shopper's message that may be
   * assigned reads no membership): a change here or in another process is announced on
   * `topics.changes` and drops them. A new member's first inbox drops them too (it resets their
   * idleness); one removed has no inbox open any more, and counts as offline.
   */
  const members = createCache(
    (siteId: string) => db.query<MemberRow>('SELECT person_id, away, idle FROM memberships WHERE site_id = $1 ORDER BY person_id', [siteId]),
    { ttlMs: TEAM_TTL_MS, max: TEAMS_KEPT },
  )
  bus.subscribe(topics.changes, (message) => message.type === 'changed' && message.what === 'team' && members.drop(message.siteId))
  const teamChanged = (siteId: string) => bus.publish(topics.changes, { type: 'changed', what: 'team', siteId })

  /**
   * Listens to the store's presence announcements, from any process, once: the count they carry is
   * kept (`count`), and the inboxes summed before them are stale. Redis orders a process's writes:
   * its part is written before it announces, so what is read after the announcement is current.
   */
  const heard = new Set<string>()
  function hear(siteId: string): void {
    if (heard.has(siteId)) return
    heard.add(siteId)
    bus.subscribe(topics.presence(siteId), (f) => {
      if (f.type !== 'presence') return
      sums?.clear()
      keep(siteId, f.agentsOnline)
    })
  }

  /** Every member's presence and open inboxes, the offline left out; `chose`: they picked Away. */
  async function facts(siteId: string): Promise<(MemberPresence & { inboxes: number; chose: boolean })[]> {
    hear(siteId)
    const rows = await members.get(siteId)
    const people = await Promise.all(
      rows.map(async (r) => {
        const inboxes = await sockets(siteId, r.person_id)
        return { id: r.person_id, status: presenceOf({ connected: inboxes > 0, away: r.away, idle: r.idle }), inboxes, chose: r.away }
      }),
    )
    return people.filter((p) => p.status !== PresenceStatus.Offline)
  }

  /** Every member's presence; the offline ones are left out. */
  const team = async (siteId: string): Promise<MemberPresence[]> => (await facts(siteId)).map(({ id, status }) => ({ id, status }))

  /**
   * The widget's "online": the open inboxes of the people online (the away not counted). Inboxes
   * rather than people, so a second tab is a change the count shows, as it always was.
   */
  const tally = async (siteId: string): Promise<number> =>
    (await facts(siteId)).reduce((sum, p) => sum + (p.status === PresenceStatus.Online ? p.inboxes : 0), 0)

  /**
   * The count as last announced, kept per store (issue 12: never a query per welcome): every
   * change, here or in another process, is announced on the bus, and the announcement is kept.
   * Read afresh after a while all the same, should the bus have lost one.
   */
  const counts = new Map<string, { value: number; at: number }>()
  const keep = (siteId: string, value: number) => counts.set(siteId, { value, at: Date.now() })
  async function count(siteId: string): Promise<number> {
    const kept = counts.get(siteId)
    if (kept && Date.now() - kept.at < COUNT_TTL_MS) return kept.value
    hear(siteId)
    const value = await tally(siteId)
    // An announcement heard meanwhile is newer than this read.
    if (counts.get(siteId) === kept) keep(siteId, value)
    return counts.get(siteId)!.value
  }

  /** The members online now (not away): who may be given a new conversation. */
  const online = async (siteId: string): Promise<string[]> => (await team(siteId)).filter((p) => p.status === PresenceStatus.Online).map((p) => p.id)

  /**
   * Where each member with an inbox open is, for the conversations they hold (team/assignment.ts):
   * 'away' only by their own choice. An inbox gone idle keeps its person's chats: someone waiting
   * ten minutes for a shopper's order number is still in that chat.
   */
  const holding = async (siteId: string): Promise<Map<string, 'here' | 'away'>> =>
    new Map((await facts(siteId)).map((p) => [p.id, p.chose ? 'away' : 'here']))

  // One announcement at a time per store, so two quick changes are never announced out of order.
  const queues = new Map<string, Promise<void>>()
  const inTurn = (siteId: string, work: () => Promise<void>) => {
    const next = (queues.get(siteId) ?? Promise.resolve())
      .then(work)
      .catch((error: unknown) => log.error({ err: error }, 'presence announcement failed'))
    queues.set(siteId, next)
    void next.finally(() => queues.get(siteId) === next && queues.delete(siteId))
    return next
  }
  /** Tells the store's shoppers and inboxes, on every process, the count and the team as Redis has them now. */
  const tell = async (siteId: string) => {
    sums?.clear()
    const agentsOnline = await tally(siteId)
    keep(siteId, agentsOnline)
    bus.publish(topics.presence(siteId), { type: 'presence', agentsOnline })
    bus.publish(topics.site(siteId), { type: 'team', people: await team(siteId) })
  }
  const announce = (siteId: string, personId: string) =>
    inTurn(siteId, async () => {
      await shared?.set(key(siteId, personId), here(siteId, personId))
      await tell(siteId)
    })

  /**
   * Back on Redis, with this process's parts written again (redis.ts): what was announced while it
   * was away never crossed, and what the other processes read meanwhile may have missed its parts
   * (a Redis restarted without its data had none). So each store heard here is told again, one
   * after another; the process that comes back last tells the sums of everyone's parts, and the
   * others hear it.
   */
  async function tellAgain(): Promise<void> {
    for (const siteId of [...heard]) await inTurn(siteId, () => tell(siteId))
  }
  shared?.onRelinked(() => void tellAgain())

  return {
    team,
    online,
    holding,
    count,

    /** Waits for the announcements under way (the inboxes a shutdown closed): before the database closes. */
    async drain(): Promise<void> {
      await Promise.all(queues.values())
    },

    /** An inbox of the person opened; returns the function to call when it closes. */
    join(siteId: string, personId: string): () => void {
      const first = here(siteId, personId) === 0
      open.set(key(siteId, personId), here(siteId, personId) + 1)
      // A freshly opened inbox is in use: an idleness left from a closed one no longer holds.
      const fresh = first
        ? db.query('UPDATE memberships SET idle = false WHERE site_id = $1 AND person_id = $2', [siteId, personId]).then(() => teamChanged(siteId))
        : null
      void (fresh ?? Promise.resolve())
        .catch((error: unknown) => log.error({ err: error }, 'presence reset failed'))
        .then(() => announce(siteId, personId))
      let left = false
      return () => {
        if (left) return
        left = true
        const rest = Math.max(0, here(siteId, personId) - 1)
        if (rest === 0) open.delete(key(siteId, personId))
        else open.set(key(siteId, personId), rest)
        void announce(siteId, personId)
      }
    },

    /** The person picked a status, or their inbox went idle or active; returns what they chose. */
    async update(siteId: string, personId: string, update: PresenceUpdate): Promise<'online' | 'away'> {
      const away = update.status === undefined ? null : update.status === PresenceStatus.Away
      const [row] = await db.query<{ away: boolean }>(
        `UPDATE memberships SET away = COALESCE($3, away), idle = COALESCE($4, idle)
         WHERE site_id = $1 AND person_id = $2 RETURNING away`,
        [siteId, personId, away, update.idle ?? null],
      )
      teamChanged(siteId)
      await announce(siteId, personId)
      return row?.away ? PresenceStatus.Away : PresenceStatus.Online
    },
  }
}

export type Presence = ReturnType<typeof createPresence>
