import type { ConversationEvent, WebhookPayload } from '@attune/protocol'
import { WEBHOOK_SIGNATURE_HEADER } from '@attune/protocol'
import { topics, type Bus } from '../bus.ts'
import { createCache } from '../cache.ts'
import type { Database } from '../db/database.ts'
import { ATTEMPTS_KEPT } from './endpoints.ts'
import { createdPayload, eventPayload, testPayload, webhookEventOf } from './payload.ts'
import { retryDelay, RETRY_DELAYS_MS } from './retry.ts'
import { failureText, resolveAll, send, type Resolve } from './send.ts'
import { signWebhook } from './signing.ts'
import { log } from '../logger.ts'

export type DeliveryOptions = {
  /** The failed-try schedule (README: Webhooks); tests shorten it. */
  retryDelaysMs?: readonly number[]
  /** How long an endpoint has to answer before the try counts as failed. */
  timeoutMs?: number
  /** How often the worker looks for due retries (new events are sent at once); 5 s. */
  pollMs?: number
  now?: () => number
  /** Sent as User-Agent, e.g. `Attune-Webhooks/0.4.0`. */
  userAgent?: string
  /** Accept endpoints on this machine (demo mode, tests, ATTUNE_WEBHOOKS_LOOPBACK); a private network never. */
  allowLoopback?: boolean
  /** Resolves an endpoint's host to all its addresses (DNS); tests inject their own. */
  resolve?: Resolve
}

/** Deliveries in flight at once per process: a few hanging endpoints never hold up the rest for long. */
const IN_FLIGHT = 16
/** How old the kept endpoints may get when the bus lost a change (or it came from elsewhere). */
const ENDPOINTS_TTL_MS = 60_000
/** Conversations whose store is kept, the latest first out when there are more. */
const CONVERSATIONS_KEPT = 10_000

/** Tells every process that a store's webhook endpoints changed, so none keeps the old list. */
export function webhooksChanged(bus: Bus, siteId: string): void {
  bus.publish(topics.changes, { type: 'changed', what: 'webhooks', siteId })
}

type Due = { id: string; event: string; body: string; attempts: number; url: string; secret: string; site_id: string; endpoint_id: string }
type Outcome = { status: number | null; error: string | null; durationMs: number }

/**
 * The queue and its worker. Enqueuing is all the chat's path ever does (one statement, not
 * awaited by the sender's ack); the worker POSTs from the database, so a restart loses nothing
 * and several processes share the queue (rows are leased with `locked_until`).
 */
export function createDeliveries(db: Database, bus: Bus, options: DeliveryOptions = {}) {
  const now = options.now ?? Date.now
  const timeoutMs = options.timeoutMs ?? 10_000
  const delays = options.retryDelaysMs ?? RETRY_DELAYS_MS
  const { resolve = resolveAll, allowLoopback = false } = options
  const closing = new AbortController()
  const inFlight = new Set<Promise<void>>()
  let claiming: Promise<void> | null = null
  let timer: NodeJS.Timeout | undefined

  async function enqueue(rows: { endpointIds: string[]; conversationId: string | null; payload: WebhookPayload }): Promise<void> {
    if (rows.endpointIds.length === 0) return
    // From the table, not the list: an endpoint removed since the list was kept is left out.
    await db.query(
      `INSERT INTO webhook_deliveries (id, endpoint_id, conversation_id, event, body, next_at)
       SELECT gen_random_uuid(), e.id, $2, $3, $4, $5 FROM webhook_endpoints e WHERE e.id = ANY($1::uuid[])`,
      [rows.endpointIds, rows.conversationId, rows.payload.type, JSON.stringify(rows.payload), new Date(now())],
    )
    wake()
  }

  /**
   * Every store's endpoints by the event they want, kept in memory (issue 12): most events have
   * no endpoint, and those cost no statement. Few stores have endpoints, so all are kept as one.
   */
  const wanted = createCache(
    async () => {
      const rows = await db.query<{ id: string; site_id: string; events: string[] }>('SELECT id, site_id, events FROM webhook_endpoints')
      const byEvent = new Map<string, Map<string, string[]>>()
      for (const row of rows)
        for (const event of row.events) {
          const sites = byEvent.get(event) ?? byEvent.set(event, new Map()).get(event)!
          sites.set(row.site_id, [...(sites.get(row.site_id) ?? []), row.id])
        }
      return byEvent
    },
    { ttlMs: ENDPOINTS_TTL_MS, max: 1 },
  )
  bus.subscribe(topics.changes, (message) => message.type === 'changed' && message.what === 'webhooks' && wanted.clear())
  /** The store of conversations seen lately: a conversation never moves to another store. */
  const storeOf = new Map<string, string>()
  const remember = (conversationId: string, siteId: string) => {
    storeOf.set(conversationId, siteId)
    if (storeOf.size > CONVERSATIONS_KEPT) storeOf.delete(storeOf.keys().next().value!)
  }

  /** The endpoints of the conversation's own store subscribed to `event`: nothing crosses stores. */
  async function subscribers(conversationId: string, event: string) {
    const sites = (await wanted.get('all')).get(event)
    const known = storeOf.get(conversationId)
    if (!sites || (known && !sites.has(known))) return null
    const [row] = await db.query<{ site_id: string; key: string; visitor_id: string }>(
      'SELECT c.site_id, s.key, c.visitor_id FROM conversations c JOIN sites s ON s.id = c.site_id WHERE c.id = $1',
      [conversationId],
    )
    if (!row) return null
    remember(conversationId, row.site_id)
    const endpointIds = sites.get(row.site_id)
    return endpointIds ? { storeKey: row.key, conversation: { id: conversationId, visitorId: row.visitor_id }, endpointIds } : null
  }

  /** Leases what is due (never more than the free slots) and sends each on its own. */
  async function claim(): Promise<void> {
    const free = IN_FLIGHT - inFlight.size
    if (free <= 0 || closing.signal.aborted) return
    const at = new Date(now())
    const rows = await db.query<Due>(
      `UPDATE webhook_deliveries d SET locked_until = $2
       FROM webhook_endpoints e
       WHERE e.id = d.endpoint_id AND d.id IN (
         SELECT id FROM webhook_deliveries WHERE next_at <= $1 AND (locked_until IS NULL OR locked_until <= $1)
         ORDER BY next_at LIMIT $3 FOR UPDATE SKIP LOCKED)
       RETURNING d.id, d.event, d.body, d.attempts, e.url, e.secret, e.site_id, e.id AS endpoint_id`,
      [at, new Date(at.getTime() + timeoutMs + 60_000), free],
    )
    for (const row of rows) {
      const job = deliver(row).catch((error: unknown) => log.error({ err: error }, 'webhook delivery bookkeeping failed'))
      inFlight.add(job)
      void job.finally(() => inFlight.delete(job))
    }
  }

  function wake(): void {
    if (claiming || closing.signal.aborted) return
    claiming = claim()
      .catch((error: unknown) => log.error({ err: error }, 'webhook queue unavailable'))
      .finally(() => (claiming = null))
  }

  async function deliver(row: Due): Promise<void> {
    const outcome = await post(row)
    if (!outcome) return // closing: the lease runs out and the next process sends it
    const attempt = row.attempts + 1
    const delivered = outcome.status !== null && outcome.status >= 200 && outcome.status < 300
    const wait = delivered ? null : retryDelay(attempt, delays)
    const retryAt = wait === null ? null : new Date(now() + wait)
    await db.transaction(async (tx) => {
      if (retryAt) {
        await tx.query('UPDATE webhook_deliveries SET attempts = $2, next_at = $3, locked_until = NULL WHERE id = $1', [row.id, attempt, retryAt])
      } else {
        await tx.query('DELETE FROM webhook_deliveries WHERE id = $1', [row.id])
      }
      // The endpoint may have been removed while its request was out: the line stays, unlinked.
      await tx.query(
        `INSERT INTO webhook_attempts (site_id, endpoint_id, url, event, attempt, status, error, duration_ms, at, retry_at)
         VALUES ($1, (SELECT id FROM webhook_endpoints WHERE id = $2), $3, $4, $5, $6, $7, $8, $9, $10)`,
        [row.site_id, row.endpoint_id, row.url, row.event, attempt, outcome.status, outcome.error, outcome.durationMs, new Date(now()), retryAt],
      )
      await tx.query(
        `DELETE FROM webhook_attempts WHERE site_id = $1 AND id NOT IN (
           SELECT id FROM webhook_attempts WHERE site_id = $1 ORDER BY id DESC LIMIT $2)`,
        [row.site_id, ATTEMPTS_KEPT],
      )
    })
  }

  /** One POST; its outcome, or null when the server is closing (the try does not count). */
  async function post(row: Due): Promise<Outcome | null> {
    const started = performance.now()
    const headers = {
      'Content-Type': 'application/json',
      'User-Agent': options.userAgent ?? 'Attune-Webhooks',
      'Attune-Event': row.event,
      'Attune-Delivery': row.id,
      [WEBHOOK_SIGNATURE_HEADER]: signWebhook(row.secret, Math.floor(now() / 1000), row.body),
    }
    const timeout = AbortSignal.timeout(timeoutMs)
    try {
      const status = await send(new URL(row.url), headers, row.body, { resolve, allowLoopback, signal: AbortSignal.any([timeout, closing.signal]) })
      return { status, error: null, durationMs: Math.round(performance.now() - started) }
    } catch (error) {
      if (closing.signal.aborted) return null
      const why = timeout.aborted ? `no answer within ${timeoutMs / 1000} s` : failureText(error)
      return { status: null, error: why, durationMs: Math.round(performance.now() - started) }
    }
  }

  return {
    /** A logged event, for the endpoints that want it. Never throws: the chat goes on regardless. */
    async onEvent(conversationId: string, event: ConversationEvent): Promise<void> {
      const type = webhookEventOf(event)
      if (!type) return
      try {
        const found = await subscribers(conversationId, type)
        const payload = found && eventPayload(found.storeKey, found.conversation, event)
        if (found && payload) await enqueue({ endpointIds: found.endpointIds, conversationId, payload })
      } catch (error) {
        log.error({ err: error, event: type }, 'webhook not queued')
      }
    },

    /** A conversation was opened. Never throws, as `onEvent`. */
    async onCreated(conversationId: string): Promise<void> {
      try {
        const found = await subscribers(conversationId, 'conversation.created')
        if (found)
          await enqueue({
            endpointIds: found.endpointIds,
            conversationId,
            payload: createdPayload(found.storeKey, found.conversation, new Date(now())),
          })
      } catch (error) {
        log.error({ err: error, event: 'conversation.created' }, 'webhook not queued')
      }
    },

    /** "Send a test event" to one endpoint the caller checked is the store's. */
    async sendTest(storeKey: string, endpointId: string): Promise<void> {
      await enqueue({ endpointIds: [endpointId], conversationId: null, payload: testPayload(storeKey, new Date(now())) })
    },

    /** Sends what is due now and keeps looking every `pollMs`. */
    start(): void {
      wake()
      timer = setInterval(wake, options.pollMs ?? 5000)
      timer.unref()
    },

    /** Stops: tries in flight are abandoned uncounted (their lease lapses; the next start sends them). */
    async close(): Promise<void> {
      clearInterval(timer)
      closing.abort()
      await claiming
      await Promise.all(inFlight)
    },
  }
}
