import type { Notice, NoticeFrame } from '@attune/protocol'
import type { Database } from '../db/database.ts'
import type { AgentCare } from '../empathy/agent-care.ts'
import { log } from '../logger.ts'

type HandedOnNotice = Extract<Notice, { kind: 'handed_on' }>

/**
 * How long a handed_on notice waits for its person's next inbox: a week covers a weekend and a
 * few days off. A chat handed on longer ago has been answered or closed by whoever took it, and
 * the notice would be old news about a list that has long moved on.
 */
export const HANDED_ON_KEPT_DAYS = 7

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

/** An inbox of theirs heard it live: it is not told again at their next connect. */
async function forgetHeard(db: Database, siteId: string, personId: string, conversationId: string): Promise<void> {
  await db.query('DELETE FROM handed_on_notices WHERE site_id = $1 AND person_id = $2 AND conversation_id = $3', [siteId, personId, conversationId])
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

/** What an inbox's notices need of the care offers (empathy/agent-care.ts). */
type OffersKept = Pick<AgentCare, 'offerTold' | 'claimUntoldOffers'>

/** The notices kept for a person's next inbox: a handed_on one by its conversation, a care offer by its id. */
const keptKey = (notice: Notice): string | null =>
  notice.kind === 'handed_on' ? `handed_on:${notice.conversationId}` : notice.kind === 'care.offer' ? `care.offer:${notice.offerId}` : null

/**
 * One inbox's notices: `live` sends each as it is published (a kept one is forgotten, as heard),
 * `atConnect` those kept while none of the person's inboxes was open: the handed_on notices, then
 * the care offers still answerable. The inbox listens before it claims, so a notice in between is
 * not missed; one heard live in the meantime is not told again from what the claim returns.
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
      const key = keptKey(notice)
      if (key === null) return
      heardWhileClaiming?.add(key)
      const heard = notice.kind === 'care.offer' ? care.offerTold(notice.offerId) : forgetHeard(db, siteId, personId, notice.conversationId)
      heard.catch(failed('forgetting a notice heard live failed'))
    },
    /** Never fails the hello. */
    async atConnect(): Promise<void> {
      const [handedOn, offers] = await Promise.all([orNone(claimKept(db, siteId, personId)), orNone(care.claimUntoldOffers(siteId, personId))])
      const heard = heardWhileClaiming ?? new Set()
      heardWhileClaiming = null
      for (const notice of [...handedOn, ...offers]) if (!heard.has(keptKey(notice)!)) send({ type: 'notice', notice })
    },
  }
}
