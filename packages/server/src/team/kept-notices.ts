import { can, ROLES, type Notice, type NoticeFrame } from '@attune/protocol'
import type { Database } from '../db/database.ts'
import type { AgentCare } from '../empathy/agent-care.ts'
import { log } from '../logger.ts'

type HandedOnNotice = Extract<Notice, { kind: 'handed_on' }>
type HandoffNotice = Extract<Notice, { kind: 'handoff' }>

/**
 * How long a handed_on or a hand-off notice waits for its person's next inbox: a week covers a
 * weekend and a few days off. A chat handed on (or off) longer ago has been answered or closed by
 * whoever took it, and the notice would be old news about a list that has long moved on.
 */
export const HANDED_ON_KEPT_DAYS = 7

/** Who is told of a hand-off (empathy/agent-care.ts): the roles the server alerts (managers, admins, owners). */
export const TAKES_HANDOFFS = ROLES.filter((role) => can(role, 'receive_alerts'))

/**
 * SQL: the conversation `c`'s hand-off waits for a manager (protocol's `handoffStands`): made, and
 * not answered (answered-handoffs.ts).
 */
export const HANDOFF_STANDS = `c.handoff IS NOT NULL AND c.handoff->>'answered' IS NULL`

/** Where each kind of notice kept by conversation waits (migrations 28 and 33). */
const KEPT_IN = { handed_on: 'handed_on_notices', handoff: 'handoff_notices' } as const

/**
 * Keeps the notice of a conversation handed on from the person (decision 024) until one of their
 * inboxes in this store is given it: live (`forgetHeard`), or at its next connect (`claimKept`).
 * Kept before it is published, so an inbox that hears it live always finds it to forget. Nothing
 * is kept for someone no longer on the team; a newer hand-on of the same chat replaces the older.
 */
export async function keepHandedOn(db: Database, siteId: string, personId: string, notice: HandedOnNotice): Promise<void> {
  await db.query(
    `INSERT INTO handed_on_notices (person_id, site_id, conversation_id, to_name, why)
     SELECT person_id, site_id, $3, $4, $5 FROM memberships WHERE site_id = $1 AND person_id = $2
     ON CONFLICT (person_id, site_id, conversation_id) DO UPDATE SET to_name = EXCLUDED.to_name, why = EXCLUDED.why, kept_at = now()`,
    [siteId, personId, notice.conversationId, notice.to, notice.why],
  )
}

/**
 * Keeps the notice of a conversation handed to the managers for each of `personIds` (those told
 * of it) until one of their inboxes in this store is given it, as a handed_on one is: kept before
 * it is published, and for nobody no longer on the team. Nothing is kept once the hand-off was
 * answered (answered-handoffs.ts); a later hand-off of the same conversation keeps its own.
 */
export async function keepHandoff(db: Database, siteId: string, conversationId: string, personIds: readonly string[]): Promise<void> {
  if (personIds.length === 0) return
  await db.query(
    `INSERT INTO handoff_notices (person_id, site_id, conversation_id)
     SELECT person_id, site_id, $2 FROM memberships WHERE site_id = $1 AND person_id::text = ANY ($3) AND role = ANY ($4)
       AND EXISTS (SELECT 1 FROM conversations c WHERE c.id = $2 AND ${HANDOFF_STANDS})
     ON CONFLICT (person_id, site_id, conversation_id) DO UPDATE SET kept_at = now()`,
    [siteId, conversationId, personIds, TAKES_HANDOFFS],
  )
}

/** An inbox of theirs heard it live: it is not told again at their next connect. */
async function forgetHeard(db: Database, siteId: string, personId: string, notice: HandedOnNotice | HandoffNotice): Promise<void> {
  await db.query(`DELETE FROM ${KEPT_IN[notice.kind]} WHERE site_id = $1 AND person_id = $2 AND conversation_id = $3`, [
    siteId,
    personId,
    notice.conversationId,
  ])
}

/**
 * Takes the person's kept notices of this store, oldest first, and forgets them. One DELETE …
 * RETURNING: of two inboxes connecting at once, on one process or two, each row goes to one only.
 * One kept beyond HANDED_ON_KEPT_DAYS is forgotten untold.
 */
export async function claimKept(db: Database, siteId: string, personId: string): Promise<HandedOnNotice[]> {
  const rows = await db.query<{ conversation_id: string; visitor_id: string; to_name: string | null; why: HandedOnNotice['why'] }>(
    `WITH claimed AS (DELETE FROM handed_on_notices WHERE site_id = $1 AND person_id = $2 RETURNING conversation_id, to_name, why, kept_at)
     SELECT k.conversation_id, c.visitor_id, k.to_name, k.why FROM claimed k JOIN conversations c ON c.id = k.conversation_id
     WHERE k.kept_at > now() - $3 * interval '1 day' ORDER BY k.kept_at`,
    [siteId, personId, HANDED_ON_KEPT_DAYS],
  )
  return rows.map((row) => ({ kind: 'handed_on', conversationId: row.conversation_id, visitorId: row.visitor_id, to: row.to_name, why: row.why }))
}

/**
 * Takes the person's kept hand-off notices of this store, oldest first, and forgets them, as
 * claimKept does. Told only while it is still news: the person still takes hand-offs, and the
 * conversation is open, its hand-off not answered (answered-handoffs.ts), with nobody of those
 * who take hand-offs holding it or having written in it since: an answer that failed, or one before
 * hand-offs were answered, is still read at the claim.
 */
async function claimKeptHandoffs(db: Database, siteId: string, personId: string): Promise<HandoffNotice[]> {
  const rows = await db.query<{ conversation_id: string; by: string }>(
    `WITH claimed AS (DELETE FROM handoff_notices WHERE site_id = $1 AND person_id = $2 RETURNING conversation_id, kept_at),
     managers AS (SELECT person_id FROM memberships WHERE site_id = $1 AND role = ANY ($4))
     SELECT k.conversation_id, c.handoff->>'by' AS by FROM claimed k JOIN conversations c ON c.id = k.conversation_id
     WHERE k.kept_at > now() - $3 * interval '1 day' AND c.status = 'open' AND ${HANDOFF_STANDS} AND $2 IN (SELECT person_id FROM managers)
       AND (c.assignee_id IS NULL OR c.assignee_id NOT IN (SELECT person_id FROM managers))
       AND NOT EXISTS (SELECT 1 FROM events e WHERE e.conversation_id = c.id AND e.seq > (c.handoff->>'seq')::int
         AND e.kind = 'message' AND e.author_role = 'agent' AND e.author_id IN (SELECT person_id::text FROM managers))
     ORDER BY k.kept_at`,
    [siteId, personId, HANDED_ON_KEPT_DAYS, TAKES_HANDOFFS],
  )
  return rows.map((row) => ({ kind: 'handoff', conversationId: row.conversation_id, by: row.by }))
}

/** What an inbox's notices need of the care offers (empathy/agent-care.ts). */
type OffersKept = Pick<AgentCare, 'offerTold' | 'claimUntoldOffers'>

/** The notices kept for a person's next inbox: a handed_on or hand-off one by its conversation, a care offer by its id. */
const keptKey = (notice: Notice): string =>
  notice.kind === 'care.offer' ? `care.offer:${notice.offerId}` : `${notice.kind}:${notice.conversationId}`

/**
 * One inbox's notices: `live` sends each as it is published (every kind is kept, and forgotten
 * once heard), `atConnect` those kept while none of the person's inboxes was open: the handed_on
 * notices, the hand-offs still standing, then the care offers still answerable. The inbox listens
 * before it claims, so a notice in between is not missed; one heard live in the meantime is not
 * told again from what the claim returns.
 */
export function inboxNotices(deps: { db: Database; care: OffersKept }, siteId: string, personId: string, send: (frame: NoticeFrame) => void) {
  const { db, care } = deps
  /** Kept notices heard live while the claim runs, by keptKey; null once it answered. */
  let heardWhileClaiming: Set<string> | null = new Set()
  const failed = (what: string) => (error: unknown) => log.error({ err: error, site: siteId }, what)
  /** A claim that failed took nothing: the next inbox is told. */
  const orNone = <T>(claim: Promise<T[]>): Promise<T[]> =>
    claim.catch((error: unknown) => {
      failed('telling the kept notices failed')(error)
      return []
    })
  return {
    live(notice: Notice): void {
      send({ type: 'notice', notice })
      heardWhileClaiming?.add(keptKey(notice))
      const heard = notice.kind === 'care.offer' ? care.offerTold(notice.offerId) : forgetHeard(db, siteId, personId, notice)
      heard.catch(failed('forgetting a notice heard live failed'))
    },
    /** Never fails the hello. */
    async atConnect(): Promise<void> {
      const kept = await Promise.all([
        orNone<Notice>(claimKept(db, siteId, personId)),
        orNone<Notice>(claimKeptHandoffs(db, siteId, personId)),
        orNone<Notice>(care.claimUntoldOffers(siteId, personId)),
      ])
      const heard = heardWhileClaiming ?? new Set()
      heardWhileClaiming = null
      for (const notice of kept.flat()) if (!heard.has(keptKey(notice))) send({ type: 'notice', notice })
    },
  }
}
