import type { Author, ConversationEvent, EventKind } from '@attune/protocol'
import type { Database, Queryable } from './db/database.ts'

/**
 * What a caller appends; the log assigns `seq` and `at`. `body` holds the kind's own fields (a
 * message's `text`, a check-in's `phase`…) and is spread back into the event when read, so a new
 * event kind in the protocol needs no new column.
 */
export type NewEvent = {
  kind: EventKind
  author: Author
  /** The client's id for the item; makes the append idempotent. Left out for server events. */
  clientId?: string
  body: Record<string, unknown>
}

export type AppendResult = { event: ConversationEvent; duplicate: boolean }

export type AppendOptions = {
  /** Refuse (with ConversationClosedError) when the conversation is resolved. */
  requireOpen?: boolean
  /**
   * Extra writes that must commit together with the event (waiting_since, status…). Runs inside
   * the same transaction, after the insert, and never for a duplicate.
   */
  effects?: (tx: Queryable, event: ConversationEvent) => Promise<void>
}

export class ConversationNotFoundError extends Error {
  override name = 'ConversationNotFoundError'
}
export class ConversationClosedError extends Error {
  override name = 'ConversationClosedError'
}

type EventRow = {
  seq: number
  kind: string
  author_role: Author['role']
  author_id: string
  author_name: string | null
  client_id: string | null
  body: Record<string, unknown>
  created_at: Date | string
}

const COLUMNS = 'seq, kind, author_role, author_id, author_name, client_id, body, created_at'

// The kinds whose protocol schema carries the client's id (the others were not sent by a client).
const CARRIES_CLIENT_ID: ReadonlySet<string> = new Set(['message', 'checkin.answered', 'checkin.skipped'])

/** The link a reader gets to an attached file; the stored one may have expired (issue 11, finding 6). */
type AttachmentUrl = (uploadId: string) => string

/** Maps a stored row to the protocol's event shape (the one the wire carries). */
function toStoredEvent(row: EventRow, attachmentUrl?: AttachmentUrl): ConversationEvent {
  const author: Author = { role: row.author_role, id: row.author_id }
  if (row.author_name !== null) author.name = row.author_name
  const attachments = row.body.attachments
  const event: Record<string, unknown> = {
    ...row.body,
    ...(attachmentUrl && Array.isArray(attachments)
      ? { attachments: attachments.map((a: { id: string }) => ({ ...a, url: attachmentUrl(a.id) })) }
      : {}),
    kind: row.kind,
    seq: row.seq,
    at: new Date(row.created_at).toISOString(),
    author,
  }
  if (CARRIES_CLIENT_ID.has(row.kind)) event.clientId = row.client_id ?? ''
  // Rows are only written through `append` with the protocol's own types, so the shape holds.
  return event as ConversationEvent
}

/**
 * A conversation as an append-only log (architecture promise 1 and 2): seq is strictly increasing
 * and gapless per conversation, and a client id is stored at most once. Attached files' links are
 * signed afresh on every read (`attachmentUrl`), so a replayed conversation never shows a stale one.
 */
export function createLog(db: Database, attachmentUrl?: AttachmentUrl) {
  const toEvent = (row: EventRow) => toStoredEvent(row, attachmentUrl)
  return {
    /**
     * Appends in one transaction. Locking the conversation row serialises concurrent appends on
     * Postgres, so `last_seq + 1` can never be handed out twice nor skipped.
     */
    async append(conversationId: string, input: NewEvent, options: AppendOptions = {}): Promise<AppendResult> {
      return db.transaction(async (tx) => {
        const [conv] = await tx.query<{ status: string }>('SELECT status FROM conversations WHERE id = $1 FOR UPDATE', [conversationId])
        if (!conv) throw new ConversationNotFoundError(conversationId)
        const [existing] =
          input.clientId === undefined
            ? []
            : await tx.query<EventRow>(`SELECT ${COLUMNS} FROM events WHERE conversation_id = $1 AND client_id = $2`, [
                conversationId,
                input.clientId,
              ])
        if (existing) return { event: toEvent(existing), duplicate: true }
        if (options.requireOpen && conv.status !== 'open') throw new ConversationClosedError(conversationId)
        const [seqRow] = await tx.query<{ last_seq: number }>(
          'UPDATE conversations SET last_seq = last_seq + 1, updated_at = now() WHERE id = $1 RETURNING last_seq',
          [conversationId],
        )
        const [row] = await tx.query<EventRow>(
          `INSERT INTO events (conversation_id, seq, kind, author_role, author_id, author_name, client_id, body)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${COLUMNS}`,
          [
            conversationId,
            seqRow?.last_seq,
            input.kind,
            input.author.role,
            input.author.id,
            input.author.name ?? null,
            input.clientId ?? null,
            JSON.stringify(input.body),
          ],
        )
        if (!row) throw new Error('insert returned no row')
        const event = toEvent(row)
        await options.effects?.(tx, event)
        return { event, duplicate: false }
      })
    },

    /** Up to `limit` events right before `beforeSeq`, oldest first: one page of history. */
    async readBefore(conversationId: string, beforeSeq: number, limit: number): Promise<ConversationEvent[]> {
      const rows = await db.query<EventRow>(`SELECT ${COLUMNS} FROM events WHERE conversation_id = $1 AND seq < $2 ORDER BY seq DESC LIMIT $3`, [
        conversationId,
        beforeSeq,
        limit,
      ])
      return rows.reverse().map(toEvent)
    },

    /** The newest `limit` events, oldest first: what rules about "now" read (issue 12). */
    async readLatest(conversationId: string, limit: number): Promise<ConversationEvent[]> {
      const rows = await db.query<EventRow>(`SELECT ${COLUMNS} FROM events WHERE conversation_id = $1 ORDER BY seq DESC LIMIT $2`, [
        conversationId,
        limit,
      ])
      return rows.reverse().map(toEvent)
    },

    /** Events with seq > afterSeq, oldest first, at most `limit` of them. */
    async readAfter(conversationId: string, afterSeq: number, limit = 200): Promise<ConversationEvent[]> {
      const rows = await db.query<EventRow>(`SELECT ${COLUMNS} FROM events WHERE conversation_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`, [
        conversationId,
        afterSeq,
        limit,
      ])
      return rows.map(toEvent)
    },

    /**
     * The check-in events of many conversations at once, for insights: one query, grouped by
     * conversation, each group in seq order.
     */
    async checkInsOf(conversationIds: readonly string[]): Promise<Map<string, ConversationEvent[]>> {
      const groups = new Map<string, ConversationEvent[]>(conversationIds.map((id) => [id, []]))
      if (conversationIds.length === 0) return groups
      const rows = await db.query<EventRow & { conversation_id: string }>(
        `SELECT conversation_id, ${COLUMNS} FROM events
         WHERE conversation_id = ANY($1::uuid[]) AND kind LIKE 'checkin.%' ORDER BY conversation_id, seq`,
        [conversationIds],
      )
      for (const row of rows) groups.get(row.conversation_id)?.push(toEvent(row))
      return groups
    },

    /** The event a client id was stored as, in any of a visitor's conversations (retry after a resolve). */
    async findVisitorItem(visitorId: string, clientId: string) {
      const rows = await db.query<EventRow & { conversation_id: string }>(
        `SELECT e.conversation_id, ${COLUMNS.split(', ')
          .map((c) => `e.${c}`)
          .join(', ')}
         FROM events e JOIN conversations c ON c.id = e.conversation_id
         WHERE c.visitor_id = $1 AND e.client_id = $2 AND e.author_role = 'visitor' LIMIT 1`,
        [visitorId, clientId],
      )
      const row = rows[0]
      return row ? { conversationId: row.conversation_id, event: toEvent(row) } : null
    },
  }
}

export type ConversationLog = ReturnType<typeof createLog>
