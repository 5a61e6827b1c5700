import { randomUUID } from 'node:crypto'
import type { Queryable } from '../db/database.ts'
import { createVisitorToken, readVisitorToken, VISITOR_TOKEN_TTL_MS } from './visitor-token.ts'
import { isUuid } from '../uuid.ts'

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
 * What a hello's token asks of the database, to be read in one statement with the rest of the
 * welcome (issue 12, gateway/visitor-welcome.ts): `claim` is checked against the visitor's row by
 * `TOKEN_CURRENT`, as `currentVisitor` checks it. Null when the token is no token of this store at
 * all: the shopper is new. `token` is the one to hand back, fresh when the old one is getting on.
 */
export function greeting(secret: string, token: string | undefined, siteId: string, now: number = Date.now()) {
  const claim = readVisitorToken(secret, token, siteId, now)
  // A token's id is always a uuid (ours, and signed): compared as one, it uses the key's index.
  if (!claim || !isUuid(claim.visitorId)) return null
  return {
    claim: {
      visitorId: claim.visitorId,
      siteId,
      // A legacy token (no issue time) was revoked by any revocation, and counts while its visitor was seen lately.
      issued: new Date(claim.issuedAt ?? 0),
      seenSince: claim.issuedAt === null ? new Date(now - VISITOR_TOKEN_TTL_MS) : null,
    } satisfies TokenClaim,
    token(visitorId: string): string {
      const keep = token && claim.visitorId === visitorId && claim.issuedAt !== null && now - claim.issuedAt < RENEW_AFTER_MS
      return keep ? token : createVisitorToken(secret, visitorId, siteId, now)
    },
  }
}

/** A token's claim as the welcome's statement checks it: one row of `t` in `TOKEN_CURRENT`. */
export type TokenClaim = { visitorId: string; siteId: string; issued: Date; seenSince: Date | null }

/**
 * Holds for the visitor row `v` when the claim `t` (`visitor_id`, `site_id`, `issued`,
 * `seen_since`) is current: its visitor and store, issued after the last revocation, and for a
 * legacy token a visitor seen since `seen_since`.
 */
export const TOKEN_CURRENT = `v.id = t.visitor_id AND v.site_id = t.site_id
  AND (v.tokens_revoked_at IS NULL OR v.tokens_revoked_at < t.issued)
  AND (t.seen_since IS NULL OR v.last_seen_at >= t.seen_since)`

/** A new anonymous visitor of the store, and their first token. */
export async function newVisitor(db: Queryable, secret: string, siteId: string, now: number = Date.now()) {
  const visitorId = randomUUID()
  await db.query('INSERT INTO visitors (id, site_id) VALUES ($1, $2)', [visitorId, siteId])
  return { visitorId, token: createVisitorToken(secret, visitorId, siteId, now) }
}

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
