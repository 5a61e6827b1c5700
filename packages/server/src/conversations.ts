import { randomUUID } from 'node:crypto'
import type { ConversationStatus, ConversationSummary, EmpathySnapshot, Handoff, ShopperContext } from '@attune/protocol'
import { topics, type Bus } from './bus.ts'
import { batchedRead } from './db/batched-read.ts'
import type { Database } from './db/database.ts'

export type ConversationRecord = {
  id: string
  siteId: string
  visitorId: string
  status: ConversationStatus
  lastSeq: number
  /** Who answers it (issue 14); null while it waits in "Unassigned". */
  assigneeId: string | null
}

/** How far each side has received and read a conversation (seq; 0: nothing yet). */
export type Marks = Record<'visitor' | 'agent', { delivered: number; read: number }>

type Row = {
  id: string
  site_id: string
  visitor_id: string
  status: ConversationStatus
  last_seq: number
  created_at: Date
  updated_at: Date
  waiting_since: Date | null
  last_text: string | null
  last_file: string | null
  last_role: 'visitor' | 'agent' | 'system' | null
  last_at: Date | null
  empathy: EmpathySnapshot | null
  context: ShopperContext | null
  handoff: Handoff | null
  abusive_seqs: number[]
  tags: string[] | null
  visitor_name: string | null
  assignee_id: string | null
  assignee_name: string | null
  transfer: { by: string; note: string; at: string } | null
}

const iso = (d: Date | string) => new Date(d).toISOString()

// The newest message per conversation, for the inbox preview, in one round trip.
const SUMMARY_COLUMNS = `
  SELECT c.id, c.site_id, c.visitor_id, c.status, c.last_seq, c.created_at, c.updated_at, c.waiting_since, c.empathy,
         c.handoff, c.abusive_seqs, c.assignee_id, c.transfer,
         (SELECT COALESCE(NULLIF(p.name, ''), p.email) FROM people p WHERE p.id = c.assignee_id) AS assignee_name,
         (SELECT v.context FROM visitors v WHERE v.id = c.visitor_id) AS context,
         (SELECT v.name FROM visitors v WHERE v.id = c.visitor_id) AS visitor_name,
         m.body->>'text' AS last_text, m.body->'attachments'->0->>'name' AS last_file,
         m.author_role AS last_role, m.created_at AS last_at,
         (SELECT array_agg(t.name ORDER BY ct.position) FROM conversation_tags ct JOIN tags t ON t.id = ct.tag_id
          WHERE ct.conversation_id = c.id) AS tags`
// The conversation's events newest first, then the first message among them. The kind is looked at
// outside the fenced subquery (OFFSET 0): in a database whose statistics were not gathered yet
// (a new store, the first minute after a restore) the planner otherwise matched it with the
// (kind, created_at) index and read every message of every store once per conversation — an
// agent's welcome of 500 summaries took 0.2-1.1 s, growing with the table.
const LAST_MESSAGE = `
  LEFT JOIN LATERAL (
    SELECT body, author_role, created_at FROM (
      SELECT body, author_role, created_at, kind FROM events e WHERE e.conversation_id = c.id ORDER BY e.seq DESC OFFSET 0
    ) newest WHERE kind = 'message' LIMIT 1
  ) m ON true`
const SUMMARY_SELECT = `${SUMMARY_COLUMNS} FROM conversations c ${LAST_MESSAGE}`
// The summary, and what the check-in rules read of the conversation, its shopper and its store.
const STATE_SELECT = `${SUMMARY_COLUMNS}, c.language, c.checkin_override, s.empathy_settings,
         (SELECT v.checkins_opted_out FROM visitors v WHERE v.id = c.visitor_id) AS checkins_opted_out
  FROM conversations c JOIN sites s ON s.id = c.site_id ${LAST_MESSAGE}`

/** The columns a ConversationRecord is read from. */
const RECORD = 'id, site_id, visitor_id, status, last_seq, assignee_id'

function toRecord(row: Pick<Row, 'id' | 'site_id' | 'visitor_id' | 'status' | 'last_seq' | 'assignee_id'>): ConversationRecord {
  return { id: row.id, siteId: row.site_id, visitorId: row.visitor_id, status: row.status, lastSeq: row.last_seq, assigneeId: row.assignee_id }
}

function toSummary(row: Row): ConversationSummary {
  return {
    id: row.id,
    visitorId: row.visitor_id,
    status: row.status,
    lastSeq: row.last_seq,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    lastMessage:
      row.last_text !== null && row.last_role !== null && row.last_at !== null
        ? { text: row.last_text, role: row.last_role, at: iso(row.last_at), ...(row.last_file ? { file: row.last_file } : {}) }
        : null,
    waitingSince: row.waiting_since ? iso(row.waiting_since) : null,
    ...(row.empathy ? { empathy: row.empathy } : {}),
    ...(row.context && Object.keys(row.context).length > 0 ? { context: row.context } : {}),
    ...(row.handoff ? { handoff: row.handoff } : {}),
    ...(row.abusive_seqs.length > 0 ? { abusive: row.abusive_seqs } : {}),
    ...(row.tags?.length ? { tags: row.tags } : {}),
    ...(row.visitor_name ? { visitorName: row.visitor_name } : {}),
    ...(row.assignee_id ? { assignee: { id: row.assignee_id, name: row.assignee_name ?? '' } } : {}),
    ...(row.assignee_id && row.transfer ? { transfer: row.transfer } : {}),
  }
}

/**
 * What an active conversation is kept in memory with (active-conversations.ts), its events aside:
 * the record, the inbox's summary, and what the check-in rules read of it and its store.
 */
export type ConversationState = {
  record: ConversationRecord
  summary: ConversationSummary
  openedAt: number
  language: string | null
  checkinOverride: Record<string, unknown>
  empathySettings: Record<string, unknown>
  optedOut: boolean
}

type MarksRow = Row & Record<`${keyof Marks}_${'delivered' | 'read'}_seq`, number | null>

type StateRow = Row & {
  language: string | null
  checkin_override: Record<string, unknown>
  empathy_settings: Record<string, unknown>
  checkins_opted_out: boolean
}

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
      if (!UUID.test(id)) return null
      const [row] = await db.query<Row>(`SELECT ${RECORD} FROM conversations WHERE id = $1`, [id])
      return row ? toRecord(row) : null
    },

    /** How far its log goes: one read by the key, to learn whether what a process keeps is behind. */
    async lastSeq(id: string): Promise<number | null> {
      if (!UUID.test(id)) return null
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
        `${SUMMARY_SELECT} WHERE c.site_id = $1 AND c.status = 'open' AND ($3::uuid IS NULL OR c.assignee_id IS NULL OR c.assignee_id = $3)
         ORDER BY c.updated_at DESC LIMIT $2`,
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
      if (!UUID.test(id)) return null
      const [row] = await db.query<StateRow>(`${STATE_SELECT} WHERE c.id = $1`, [id])
      if (!row) return null
      return {
        record: toRecord(row),
        summary: toSummary(row),
        openedAt: new Date(row.created_at).getTime(),
        language: row.language,
        checkinOverride: row.checkin_override,
        empathySettings: row.empathy_settings,
        optedOut: row.checkins_opted_out ?? false,
      }
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
      if (!UUID.test(id)) return null
      const row = await readWithMarks(id)
      if (!row) return null
      const marks: Marks = {
        visitor: { delivered: row.visitor_delivered_seq ?? 0, read: row.visitor_read_seq ?? 0 },
        agent: { delivered: row.agent_delivered_seq ?? 0, read: row.agent_read_seq ?? 0 },
      }
      return { record: toRecord(row), marks }
    },
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Whether an id from a path can be a conversation's (the column is a uuid; Postgres would throw). */
export const isConversationId = (id: string): boolean => UUID.test(id)

export type Conversations = ReturnType<typeof createConversations>

/**
 * The visitor's conversation to resume (their open one, else the newest), as a subquery for a
 * statement that reads more beside it: the shopper's welcome, one round trip (issue 12,
 * gateway/visitor-welcome.ts). `visitor` is the SQL of their id; read its row with `recordOf`.
 */
export const latestForVisitorSql = (visitor: string) =>
  `SELECT ${RECORD} FROM conversations WHERE visitor_id = ${visitor} ORDER BY (status = 'open') DESC, created_at DESC LIMIT 1`

export const recordOf = toRecord
