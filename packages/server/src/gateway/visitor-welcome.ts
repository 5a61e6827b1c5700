import type { VisitorWelcomeFrame } from '@attune/protocol'
import { greeting, newVisitor, TOKEN_CURRENT, type TokenClaim } from '../auth/visitor-auth.ts'
import { batchedRead } from '../db/batched-read.ts'
import { latestForVisitorSql, toRecord } from '../conversation-rows.ts'
import { takeToldUs } from '../empathy/feedback.ts'
import { askFollowUpOnConnect } from '../empathy/follow-ups.ts'
import { log } from '../logger.ts'
import type { GatewayDeps } from './context.ts'

type Latest = Parameters<typeof toRecord>[0] & { visitor_read_seq: number }
/** What a welcome reads and claims with. */
type WelcomeDeps = Pick<GatewayDeps, 'db' | 'secret' | 'conversations' | 'log' | 'empathy'>
/** What a returning shopper's welcome reads: one statement, writing nothing in the usual case. */
type WelcomeRow = { id: string; stale: boolean; follow_up: boolean; told: boolean; latest: Latest | null }

/**
 * How precisely "last seen" is kept (token lifetimes and retention count in days): a shopper
 * back within the hour costs no write.
 */
const SEEN_PRECISION = '1 hour'

/**
 * The visitor's row `v` with whether anything waits to be claimed for them (a follow-up to ask,
 * an action to tell) and the conversation to resume. Read only: a write, even one that changes
 * nothing, costs the embedded database several times a read (issue 12).
 */
const WELCOME = `v.id, v.last_seen_at < now() - interval '${SEEN_PRECISION}' AS stale,
  EXISTS (SELECT 1 FROM follow_ups f WHERE f.visitor_id = v.id AND f.asked_at IS NULL) AS follow_up,
  EXISTS (SELECT 1 FROM feedback_actions a WHERE a.visitor_id = v.id AND a.told_at IS NULL AND v.external_id IS NOT NULL) AS told,
  (SELECT row_to_json(l) FROM (${latestForVisitorSql('v.id')}) l) AS latest`

/**
 * Shoppers' hellos (issue 12: one round trip to the database): a new shopper is one insert; a
 * returning one with a current token one read, and the reads asked in one turn of the event loop
 * are one statement (db/batched-read.ts: a restart's crowd comes back at once). Only when their
 * token is no longer good (revoked, expired, erased) does a second statement make them a new
 * visitor.
 */
export function createWelcomes(deps: WelcomeDeps) {
  const read = batchedRead(async (claims: readonly TokenClaim[]) => {
    const rows = await deps.db.query<WelcomeRow & { i: number }>(
      `SELECT t.i::int AS i, ${WELCOME}
       FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[], $4::timestamptz[])
         WITH ORDINALITY AS t(visitor_id, site_id, issued, seen_since, i)
       JOIN visitors v ON ${TOKEN_CURRENT}`,
      [claims.map((c) => c.visitorId), claims.map((c) => c.siteId), claims.map((c) => c.issued), claims.map((c) => c.seenSince)],
    )
    const byPlace = new Map(rows.map((row) => [row.i, row]))
    return claims.map((_, index) => byPlace.get(index + 1))
  })

  return {
    async hello(siteId: string, token: string | undefined): Promise<VisitorWelcomeFrame> {
      const greet = greeting(deps.secret, token, siteId)
      const row = greet ? await read(greet.claim) : undefined
      if (!row || !greet) {
        const fresh = await newVisitor(deps.db, deps.secret, siteId)
        return { type: 'welcome', role: 'visitor', token: fresh.token, visitorId: fresh.visitorId, conversation: null }
      }
      return welcomeOf(deps, row, greet.token(row.id))
    },
  }
}

export type Welcomes = ReturnType<typeof createWelcomes>

/** The welcome after identifying: the same, for a visitor known already. */
export async function visitorWelcome(deps: WelcomeDeps, visitorId: string, token: string): Promise<VisitorWelcomeFrame> {
  const [row] = await deps.db.query<WelcomeRow>(`SELECT ${WELCOME} FROM visitors v WHERE v.id = $1`, [visitorId])
  if (!row) return { type: 'welcome', role: 'visitor', token, visitorId, conversation: null }
  return welcomeOf(deps, row, token)
}

/**
 * The conversation to resume comes with how far the shopper has read it (their `read` marks, kept
 * per conversation): their unread count is the server's, the same on every device they use.
 *
 * After the chat (issue 16), the welcome is also where the store comes back to the shopper once:
 * a chat an agent followed up is the one resumed, with "How do you feel about it now?" asked in
 * it, and an identified shopper whose comment was acted on is told so. Those rare cases, and
 * "last seen" once an hour (not awaited), take statements of their own.
 */
async function welcomeOf(deps: WelcomeDeps, row: WelcomeRow, token: string): Promise<VisitorWelcomeFrame> {
  if (row.stale) {
    void deps.db
      .query('UPDATE visitors SET last_seen_at = now() WHERE id = $1', [row.id])
      .catch((error: unknown) => log.error({ err: error }, 'last seen not kept'))
  }
  const followedUp = row.follow_up ? await askFollowUpOnConnect(deps.db, deps.empathy, row.id) : null
  const conversation = followedUp
    ? await resumedWithMarks(deps, followedUp)
    : row.latest && { ...toRecord(row.latest), readSeq: row.latest.visitor_read_seq }
  const toldUs = row.told ? await takeToldUs(deps.db, deps.log, row.id) : null
  return {
    type: 'welcome',
    role: 'visitor',
    token,
    visitorId: row.id,
    conversation: conversation
      ? { id: conversation.id, lastSeq: conversation.lastSeq, status: conversation.status, readSeq: conversation.readSeq }
      : null,
    ...(toldUs ? { toldUs } : {}),
  }
}

/** A followed-up conversation to resume, with how far the shopper has read it. */
async function resumedWithMarks(deps: WelcomeDeps, conversationId: string) {
  const found = await deps.conversations.withMarks(conversationId)
  return found && { ...found.record, readSeq: found.marks.visitor.read }
}
