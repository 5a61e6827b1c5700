import { conversationRecord } from '@attune/empathy'
import { SHOPPER_HISTORY_LIMIT, type EarlierChat, type ShopperHistoryResponse } from '@attune/protocol'
import type { Database } from '../db/database.ts'
import type { ConversationLog } from '../log.ts'

type Current = { visitor_id: string; external_id: string | null; created_at: Date | string }
type Earlier = { id: string; created_at: Date | string; total: number | string }

/**
 * The shopper's chats with this store before the conversation `conversationId` (issue 16),
 * newest first. Identify merges a signed-in shopper's devices into one visitor of the store, so
 * "the same shopper" is the same visitor row of the same store; both the conversation and every
 * earlier one are looked up under `siteId`, so another store's shopper with the same external id
 * never comes back. Null when the store has no such conversation.
 */
export async function shopperHistory(
  db: Database,
  log: ConversationLog,
  siteId: string,
  conversationId: string,
): Promise<ShopperHistoryResponse | null> {
  // Ids come from URLs: compared as text, a malformed one is "not found", not a SQL error.
  const [current] = await db.query<Current>(
    `SELECT c.visitor_id, v.external_id, c.created_at FROM conversations c JOIN visitors v ON v.id = c.visitor_id
     WHERE c.id::text = $1 AND c.site_id = $2 AND v.site_id = $2`,
    [conversationId, siteId],
  )
  if (!current) return null
  const rows = await db.query<Earlier>(
    `SELECT c.id, c.created_at, count(*) OVER () AS total FROM conversations c
     WHERE c.site_id = $1 AND c.visitor_id = $2 AND c.id::text <> $3 AND c.created_at <= $4
     ORDER BY c.created_at DESC, c.id DESC LIMIT $5`,
    [siteId, current.visitor_id, conversationId, current.created_at, SHOPPER_HISTORY_LIMIT],
  )
  const logs = await log.checkInsOf(rows.map((r) => r.id))
  return {
    scope: current.external_id === null ? 'device' : 'shopper',
    chats: rows.map((row) => earlierChat(row, logs.get(row.id) ?? [])),
    total: Number(rows[0]?.total ?? 0),
  }
}

function earlierChat(row: Earlier, events: Parameters<typeof conversationRecord>[0]): EarlierChat {
  const startedAt = new Date(row.created_at).toISOString()
  const record = conversationRecord(events, { id: row.id, startedAt, language: 'und', agentId: null })
  return {
    id: row.id,
    startedAt,
    moodBefore: record.moodBefore,
    moodAfter: record.moodAfter,
    reason: record.reason,
    topic: record.topic,
    resolved: record.resolved,
  }
}
