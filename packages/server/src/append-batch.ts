import type { ConversationEvent } from '@attune/protocol'
import type { Outcome } from './append-queue.ts'
import type { Queryable } from './db/database.ts'
import { COLUMNS, ConversationClosedError, ConversationNotFoundError, type EventRow } from './event-rows.ts'
import type { AppendOptions, AppendResult, NewEvent } from './log.ts'

/** One caller's append, as the queue holds it. */
export type AppendItem = { conversationId: string; input: NewEvent; options: AppendOptions }

type StoredRow = EventRow & { conversation_id: string }
type Locked = { id: string; status: string; last_seq: number }

/**
 * How a batch moves a conversation's wait, folded from its items in order: a shopper's message
 * starts it (if none runs), an agent's ends it, a shopper's after an agent's starts it afresh.
 */
type Wait = 'keep' | 'start' | 'stop' | 'restart'
const nextWait: Record<Wait, Record<'start' | 'stop', Wait>> = {
  keep: { start: 'start', stop: 'stop' },
  start: { start: 'start', stop: 'stop' },
  stop: { start: 'restart', stop: 'stop' },
  restart: { start: 'restart', stop: 'stop' },
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

// Locks every conversation of the batch, in id order so two processes' batches never deadlock.
const LOCK = 'SELECT id, status, last_seq FROM conversations WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE'

const prefixed = COLUMNS.split(', ')
  .map((c) => `e.${c}`)
  .join(', ')

// The stored event of each client id, in its conversation or, for a shopper's message, in any of theirs.
const DUPLICATES = `
  SELECT r.i, d.conversation_id, ${COLUMNS.split(', ')
    .map((c) => `d.${c}`)
    .join(', ')}
  FROM jsonb_to_recordset($1::jsonb) AS r(i int, conversation_id uuid, client_id text, visitor_id uuid)
  CROSS JOIN LATERAL (
    (SELECT e.conversation_id, ${prefixed} FROM events e WHERE e.conversation_id = r.conversation_id AND e.client_id = r.client_id)
    UNION ALL
    (SELECT e.conversation_id, ${prefixed} FROM conversations c JOIN events e ON e.conversation_id = c.id AND e.client_id = r.client_id
     WHERE r.visitor_id IS NOT NULL AND c.visitor_id = r.visitor_id AND c.id <> r.conversation_id AND e.author_role = 'visitor')
    LIMIT 1
  ) d`

// One statement for the whole batch: each conversation's seq and wait move, every event is inserted.
const WRITE = `
  WITH moved AS (
    UPDATE conversations c SET last_seq = r.last_seq, updated_at = now(),
      waiting_since = CASE r.wait WHEN 'start' THEN COALESCE(c.waiting_since, now()) WHEN 'restart' THEN now()
                                  WHEN 'stop' THEN NULL ELSE c.waiting_since END
    FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, last_seq int, wait text) WHERE c.id = r.id
  )
  INSERT INTO events (conversation_id, seq, kind, author_role, author_id, author_name, client_id, body)
  SELECT conversation_id, seq, kind, author_role, author_id, author_name, client_id, body
  FROM jsonb_to_recordset($2::jsonb)
    AS r(conversation_id uuid, seq int, kind text, author_role text, author_id text, author_name text, client_id text, body jsonb)
  RETURNING conversation_id, ${COLUMNS}`

/** Where an item ended up before the write: refused, a duplicate (stored, or of an earlier item), or to insert. */
type Plan = { error: unknown } | { stored: StoredRow } | { sameAs: number } | { seq: number }

const dedupeKey = (item: AppendItem) =>
  item.options.anyConversationOf ? `v:${item.options.anyConversationOf}:${item.input.clientId}` : `c:${item.conversationId}:${item.input.clientId}`

/**
 * Writes a batch of appends in the caller's transaction with three statements whatever its size:
 * lock the conversations, find the duplicates, write the events and the conversations' new seq.
 * Refusals (not found, resolved) are outcomes, not throws, so they never fail the batch; an effect
 * runs after the write, in item order, and is the last item of its conversation (the queue seals it).
 */
export async function writeBatch(
  tx: Queryable,
  items: readonly AppendItem[],
  toEvent: (row: EventRow) => ConversationEvent,
): Promise<Outcome<AppendResult>[]> {
  const ids = [...new Set(items.map((item) => item.conversationId).filter((id) => UUID.test(id)))]
  const locked = new Map((await tx.query<Locked>(LOCK, [ids])).map((row) => [row.id, { ...row }]))
  const stored = await duplicates(tx, items)

  const firstOfKey = new Map<string, number>()
  const waits = new Map<string, Wait>()
  const plans: Plan[] = items.map((item, i) => {
    const conversation = locked.get(item.conversationId)
    if (!conversation) return { error: new ConversationNotFoundError(item.conversationId) }
    if (item.input.clientId !== undefined) {
      const key = dedupeKey(item)
      const earlier = firstOfKey.get(key)
      if (earlier !== undefined) return { sameAs: earlier }
      firstOfKey.set(key, i)
      const row = stored.get(i)
      if (row) return { stored: row }
    }
    if (item.options.requireOpen && conversation.status !== 'open') return { error: new ConversationClosedError(item.conversationId) }
    conversation.last_seq += 1
    const wait = item.options.waiting
    if (wait) waits.set(item.conversationId, nextWait[waits.get(item.conversationId) ?? 'keep'][wait])
    return { seq: conversation.last_seq }
  })

  const inserted = await write(tx, items, plans, locked, waits)
  const results: Outcome<AppendResult>[] = []
  for (const [i, plan] of plans.entries()) {
    results.push(await settle(tx, items[i]!, plan, results, inserted, toEvent))
  }
  return results
}

async function duplicates(tx: Queryable, items: readonly AppendItem[]): Promise<Map<number, StoredRow>> {
  const asked = items.flatMap((item, i) =>
    item.input.clientId !== undefined && UUID.test(item.conversationId)
      ? [{ i, conversation_id: item.conversationId, client_id: item.input.clientId, visitor_id: item.options.anyConversationOf ?? null }]
      : [],
  )
  if (asked.length === 0) return new Map()
  const rows = await tx.query<StoredRow & { i: number }>(DUPLICATES, [JSON.stringify(asked)])
  return new Map(rows.map((row) => [row.i, row]))
}

async function write(
  tx: Queryable,
  items: readonly AppendItem[],
  plans: readonly Plan[],
  locked: Map<string, Locked>,
  waits: Map<string, Wait>,
): Promise<Map<string, StoredRow>> {
  const events = plans.flatMap((plan, i) => {
    if (!('seq' in plan)) return []
    const { conversationId, input } = items[i]!
    return [
      {
        conversation_id: conversationId,
        seq: plan.seq,
        kind: input.kind,
        author_role: input.author.role,
        author_id: input.author.id,
        author_name: input.author.name ?? null,
        client_id: input.clientId ?? null,
        body: input.body,
      },
    ]
  })
  if (events.length === 0) return new Map()
  const moved = [...new Set(events.map((e) => e.conversation_id))].map((id) => ({
    id,
    last_seq: locked.get(id)!.last_seq,
    wait: waits.get(id) ?? 'keep',
  }))
  const rows = await tx.query<StoredRow>(WRITE, [JSON.stringify(moved), JSON.stringify(events)])
  return new Map(rows.map((row) => [`${row.conversation_id}:${row.seq}`, row]))
}

async function settle(
  tx: Queryable,
  item: AppendItem,
  plan: Plan,
  earlier: readonly Outcome<AppendResult>[],
  inserted: Map<string, StoredRow>,
  toEvent: (row: EventRow) => ConversationEvent,
): Promise<Outcome<AppendResult>> {
  if ('error' in plan) return { ok: false, error: plan.error }
  if ('stored' in plan) {
    const elsewhere = plan.stored.conversation_id === item.conversationId ? {} : { elsewhere: plan.stored.conversation_id }
    return { ok: true, value: { event: toEvent(plan.stored), duplicate: true, ...elsewhere } }
  }
  if ('sameAs' in plan) {
    const first = earlier[plan.sameAs]!
    return first.ok ? { ok: true, value: { ...first.value, duplicate: true } } : first
  }
  const row = inserted.get(`${item.conversationId}:${plan.seq}`)
  if (!row) throw new Error('[Attune] an appended event was not returned')
  const event = toEvent(row)
  await item.options.effects?.(tx, event)
  return { ok: true, value: { event, duplicate: false } }
}
