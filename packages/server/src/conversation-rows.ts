import type { ConversationStatus, ConversationSummary, EmpathySnapshot, Handoff, ShopperContext } from '@attune/protocol'

// How a conversation's row is read: the SQL that selects it and the shapes the server keeps and
// sends of it (conversations.ts runs the statements).

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

export type Row = {
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
export const SUMMARY_SELECT = `${SUMMARY_COLUMNS} FROM conversations c ${LAST_MESSAGE}`

/**
 * Newest activity first, as an index reads it (migration 25): by the hour of the last activity,
 * then by its time among that hour's rows. The order is updated_at's; updated_at itself is in
 * no index, so a message's write updates its conversation's row in place.
 */
export const NEWEST_ACTIVITY_FIRST = 'c.active_hour DESC, c.updated_at DESC'

/**
 * `maySee` (issue 14) for a list read in SQL: with `person` (a placeholder for a uuid, or null for
 * someone who sees all; team/visible.ts `narrowedTo` gives it) only theirs and the unassigned.
 */
export const seenBy = (person: string) => `(${person}::uuid IS NULL OR c.assignee_id IS NULL OR c.assignee_id = ${person})`

/** Last activity at `at` (a timestamptz placeholder) or later, with the hour first for the index. */
export const activeSince = (at: string) => `c.active_hour >= date_trunc('hour', (${at}) AT TIME ZONE 'UTC') AND c.updated_at >= ${at}`

/** Ordered after (older than) the row last active at `at` with id `id`: the next page of NEWEST_ACTIVITY_FIRST, c.id DESC. */
export const activeBefore = (at: string, id: string) =>
  `c.active_hour <= date_trunc('hour', (${at}) AT TIME ZONE 'UTC') AND (c.updated_at, c.id) < (${at}, ${id})`

// The summary, and what the check-in rules read of the conversation, its shopper and its store.
export const STATE_SELECT = `${SUMMARY_COLUMNS}, c.language, c.checkin_override, s.empathy_settings,
         (SELECT v.checkins_opted_out FROM visitors v WHERE v.id = c.visitor_id) AS checkins_opted_out
  FROM conversations c JOIN sites s ON s.id = c.site_id ${LAST_MESSAGE}`

/** The columns a ConversationRecord is read from. */
export const RECORD = 'id, site_id, visitor_id, status, last_seq, assignee_id'

export function toRecord(row: Pick<Row, 'id' | 'site_id' | 'visitor_id' | 'status' | 'last_seq' | 'assignee_id'>): ConversationRecord {
  return { id: row.id, siteId: row.site_id, visitorId: row.visitor_id, status: row.status, lastSeq: row.last_seq, assigneeId: row.assignee_id }
}

export function toSummary(row: Row): ConversationSummary {
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

export type MarksRow = Row & Record<`${keyof Marks}_${'delivered' | 'read'}_seq`, number | null>

export type StateRow = Row & {
  language: string | null
  checkin_override: Record<string, unknown>
  empathy_settings: Record<string, unknown>
  checkins_opted_out: boolean
}

export function toState(row: StateRow): ConversationState {
  return {
    record: toRecord(row),
    summary: toSummary(row),
    openedAt: new Date(row.created_at).getTime(),
    language: row.language,
    checkinOverride: row.checkin_override,
    empathySettings: row.empathy_settings,
    optedOut: row.checkins_opted_out ?? false,
  }
}

export function toMarks(row: MarksRow): Marks {
  return {
    visitor: { delivered: row.visitor_delivered_seq ?? 0, read: row.visitor_read_seq ?? 0 },
    agent: { delivered: row.agent_delivered_seq ?? 0, read: row.agent_read_seq ?? 0 },
  }
}

/**
 * The visitor's conversation to resume (their open one, else the newest) and how far they have
 * read it, as a subquery for a statement that reads more beside it: the shopper's welcome, one
 * round trip (issue 12, gateway/visitor-welcome.ts). `visitor` is the SQL of their id; read its
 * row with `toRecord`.
 */
export const latestForVisitorSql = (visitor: string) =>
  `SELECT ${RECORD}, visitor_read_seq FROM conversations WHERE visitor_id = ${visitor}
   ORDER BY (status = 'open') DESC, created_at DESC LIMIT 1`
