import { randomUUID } from 'node:crypto'
import type { Queryable } from '../db/database.ts'
import { createVisitorToken, readVisitorToken, VISITOR_TOKEN_TTL_MS } from './visitor-token.ts'

/**
 * A token older than this is replaced at the next hello: a shopper who comes back within the
 * token's 30 days keeps their conversation for good, one who stays away longer starts afresh.
 */
const RENEW_AFTER_MS = 24 * 60 * 60 * 1000

/**
 * The visitor a token stands for when it is genuine, made for this store, not expired, not
 * revoked, and the visitor still exists (an erased one does not); null otherwise (issue 11,
 * finding 12). A legacy token without an issue time counts while its visitor was seen within
 * the token lifetime, so shoppers keep their chats across the upgrade.
 */
export async function currentVisitor(db: Queryable, secret: string, token: string | undefined, siteId: string, now: number = Date.now()) {
  const claim = readVisitorToken(secret, token, siteId, now)
  if (!claim) return null
  const [row] = await db.query<{ revoked: Date | string | null; seen: Date | string }>(
    'SELECT tokens_revoked_at AS revoked, last_seen_at AS seen FROM visitors WHERE id::text = $1 AND site_id = $2',
    [claim.visitorId, siteId],
  )
  if (!row) return null
  if (row.revoked !== null && (claim.issuedAt ?? 0) <= new Date(row.revoked).getTime()) return null
  if (claim.issuedAt === null && now - new Date(row.seen).getTime() > VISITOR_TOKEN_TTL_MS) return null
  return claim
}

/**
 * The hello of a shopper, as the first part of one statement (issue 12: a hello costs one round
 * trip): the CTE `visitor` is the token's visitor, seen now, when the token is current (as
 * `currentVisitor` checks it), and a new anonymous visitor otherwise. The caller writes the rest
 * of the statement after `sql` and passes `params` ($1 to $5); `token` is the one to hand back,
 * fresh when the old one is getting on.
 */
export function greeting(secret: string, token: string | undefined, siteId: string, now: number = Date.now()) {
  const claim = readVisitorToken(secret, token, siteId, now)
  // A legacy token (no issue time) was revoked by any revocation, and counts while its visitor was seen lately.
  const issued = claim ? new Date(claim.issuedAt ?? 0) : null
  const seenSince = claim && claim.issuedAt === null ? new Date(now - VISITOR_TOKEN_TTL_MS) : null
  return {
    sql: GREETING,
    params: [claim?.visitorId ?? null, siteId, issued, seenSince, randomUUID()] as unknown[],
    token(visitorId: string): string {
      const keep = token && claim?.visitorId === visitorId && claim.issuedAt !== null && now - claim.issuedAt < RENEW_AFTER_MS
      return keep ? token : createVisitorToken(secret, visitorId, siteId, now)
    },
  }
}

const GREETING = `
  known AS (
    UPDATE visitors SET last_seen_at = now()
    WHERE id::text = $1 AND site_id = $2 AND (tokens_revoked_at IS NULL OR tokens_revoked_at < $3)
      AND ($4::timestamptz IS NULL OR last_seen_at >= $4)
    RETURNING id
  ),
  fresh AS (INSERT INTO visitors (id, site_id) SELECT $5, $2 WHERE NOT EXISTS (SELECT 1 FROM known) RETURNING id),
  visitor AS (SELECT id FROM known UNION ALL SELECT id FROM fresh)`

/**
 * Ends every token issued so far to one shopper of one store (a lost device, a shared computer):
 * their next hello is a new anonymous visitor. False when the store has no such visitor.
 */
export async function revokeVisitorTokens(db: Queryable, siteId: string, visitorId: string, now: number = Date.now()): Promise<boolean> {
  const rows = await db.query('UPDATE visitors SET tokens_revoked_at = $3 WHERE id::text = $1 AND site_id = $2 RETURNING id', [
    visitorId,
    siteId,
    new Date(now),
  ])
  return rows.length > 0
}
