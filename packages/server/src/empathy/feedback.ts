import { conversationRecord, filterRecords, type ConversationRecord } from '@attune/empathy'
import type { Feedback, ToldUs } from '@attune/protocol'
import type { Database } from '../db/database.ts'
import type { ConversationLog } from '../log.ts'
import { Refused } from '../refused.ts'
import { loadRecords, type InsightsRange } from './insights.ts'

/*
 * Feedback that is seen and answered (issue 16): the after-chat comments of a range, with the
 * moods around them, and what a manager did about each. The comment stays in the log (the
 * shopper's answer); what was done is a row of its own (feedback_actions).
 */

type ActionRow = {
  conversation_id: string
  visitor_id: string
  external_id: string | null
  note: string | null
  acted_at: Date | string | null
  acted_by: string | null
}

/** The comment cannot be marked acted on; `reason` maps to the HTTP answer. */
class FeedbackRefused extends Refused<'not_found' | 'no_comment'> {}

function toFeedback(record: ConversationRecord & { comment: string }, row: ActionRow): Feedback {
  return {
    conversationId: record.id,
    visitorId: row.visitor_id,
    startedAt: record.startedAt,
    language: record.language,
    topic: record.topic,
    reason: record.reason,
    moodBefore: record.moodBefore,
    moodAfter: record.moodAfter,
    moodFollowUp: record.moodFollowUp,
    comment: record.comment,
    identified: row.external_id !== null,
    actedOn: row.note === null ? null : { note: row.note, at: new Date(row.acted_at!).toISOString(), by: row.acted_by },
  }
}

async function actionsOf(db: Database, ids: readonly string[]): Promise<Map<string, ActionRow>> {
  const rows = await db.query<ActionRow>(
    `SELECT c.id AS conversation_id, c.visitor_id, v.external_id, f.note, f.acted_at, p.name AS acted_by
     FROM conversations c JOIN visitors v ON v.id = c.visitor_id
     LEFT JOIN feedback_actions f ON f.conversation_id = c.id LEFT JOIN people p ON p.id = f.acted_by
     WHERE c.id = ANY($1::uuid[])`,
    [ids],
  )
  return new Map(rows.map((r) => [r.conversation_id, r]))
}

const hasComment = (r: ConversationRecord): r is ConversationRecord & { comment: string } => r.comment !== null

/** The range's comments, the newest first; `acted` keeps those acted on (yes) or not yet (no). */
export async function listFeedback(
  db: Database,
  log: ConversationLog,
  siteId: string,
  query: InsightsRange & { acted?: 'yes' | 'no' | undefined },
): Promise<Feedback[]> {
  const { records } = await loadRecords(db, log, siteId, query.from, query.to)
  const commented = filterRecords(records, query.filter).filter(hasComment)
  const actions = await actionsOf(
    db,
    commented.map((r) => r.id),
  )
  return commented
    .map((r) => toFeedback(r, actions.get(r.id)!))
    .filter((f) => query.acted === undefined || (f.actedOn !== null) === (query.acted === 'yes'))
    .reverse()
}

/**
 * A manager marks a comment acted on, with what the store did. Writing it again replaces the note
 * but does not tell the shopper twice: "once" is the shopper's promise, not the note's.
 */
export async function markActedOn(db: Database, log: ConversationLog, siteId: string, conversationId: string, personId: string, note: string) {
  const [row] = await db.query<{ visitor_id: string; created_at: Date | string; language: string | null }>(
    'SELECT visitor_id, created_at, language FROM conversations WHERE site_id = $1 AND id = $2',
    [siteId, conversationId],
  )
  if (!row) throw new FeedbackRefused('not_found', 'No such conversation in this store.')
  const day = new Date(row.created_at).getTime()
  const { records } = await loadRecords(db, log, siteId, day, day + 1)
  const record = records.find((r) => r.id === conversationId)
  if (!record || !hasComment(record)) throw new FeedbackRefused('no_comment', 'This chat has no comment to act on.')
  await db.query(
    `INSERT INTO feedback_actions (conversation_id, site_id, visitor_id, note, acted_by) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (conversation_id) DO UPDATE SET note = EXCLUDED.note, acted_by = EXCLUDED.acted_by, acted_at = now()`,
    [conversationId, siteId, row.visitor_id, note, personId],
  )
  const actions = await actionsOf(db, [conversationId])
  return toFeedback(record, actions.get(conversationId)!)
}

/**
 * "You told us …, we …" for an identified shopper whose comment a manager acted on: the oldest
 * not yet told, claimed once (two tabs never both show it). Anonymous shoppers are never told:
 * on a shared device the next person could read it. A comment since redacted is not told.
 */
export async function takeToldUs(db: Database, log: ConversationLog, visitorId: string): Promise<ToldUs | null> {
  const [claimed] = await db.query<{ conversation_id: string; note: string }>(
    `UPDATE feedback_actions SET told_at = now() WHERE conversation_id = (
       SELECT f.conversation_id FROM feedback_actions f JOIN visitors v ON v.id = f.visitor_id
       WHERE f.visitor_id = $1 AND f.told_at IS NULL AND v.external_id IS NOT NULL
       ORDER BY f.acted_at LIMIT 1
     ) AND told_at IS NULL RETURNING conversation_id, note`,
    [visitorId],
  )
  if (!claimed) return null
  const events = (await log.checkInsOf([claimed.conversation_id])).get(claimed.conversation_id) ?? []
  const { comment } = conversationRecord(events, { id: claimed.conversation_id, startedAt: '', language: 'und', agentId: null })
  return comment ? { comment, note: claimed.note } : null
}
