import type { Bus } from '../bus.ts'
import { conversationChanged } from '../conversations.ts'
import type { Queryable } from '../db/database.ts'
import { HANDOFF_STANDS, TAKES_HANDOFFS } from './kept-notices.ts'

/**
 * What may answer a conversation's hand-off: someone acting on it (`by`, a person's id), or its
 * end (`by` null, whoever ended it). `afterSeq`: the seq of the event that acts, when an event
 * does; one stored before the hand-off answers nothing.
 */
export type HandoffAnswer = { conversationId: string; by: string | null; afterSeq?: number }

/**
 * A conversation handed to the managers (empathy/agent-care.ts) is answered once someone who
 * takes hand-offs (TAKES_HANDOFFS) takes it, assigns it to anyone or writes in it, or once it is
 * resolved, as an escalation is in Zendesk or Intercom: its list marker goes, and with it the
 * notices kept for the next inboxes of the managers who were told (kept-notices.ts). The hand-off
 * is marked answered, not forgotten (the conversation's note of it stays), the handed_off event
 * stays in the log, and the conversation may be handed off again.
 *
 * One statement, a no-op once answered, so processes acting at once answer it once; the person's
 * role is read in it, so a member demoted meanwhile answers nothing. Answered, every process drops
 * what it keeps of the conversation (active-conversations.ts): the summary the caller then
 * publishes to the store's inboxes, as it does after the action itself, is read without it.
 * True when this call answered it.
 */
export async function answerHandoff(db: Queryable, bus: Bus | undefined, answer: HandoffAnswer): Promise<boolean> {
  const rows = await db.query(
    `WITH answered AS (
       UPDATE conversations c SET handoff = c.handoff || '{"answered": true}'::jsonb
       WHERE c.id = $1 AND ${HANDOFF_STANDS} AND ($4::int IS NULL OR (c.handoff->>'seq')::int < $4)
         AND ($2::text IS NULL OR EXISTS (
           SELECT 1 FROM memberships m WHERE m.site_id = c.site_id AND m.person_id::text = $2 AND m.role = ANY ($3)))
       RETURNING c.id),
     forgotten AS (DELETE FROM handoff_notices WHERE conversation_id IN (SELECT id FROM answered))
     SELECT id FROM answered`,
    [answer.conversationId, answer.by, TAKES_HANDOFFS, answer.afterSeq ?? null],
  )
  if (rows.length === 0) return false
  conversationChanged(bus, answer.conversationId)
  return true
}
