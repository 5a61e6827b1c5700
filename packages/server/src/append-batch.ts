import type { ConversationEvent, EmpathySnapshot } from '@attune/protocol'
import type { Outcome } from './append-queue.ts'
import { DUPLICATES, LOCK, WRITE } from './append-statements.ts'
import type { Queryable } from './db/database.ts'
import { ConversationClosedError, ConversationNotFoundError, type EventRow } from './event-rows.ts'
import type { AppendOptions, AppendResult, NewEvent } from './log.ts'
import type { CachedStatus, StatusCache } from './status-cache.ts'
import { isUuid } from './uuid.ts'

/** One caller's append, as the queue holds it. */
export type AppendItem = { conversationId: string; input: NewEvent; options: AppendOptions }
/**
 * The agent's card of a conversation (empathy/engine.ts writes one after every message): written
 * with the events of the batch it joins, by the same statement, the newest of a batch winning.
 */
type CardItem = { conversationId: string; card: EmpathySnapshot }
/** What the group commit writes: appends, and cards. */
export type BatchItem = AppendItem | CardItem

const isCard = (item: BatchItem): item is CardItem => 'card' in item

type StoredRow = EventRow & { conversation_id: string }
type Locked = { id: string; status: CachedStatus }

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

/**
 * The write refused itself (a conversation's status changed behind the cache, another process
 * resolved it; or the guard of `expectNew` left out a shopper's repeat): write again from the database.
 */
class StaleStatusError extends Error {
  override name = 'StaleStatusError'
}

/**
 * A batch written without looking for repeats held one, or a conversation's status changed: the
 * write failed, and the batch is to be written again, looking (`BatchContext.expectNew`).
 */
export class MaybeStoredError extends Error {
  override name = 'MaybeStoredError'
}

/** The write refused itself: a status changed since it was cached, or the guard left an event out (migration 24). */
const isNotAsPlanned = (error: unknown) => (error as { code?: unknown }).code === 'AT001'

/** The events' unique key refused a client id its conversation holds already (promise 2). */
const isStoredClientId = (error: unknown) =>
  (error as { code?: unknown }).code === '23505' && (error as { constraint?: unknown }).constraint === 'events_conversation_id_client_id_key'

/** Where an item ended up before the write: refused, a duplicate (stored, or of an earlier item), or to insert. */
type Plan = { error: unknown } | { stored: StoredRow } | { sameAs: number } | { k: number }

export type BatchContext = {
  toEvent: (row: EventRow) => ConversationEvent
  /** Statuses known from earlier writes; without it every conversation is read under lock. */
  cache?: StatusCache
  /**
   * Write as if no client id were stored before, without the statement that looks (issue 12: a
   * repeat is a retry after a lost ack, rare). A repeat then fails the write, by the events' unique
   * key in its own conversation or by the write's guard in the shopper's others, and the batch
   * throws MaybeStoredError, to be written again without this.
   */
  expectNew?: boolean
}

/** The outcomes (a card's is null), and what the cache may learn once the transaction committed (null: forget it). */
export type BatchResult = { outcomes: Outcome<AppendResult | null>[]; learned: Map<string, CachedStatus | null> }

/**
 * Whether writing the batch takes more than its one write statement, and so a transaction around
 * them: a conversation the cache does not know (its locking read), looking for repeats, or an
 * effect. Else the write commits by itself, and is undone by itself when it refuses (WRITE in
 * append-statements.ts). Read from the same cache `writeBatch` reads, in the same turn of the
 * event loop, so both agree.
 */
export function needsTransaction(batch: readonly BatchItem[], context: Pick<BatchContext, 'cache' | 'expectNew'>): boolean {
  if (!context.expectNew || !context.cache) return true
  const { cache } = context
  return batch.some(
    (item) => !isCard(item) && (item.options.effects !== undefined || (isUuid(item.conversationId) && !cache.get(item.conversationId))),
  )
}

const dedupeKey = (item: AppendItem) =>
  item.options.anyConversationOf ? `v:${item.options.anyConversationOf}:${item.input.clientId}` : `c:${item.conversationId}:${item.input.clientId}`

/**
 * Writes a batch of appends and cards with at most three statements whatever its size: lock the
 * conversations the cache does not know, find the duplicates (unless `expectNew`), write the
 * events, the conversations' new seq and their cards. `tx` is the caller's transaction, or the
 * database itself when the write is the only statement (`needsTransaction`). Refusals (not found,
 * resolved) are outcomes, not throws, so they never fail the batch; an effect runs after the
 * write, in item order, and is the last item of its conversation (the queue seals it).
 */
export async function writeBatch(tx: Queryable, batch: readonly BatchItem[], context: BatchContext): Promise<BatchResult> {
  const items = batch.filter((item): item is AppendItem => !isCard(item))
  const cards = new Map(batch.filter(isCard).map((item) => [item.conversationId, item.card]))
  const statuses = new Map<string, CachedStatus>()
  const learned = new Map<string, CachedStatus | null>()
  const unknown: string[] = []
  for (const id of new Set(items.map((item) => item.conversationId).filter((id) => isUuid(id)))) {
    const cached = context.cache?.get(id)
    if (cached) statuses.set(id, cached)
    else unknown.push(id)
  }
  if (unknown.length > 0) {
    for (const row of await tx.query<Locked>(LOCK, [unknown])) {
      statuses.set(row.id, row.status)
      learned.set(row.id, row.status)
    }
  }
  const stored = context.expectNew ? new Map<number, StoredRow>() : await duplicates(tx, items)

  const firstOfKey = new Map<string, number>()
  const counts = new Map<string, { n: number; wait: Wait }>()
  const plans: Plan[] = items.map((item, i) => {
    const status = statuses.get(item.conversationId)
    if (!status) return { error: new ConversationNotFoundError(item.conversationId) }
    if (item.input.clientId !== undefined) {
      const key = dedupeKey(item)
      const earlier = firstOfKey.get(key)
      if (earlier !== undefined) return { sameAs: earlier }
      firstOfKey.set(key, i)
      const row = stored.get(i)
      if (row) return { stored: row }
    }
    if (item.options.requireOpen && status !== 'open') return { error: new ConversationClosedError(item.conversationId) }
    const count = counts.get(item.conversationId) ?? { n: 0, wait: 'keep' }
    count.n += 1
    if (item.options.waiting) count.wait = nextWait[count.wait][item.options.waiting]
    counts.set(item.conversationId, count)
    // What an effect writes is not known here: its conversation is read afresh next time.
    if (item.options.effects) learned.set(item.conversationId, null)
    return { k: count.n }
  })
  // A resend to a conversation resolved since is acked with what it stored, not refused: look first.
  const refusedUnlessStored = (plan: Plan, i: number) =>
    'error' in plan && plan.error instanceof ConversationClosedError && items[i]!.input.clientId !== undefined
  if (context.expectNew && plans.some(refusedUnlessStored))
    throw new MaybeStoredError('[Attune] a resend to a resolved conversation may be stored already')

  const inserted = await write(tx, items, plans, statuses, counts, cards).catch((error: unknown) => {
    throw context.expectNew && (isStoredClientId(error) || error instanceof StaleStatusError)
      ? new MaybeStoredError('[Attune] a client id of the batch may be stored already', { cause: error })
      : error
  })
  const outcomes: Outcome<AppendResult>[] = []
  for (const [i, plan] of plans.entries()) {
    outcomes.push(await settle(tx, items[i]!, plan, outcomes, inserted, context.toEvent))
  }
  // In the batch's order, each card's outcome where it stood.
  let next = 0
  return { outcomes: batch.map((item) => (isCard(item) ? { ok: true, value: null } : outcomes[next++]!)), learned }
}

async function duplicates(tx: Queryable, items: readonly AppendItem[]): Promise<Map<number, StoredRow>> {
  const asked = items.flatMap((item, i) =>
    item.input.clientId !== undefined && isUuid(item.conversationId)
      ? [{ i, conversation_id: item.conversationId, client_id: item.input.clientId, visitor_id: item.options.anyConversationOf ?? null }]
      : [],
  )
  if (asked.length === 0) return new Map()
  const rows = await tx.query<StoredRow & { i: number }>(DUPLICATES, [JSON.stringify(asked)])
  return new Map(rows.map((row) => [row.i, row]))
}

/** Writes the new events and the cards; the events' rows by conversation, in seq order. */
async function write(
  tx: Queryable,
  items: readonly AppendItem[],
  plans: readonly Plan[],
  statuses: Map<string, CachedStatus>,
  counts: Map<string, { n: number; wait: Wait }>,
  cards: Map<string, EmpathySnapshot>,
): Promise<Map<string, StoredRow[]>> {
  const events = plans.flatMap((plan, i) => {
    if (!('k' in plan)) return []
    const { conversationId, input, options } = items[i]!
    return [
      {
        conversation_id: conversationId,
        k: plan.k,
        kind: input.kind,
        author_role: input.author.role,
        author_id: input.author.id,
        author_name: input.author.name ?? null,
        client_id: input.clientId ?? null,
        body: input.body,
        // The write's guard: not stored if the shopper sent this client id in another conversation.
        visitor_id: input.clientId === undefined ? null : (options.anyConversationOf ?? null),
      },
    ]
  })
  const ids = [...new Set([...counts.keys(), ...[...cards.keys()].filter((id) => isUuid(id))])]
  if (ids.length === 0) return new Map()
  // In id order: the update locks rows in the order it meets them.
  const moved = ids.sort().map((id) => {
    const { n, wait } = counts.get(id) ?? { n: 0, wait: 'keep' }
    return { id, n, wait, status: statuses.get(id) ?? null, card: cards.get(id) ?? null }
  })
  const rows = await tx.query<StoredRow>(WRITE, [JSON.stringify(moved), JSON.stringify(events), ids, events.length]).catch((error: unknown) => {
    throw isNotAsPlanned(error) ? new StaleStatusError('[Attune] the batch was not written as planned', { cause: error }) : error
  })
  const byConversation = new Map<string, StoredRow[]>()
  for (const row of rows.sort((a, b) => a.seq - b.seq)) {
    const list = byConversation.get(row.conversation_id) ?? []
    list.push(row)
    byConversation.set(row.conversation_id, list)
  }
  return byConversation
}

async function settle(
  tx: Queryable,
  item: AppendItem,
  plan: Plan,
  earlier: readonly Outcome<AppendResult>[],
  inserted: Map<string, StoredRow[]>,
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
  const row = inserted.get(item.conversationId)?.[plan.k - 1]
  if (!row) throw new Error('[Attune] an appended event was not returned')
  const event = toEvent(row)
  await item.options.effects?.(tx, event)
  return { ok: true, value: { event, duplicate: false } }
}
