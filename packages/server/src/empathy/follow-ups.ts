import { conversationRecord, followUpReason } from '@attune/empathy'
import type { FollowUp, FollowUpReason } from '@attune/protocol'
import { activeSince, NEWEST_ACTIVITY_FIRST, seenBy } from '../conversation-rows.ts'
import type { Database } from '../db/database.ts'
import type { ConversationLog } from '../log.ts'
import { Refused } from '../refused.ts'
import type { CheckInEngine } from './engine.ts'

/*
 * The follow-up list (issue 16): chats that ended upset, why, and whether an agent followed up.
 * Which chats belong on it is @attune/empathy's `followUpReason`, read from each log; only the
 * agent's sending and the shopper's being asked are rows of their own (follow_ups).
 */

/** How far back the list looks: a follow-up weeks later reads as spam, not care. */
const LIST_DAYS = 30
/** The most chats the list reads, newest first. */
const LIST_LIMIT = 500

type Row = {
  id: string
  visitor_id: string
  ended_at: Date | string | null
  updated_at: Date | string
  sent_at: Date | string | null
  sent_by: string | null
  asked_at: Date | string | null
}

const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString())

/** A follow-up could not be sent; `reason` maps to the HTTP answer. */
class FollowUpRefused extends Refused<'not_found' | 'not_eligible' | 'already_sent'> {}

const SELECT = `
  SELECT c.id, c.visitor_id, c.updated_at,
         (SELECT max(e.created_at) FROM events e WHERE e.conversation_id = c.id AND e.kind = 'conversation.resolved') AS ended_at,
         f.sent_at, f.asked_at, p.name AS sent_by
  FROM conversations c
  LEFT JOIN follow_ups f ON f.conversation_id = c.id
  LEFT JOIN people p ON p.id = f.sent_by`

export function createFollowUps(db: Database, log: ConversationLog) {
  async function toFollowUps(rows: Row[]): Promise<FollowUp[]> {
    const logs = await log.checkInsOf(rows.map((r) => r.id))
    return rows.flatMap((row) => {
      const events = logs.get(row.id) ?? []
      const reason = followUpReason(events)
      if (!reason) return []
      const record = conversationRecord(events, { id: row.id, startedAt: '', language: 'und', agentId: null })
      return [
        {
          conversationId: row.id,
          visitorId: row.visitor_id,
          endedAt: iso(row.ended_at ?? row.updated_at)!,
          reason,
          moodBefore: record.moodBefore,
          moodAfter: record.moodAfter,
          sentAt: iso(row.sent_at),
          sentBy: row.sent_by,
          askedAt: iso(row.asked_at),
          moodFollowUp: record.moodFollowUp,
        },
      ]
    })
  }

  return {
    /**
     * The store's resolved chats of the last LIST_DAYS that ended upset, the newest first: all of
     * them, or with `narrowedTo` an agent's id (team/visible.ts), that agent's and the unassigned.
     */
    async list(siteId: string, narrowedTo: string | null): Promise<FollowUp[]> {
      const rows = await db.query<Row>(
        `${SELECT} WHERE c.site_id = $1 AND c.status = 'resolved' AND ${activeSince('now() - make_interval(days => $2)')}
           AND ${seenBy('$4')}
         ORDER BY ${NEWEST_ACTIVITY_FIRST} LIMIT $3`,
        [siteId, LIST_DAYS, LIST_LIMIT, narrowedTo],
      )
      return toFollowUps(rows)
    },

    /** One chat of the store, as the list shows it; null when it is not on the list. */
    async one(siteId: string, conversationId: string): Promise<FollowUp | null> {
      const rows = await db.query<Row>(`${SELECT} WHERE c.site_id = $1 AND c.id = $2 AND c.status = 'resolved'`, [siteId, conversationId])
      return (await toFollowUps(rows))[0] ?? null
    },

    /** An agent follows up: the shopper is asked the next time their widget connects. Once per chat. */
    async send(siteId: string, conversationId: string, personId: string): Promise<FollowUp> {
      const current = await this.one(siteId, conversationId)
      if (!current) {
        const [exists] = await db.query('SELECT 1 FROM conversations WHERE site_id = $1 AND id = $2', [siteId, conversationId])
        if (!exists) throw new FollowUpRefused('not_found', 'No such conversation in this store.')
        throw new FollowUpRefused('not_eligible', 'Only a chat that ended upset, unresolved or not understood is followed up.')
      }
      const inserted = await db.query(
        `INSERT INTO follow_ups (conversation_id, site_id, visitor_id, reason, sent_by)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (conversation_id) DO NOTHING RETURNING conversation_id`,
        [conversationId, siteId, current.visitorId, current.reason satisfies FollowUpReason, personId],
      )
      if (inserted.length === 0) throw new FollowUpRefused('already_sent', 'This chat was followed up already.')
      return (await this.one(siteId, conversationId))!
    },
  }
}

/**
 * The shopper's widget connected: when an agent followed up one of their chats and they are not
 * in a chat now, ask that chat's follow-up (claimed once, so two tabs never both ask) and return
 * its id, the conversation the welcome should resume. Null when there is nothing to ask.
 */
export async function askFollowUpOnConnect(db: Database, engine: CheckInEngine, visitorId: string): Promise<string | null> {
  const [claimed] = await db.query<{ conversation_id: string }>(
    `UPDATE follow_ups SET asked_at = now() WHERE conversation_id = (
       SELECT f.conversation_id FROM follow_ups f
       WHERE f.visitor_id = $1 AND f.asked_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM conversations c WHERE c.visitor_id = $1 AND c.status = 'open')
       ORDER BY f.sent_at LIMIT 1
     ) AND asked_at IS NULL RETURNING conversation_id`,
    [visitorId],
  )
  if (!claimed) return null
  return (await engine.askFollowUp(claimed.conversation_id)) ? claimed.conversation_id : null
}
