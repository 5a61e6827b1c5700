import { randomUUID } from 'node:crypto'
import type { ConversationSummary, ShopperContext } from '@attune/protocol'
import { topics, type Bus } from './bus.ts'
import {
  NEWEST_ACTIVITY_FIRST,
  RECORD,
  seenBy,
  STATE_SELECT,
  SUMMARY_SELECT,
  toMarks,
  toRecord,
  toState,
  toSummary,
  type ConversationRecord,
  type ConversationState,
  type Marks,
  type MarksRow,
  type Row,
  type StateRow,
} from './conversation-rows.ts'
import { batchedRead } from './db/batched-read.ts'
import type { Database } from './db/database.ts'
import { isUuid } from './uuid.ts'

/** Tells every process to drop what it keeps of a conversation beyond its events (active-conversations.ts). */
export function conversationChanged(bus: Bus | undefined, conversationId: string): void {
  bus?.publish(topics.changes, { type: 'changed', what: 'conversation', conversationId })
}

/** Tells every process to drop what it keeps of a shopper's conversations (their name, context, opt-out, identity). */
export function visitorChanged(bus: Bus | undefined, visitorId: string): void {
  bus?.publish(topics.changes, { type: 'changed', what: 'visitor', visitorId })
}

/** The visitor's data was erased (while their socket was open): nothing can be stored for them. */
export class VisitorErasedError extends Error {
  override name = 'VisitorErasedError'
}

/**
 * Conversation rows: who owns them, their state, and the inbox's view of them. With a bus, a
 * change other processes may keep in memory is announced (active-conversations.ts).
 */
export function createConversations(db: Database, hooks: { created?: (conversationId: string) => void; bus?: Bus } = {}) {
  // A restart's crowd resumes at once: their reads go as one statement (db/batched-read.ts).
  const readWithMarks = batchedRead(async (ids: readonly string[]) => {
    const rows = await db.query<MarksRow>(
      `SELECT ${RECORD}, visitor_delivered_seq, visitor_read_seq, agent_delivered_seq, agent_read_seq
       FROM conversations WHERE id = ANY($1::uuid[])`,
      [ids],
    )
    const byId = new Map(rows.map((row) => [row.id, row]))
    return ids.map((id) => byId.get(id))
  })
  return {
    async get(id: string): Promise<ConversationRecord | null> {
      // A malformed id is simply not found (the column is a uuid; Postgres would throw).
      if (!isUuid(id)) return null
      const [row] = await db.query<Row>(`SELECT ${RECORD} FROM conversations WHERE id = $1`, [id])
      return row ? toRecord(row) : null
    },

    /** How far its log goes: one read by the key, to learn whether what a process keeps is behind. */
    async lastSeq(id: string): Promise<number | null> {
      if (!isUuid(id)) return null
      const [row] = await db.query<Pick<Row, 'last_seq'>>('SELECT last_seq FROM conversations WHERE id = $1', [id])
      return row ? row.last_seq : null
    },

    async latestForVisitor(visitorId: string): Promise<ConversationRecord | null> {
      const [row] = await db.query<Row>(
        `SELECT ${RECORD} FROM conversations
         WHERE visitor_id = $1 ORDER BY (status = 'open') DESC, created_at DESC LIMIT 1`,
        [visitorId],
      )
      return row ? toRecord(row) : null
    },

    /** The visitor's open conversation, opened now when there is none. */
    async openFor(siteId: string, visitorId: string): Promise<{ conversation: ConversationRecord; created: boolean }> {
      // The partial unique index (one open per visitor) makes a concurrent second insert a no-op.
      // A visitor erased while their socket is open inserts nothing (no foreign-key failure).
      const inserted = await db.query<Row>(
        `INSERT INTO conversations (id, site_id, visitor_id)
         SELECT $1, $2, $3 WHERE EXISTS (SELECT 1 FROM visitors WHERE id = $3)
         ON CONFLICT (visitor_id) WHERE status = 'open' DO NOTHING
         RETURNING ${RECORD}`,
        [randomUUID(), siteId, visitorId],
      )
      if (inserted[0]) {
        hooks.created?.(inserted[0].id)
        return { conversation: toRecord(inserted[0]), created: true }
      }
      const [row] = await db.query<Row>(`SELECT ${RECORD} FROM conversations WHERE visitor_id = $1 AND status = 'open'`, [visitorId])
      if (!row) {
        const [visitor] = await db.query('SELECT 1 FROM visitors WHERE id = $1', [visitorId])
        throw visitor ? new Error('[Attune] open conversation vanished') : new VisitorErasedError(visitorId)
      }
      return { conversation: toRecord(row), created: false }
    },

    /**
     * The site's open conversations, newest activity first, for an agent's welcome. With `onlyFor`,
     * just that person's and the unassigned ones (an agent's view, issue 14).
     */
    async openSummaries(siteId: string, limit = 500, onlyFor?: string): Promise<ConversationSummary[]> {
      const rows = await db.query<Row>(
        `${SUMMARY_SELECT} WHERE c.site_id = $1 AND c.status = 'open' AND ${seenBy('$3')}
         ORDER BY ${NEWEST_ACTIVITY_FIRST} LIMIT $2`,
        [siteId, limit, onlyFor ?? null],
      )
      return rows.map(toSummary)
    },

    async summary(id: string): Promise<ConversationSummary | null> {
      const [row] = await db.query<Row>(`${SUMMARY_SELECT} WHERE c.id = $1`, [id])
      return row ? toSummary(row) : null
    },

    /** Everything an active conversation is kept with but its events, in one statement. */
    async state(id: string): Promise<ConversationState | null> {
      if (!isUuid(id)) return null
      const [row] = await db.query<StateRow>(`${STATE_SELECT} WHERE c.id = $1`, [id])
      return row ? toState(row) : null
    },

    /** Flags a shopper's abusive message for the inbox (issue 16), once. */
    async flagAbusive(id: string, seq: number): Promise<void> {
      await db.query(`UPDATE conversations SET abusive_seqs = array_append(abusive_seqs, $2) WHERE id = $1 AND NOT ($2 = ANY (abusive_seqs))`, [
        id,
        seq,
      ])
      conversationChanged(hooks.bus, id)
    },

    /** The summary and the store it belongs to, in one statement: what the inbox is sent after an event. */
    async published(id: string): Promise<{ siteId: string; summary: ConversationSummary } | null> {
      const [row] = await db.query<Row>(`${SUMMARY_SELECT} WHERE c.id = $1`, [id])
      return row ? { siteId: row.site_id, summary: toSummary(row) } : null
    },

    /** The summaries of `ids`, by id (a search's page, issue 14). */
    async summariesOf(ids: readonly string[]): Promise<Map<string, ConversationSummary>> {
      if (ids.length === 0) return new Map()
      const rows = await db.query<Row>(`${SUMMARY_SELECT} WHERE c.id = ANY($1::uuid[])`, [ids])
      return new Map(rows.map((row) => [row.id, toSummary(row)]))
    },

    /** Remembers what the shopper's page told us when the panel opened. */
    async noteOpen(id: string, info: { page?: string; locale?: string; checkIns?: Record<string, boolean | undefined> }): Promise<void> {
      const override = info.checkIns ? { moments: info.checkIns } : null
      await db.query(
        `UPDATE conversations SET page = COALESCE($2, page), language = COALESCE($3, language),
           checkin_override = COALESCE($4::jsonb, checkin_override) WHERE id = $1`,
        [id, info.page ?? null, info.locale ?? null, override ? JSON.stringify(override) : null],
      )
      if (info.locale || override) conversationChanged(hooks.bus, id)
    },

    /** Merges what the store's page said about the shopper (page replaces, attributes merge). */
    async setContext(visitorId: string, context: ShopperContext): Promise<void> {
      await db.query(
        `UPDATE visitors SET context = jsonb_strip_nulls(
           context || jsonb_build_object('page', COALESCE($2::jsonb, context->'page'),
                                         'attributes', COALESCE(context->'attributes', '{}'::jsonb) || COALESCE($3::jsonb, '{}'::jsonb)))
         WHERE id = $1`,
        [visitorId, context.page ? JSON.stringify(context.page) : null, context.attributes ? JSON.stringify(context.attributes) : null],
      )
      visitorChanged(hooks.bus, visitorId)
    },

    /** "Don't ask me again": no more check-ins for this shopper, in any conversation. */
    async optOut(visitorId: string): Promise<void> {
      await db.query('UPDATE visitors SET checkins_opted_out = true WHERE id = $1', [visitorId])
      visitorChanged(hooks.bus, visitorId)
    },

    /**
     * Moves one side's read or delivered mark forward (never back: marks can arrive out of
     * order). Reading implies delivery.
     */
    async markRead(id: string, role: 'visitor' | 'agent', seq: number, mark: 'read' | 'delivered' = 'read'): Promise<void> {
      const delivered = `${role}_delivered_seq`
      const read = `${role}_read_seq`
      const sets = [`${delivered} = GREATEST(${delivered}, LEAST($2, last_seq))`]
      if (mark === 'read') sets.push(`${read} = GREATEST(${read}, LEAST($2, last_seq))`)
      await db.query(`UPDATE conversations SET ${sets.join(', ')} WHERE id = $1`, [id, seq])
    },

    /**
     * What a client that resumes needs, in one read: the conversation (for the access check and
     * its last seq) and how far each side has received and read.
     */
    async withMarks(id: string): Promise<{ record: ConversationRecord; marks: Marks } | null> {
      if (!isUuid(id)) return null
      const row = await readWithMarks(id)
      return row ? { record: toRecord(row), marks: toMarks(row) } : null
    },
  }
}

export type Conversations = ReturnType<typeof createConversations>
