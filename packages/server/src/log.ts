import type { Author, ConversationEvent, EmpathySnapshot, EventKind } from '@attune/protocol'
import type { Appended } from './active-conversations.ts'
import { MaybeStoredError, needsTransaction, writeBatch, type AppendItem, type BatchItem } from './append-batch.ts'
import { createAppendQueue, type Outcome } from './append-queue.ts'
import type { Database, Queryable } from './db/database.ts'
import { createStatusCache } from './status-cache.ts'
import { log as logger } from './logger.ts'
import { COLUMNS, toStoredEvent, type AttachmentUrl, type EventRow } from './event-rows.ts'

export { ConversationClosedError, ConversationNotFoundError } from './event-rows.ts'

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

export type AppendResult = {
  event: ConversationEvent
  duplicate: boolean
  /** The conversation a duplicate was found in, when another of the shopper's (`anyConversationOf`). */
  elsewhere?: string
}

export type AppendOptions = {
  /** Refuse (with ConversationClosedError) when the conversation is resolved. */
  requireOpen?: boolean
  /**
   * A shopper's message starts the wait for an answer (if none runs), an agent's ends it: written
   * with the append's own statement (issue 12), not as an effect.
   */
  waiting?: 'start' | 'stop'
  /**
   * A visitor's id: a client id they stored in any of their conversations is a duplicate, so a
   * retry sent after a resolve is acked with the original and never stored twice.
   */
  anyConversationOf?: string
  /**
   * Extra writes that must commit together with the event (status, hand-off…). Runs inside the
   * same transaction, after the insert, and never for a duplicate. Appends behind it to the same
   * conversation wait for the next transaction, so they see what it wrote.
   */
  effects?: (tx: Queryable, event: ConversationEvent) => Promise<void>
}

type LogHooks = {
  /**
   * After a commit, each conversation's new events in seq order (never a duplicate), and whether
   * one ran effects: what active-conversations.ts keeps in memory follows the log through it.
   */
  appended?: (conversationId: string, events: Appended[], effects: boolean) => void
}

/** Groups a committed batch's new events by conversation, for `LogHooks.appended`. */
function tellAppended(
  items: readonly BatchItem[],
  outcomes: readonly Outcome<AppendResult | null>[],
  appended: NonNullable<LogHooks['appended']>,
): void {
  const stored = new Map<string, { events: Appended[]; effects: boolean }>()
  items.forEach((item, i) => {
    const outcome = outcomes[i]
    if ('card' in item || !outcome?.ok || !outcome.value || outcome.value.duplicate) return
    const entry = stored.get(item.conversationId) ?? { events: [], effects: false }
    entry.events.push({ event: outcome.value.event, ...(item.options.waiting ? { waiting: item.options.waiting } : {}) })
    entry.effects ||= item.options.effects !== undefined
    stored.set(item.conversationId, entry)
  })
  for (const [id, { events, effects }] of stored) appended(id, events, effects)
}

/**
 * A conversation as an append-only log (architecture promise 1 and 2): seq is strictly increasing
 * and gapless per conversation, and a client id is stored at most once. Attached files' links are
 * signed afresh on every read (`attachmentUrl`), so a replayed conversation never shows a stale one.
 */
export function createLog(db: Database, attachmentUrl?: AttachmentUrl, hooks: LogHooks = {}) {
  const toEvent = (row: EventRow) => toStoredEvent(row, attachmentUrl)
  const cache = createStatusCache()
  const queue = createAppendQueue<BatchItem, AppendResult | null>({
    async write(items, alone) {
      const attempt = (expectNew: boolean) => {
        const context = { toEvent, expectNew, ...(alone ? {} : { cache }) }
        // A batch that is one statement commits by itself (decision 038): its BEGIN and COMMIT
        // would be a trip to the database each, for nothing the statement does not check itself.
        return needsTransaction(items, context) ? db.transaction((tx) => writeBatch(tx, items, context)) : writeBatch(db, items, context)
      }
      // A batch is written as new first (one statement fewer); one that held a repeat, again, looking.
      // The retry of one item alone trusts nothing: it looks.
      const writeLookingIfNeeded = async () => {
        if (alone) return attempt(false)
        try {
          return await attempt(true)
        } catch (error) {
          if (error instanceof MaybeStoredError) return attempt(false)
          throw error
        }
      }
      let result: Awaited<ReturnType<typeof writeBatch>>
      try {
        result = await writeLookingIfNeeded()
      } catch (error) {
        // Nothing of a failed transaction is remembered: its conversations are read afresh.
        for (const item of items) cache.forget(item.conversationId)
        throw error
      }
      for (const [id, status] of result.learned) {
        if (status) cache.set(id, status)
        else cache.forget(id)
      }
      // Committed: nothing after this may fail the batch (its items would be written again).
      try {
        if (hooks.appended) tellAppended(items, result.outcomes, hooks.appended)
      } catch (error) {
        logger.error({ err: error }, 'keeping appended events in memory failed')
      }
      return result.outcomes
    },
    key: (item) => item.conversationId,
    seals: (item) => 'options' in item && item.options.effects !== undefined,
  })
  return {
    /**
     * Appends through the group commit (docs/decisions/029): resolves once the transaction holding
     * it committed. Locking the conversation row serialises appends across processes, so
     * `last_seq + 1` can never be handed out twice nor skipped.
     */
    async append(conversationId: string, input: NewEvent, options: AppendOptions = {}): Promise<AppendResult> {
      // Postgres reads a uuid in either case; the batch compares ids as the database returns them.
      const item: AppendItem = { conversationId: conversationId.toLowerCase(), input, options }
      const result = await queue.add(item)
      if (!result) throw new Error('[Attune] an append was answered as a card')
      return result
    },

    /**
     * Stores the agent's card (empathy/engine.ts; the caller keeps its memory current). It joins the
     * group commit: the cards made while one batch is written go in the next, in the statement that
     * writes its events (issue 12: a card was a statement and a transaction of its own).
     */
    async setEmpathy(conversationId: string, card: EmpathySnapshot): Promise<void> {
      await queue.add({ conversationId: conversationId.toLowerCase(), card })
    },

    /** A conversation just created is open: its first append needs no locking read of its status. */
    opened(conversationId: string): void {
      cache.set(conversationId.toLowerCase(), 'open')
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
