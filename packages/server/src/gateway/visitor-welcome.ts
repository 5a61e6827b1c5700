import type { VisitorWelcomeFrame } from '@attune/protocol'
import { greeting } from '../auth/visitor-auth.ts'
import { latestForVisitorSql, recordOf } from '../conversations.ts'
import { claimToldUs, toldUsOf } from '../empathy/feedback.ts'
import { claimFollowUp } from '../empathy/follow-ups.ts'
import type { GatewayDeps } from './context.ts'

type Record = Parameters<typeof recordOf>[0]
type WelcomeRow = { visitor_id: string; followed_up: string | null; told: { conversation_id: string; note: string } | null; latest: Record | null }

const VISITOR = '(SELECT id FROM visitor)'

/**
 * After the CTE `visitor` (one row: the shopper's id): everything their welcome needs, claimed or
 * read in the same statement, so a hello costs one round trip to the database (issue 12).
 */
const WELCOME = `,
  followed AS (${claimFollowUp(VISITOR)}),
  told AS (${claimToldUs(VISITOR)}),
  latest AS (${latestForVisitorSql(VISITOR)})
  SELECT v.id AS visitor_id, (SELECT conversation_id FROM followed) AS followed_up,
    (SELECT row_to_json(t) FROM told t) AS told, (SELECT row_to_json(l) FROM latest l) AS latest
  FROM visitor v`

/**
 * A shopper's hello: the token's visitor (or a new one) and their welcome — the token, the
 * conversation to resume — in one statement.
 */
export async function visitorHello(deps: GatewayDeps, siteId: string, token: string | undefined): Promise<VisitorWelcomeFrame> {
  const greet = greeting(deps.secret, token, siteId)
  const [row] = await deps.db.query<WelcomeRow>(`WITH ${greet.sql}${WELCOME}`, greet.params)
  return welcomeOf(deps, row!, greet.token(row!.visitor_id))
}

/** The welcome after identifying: the same, for a visitor known already. */
export async function visitorWelcome(deps: GatewayDeps, visitorId: string, token: string): Promise<VisitorWelcomeFrame> {
  const [row] = await deps.db.query<WelcomeRow>(`WITH visitor AS (SELECT $1::uuid AS id)${WELCOME}`, [visitorId])
  return welcomeOf(deps, row!, token)
}

/**
 * After the chat (issue 16), the welcome is also where the store comes back to the shopper once:
 * a chat an agent followed up is the one resumed, with "How do you feel about it now?" asked in
 * it, and an identified shopper whose comment was acted on is told so. Those rare cases read on.
 */
async function welcomeOf(deps: GatewayDeps, row: WelcomeRow, token: string): Promise<VisitorWelcomeFrame> {
  const asked = row.followed_up !== null && (await deps.empathy.askFollowUp(row.followed_up))
  const conversation = asked ? await deps.conversations.get(row.followed_up!) : row.latest && recordOf(row.latest)
  const toldUs = row.told && (await toldUsOf(deps.log, { conversationId: row.told.conversation_id, note: row.told.note }))
  return {
    type: 'welcome',
    role: 'visitor',
    token,
    visitorId: row.visitor_id,
    conversation: conversation ? { id: conversation.id, lastSeq: conversation.lastSeq, status: conversation.status } : null,
    ...(toldUs ? { toldUs } : {}),
  }
}
