import { createVisitorToken } from '../auth/visitor-token.ts'
import { TOKEN_CURRENT } from '../auth/visitor-auth.ts'
import type { Queryable } from '../db/database.ts'
import { readResumeToken } from './links.ts'

/**
 * What a reply email's reopen link opens (issue 15): a fresh visitor token for the conversation's
 * shopper, or null for a link that expired or is not genuine. The link holds as a visitor token
 * issued when it was mailed would (TOKEN_CURRENT): `visitor revoke` (a lost or shared device) ends
 * it too. And only while the conversation is still that shopper's: a sign-in merges a device's
 * chats into the account, and a link mailed to an address left on the device (perhaps a
 * stranger's, identity.ts) must not open the account. A shopper's hello carries the link (the
 * widget's way), and `POST /api/sites/:key/resume` takes it too.
 */
export async function reopen(
  deps: { db: Queryable; secret: string },
  siteId: string,
  link: string,
): Promise<{ visitorToken: string; conversationId: string } | null> {
  const claim = readResumeToken(deps.secret, link, Date.now())
  if (!claim) return null
  const [row] = await deps.db.query<{ visitor_id: string }>(
    `SELECT v.id AS visitor_id FROM conversations c
       CROSS JOIN LATERAL (SELECT COALESCE($3::uuid, c.visitor_id) AS visitor_id, c.site_id, $4::timestamptz AS issued, NULL::timestamptz AS seen_since) t
       JOIN visitors v ON ${TOKEN_CURRENT}
     WHERE c.id::text = $1 AND c.site_id = $2 AND c.visitor_id = t.visitor_id`,
    [claim.conversationId, siteId, claim.visitorId, new Date(claim.issuedAt)],
  )
  return row ? { visitorToken: createVisitorToken(deps.secret, row.visitor_id, siteId), conversationId: claim.conversationId } : null
}
