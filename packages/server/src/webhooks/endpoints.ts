import { randomUUID } from 'node:crypto'
import type { WebhookAttempt, WebhookEndpoint, WebhookEvent } from '@attune/protocol'
import { AccountError } from '../accounts/errors.ts'
import { isUuid } from '../uuid.ts'
import type { Database } from '../db/database.ts'
import { newWebhookSecret } from './signing.ts'

/** How many tries the delivery log keeps per store. */
export const ATTEMPTS_KEPT = 100

type EndpointRow = { id: string; url: string; events: WebhookEvent[]; created_at: Date | string }
type AttemptRow = {
  id: string
  endpoint_id: string | null
  url: string
  event: string
  attempt: number
  status: number | null
  error: string | null
  duration_ms: number
  at: Date | string
  retry_at: Date | string | null
}

const iso = (d: Date | string) => new Date(d).toISOString()
const toEndpoint = (row: EndpointRow): WebhookEndpoint => ({ id: row.id, url: row.url, events: row.events, createdAt: iso(row.created_at) })
const toAttempt = (row: AttemptRow): WebhookAttempt => ({
  id: String(row.id),
  endpointId: row.endpoint_id,
  url: row.url,
  event: row.event,
  attempt: row.attempt,
  status: row.status,
  error: row.error,
  durationMs: row.duration_ms,
  at: iso(row.at),
  retryAt: row.retry_at ? iso(row.retry_at) : null,
})

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i

/**
 * Why `raw` cannot be an endpoint, or null. HTTPS only: bodies carry shoppers' words. Plain
 * http is allowed to this machine's loopback only where the server allows loopback endpoints at
 * all (demo mode, tests, ATTUNE_WEBHOOKS_LOOPBACK): in production the server never calls itself
 * or its neighbours on 127.0.0.1.
 */
export function endpointUrlProblem(raw: string, allowLoopback: boolean): string | null {
  if (!URL.canParse(raw)) return `"${raw}" is not a URL; give one like https://shop.example/attune-hook.`
  const url = new URL(raw)
  if (url.username || url.password) return 'Leave the user name and password out of the URL: the signature proves the sender.'
  if (LOOPBACK.test(url.hostname)) {
    if (!allowLoopback) return 'This server does not call its own machine (localhost, 127.0.0.1); give a public HTTPS URL.'
    return url.protocol === 'http:' || url.protocol === 'https:' ? null : 'A webhook URL starts with https://.'
  }
  return url.protocol === 'https:' ? null : 'A webhook URL starts with https://.'
}

/** A store's endpoints and its delivery log. Every read and write names the store. */
export function createEndpoints(db: Database, allowLoopback: boolean, changed: (siteId: string) => void) {
  return {
    async list(siteId: string): Promise<WebhookEndpoint[]> {
      const rows = await db.query<EndpointRow>('SELECT id, url, events, created_at FROM webhook_endpoints WHERE site_id = $1 ORDER BY created_at', [
        siteId,
      ])
      return rows.map(toEndpoint)
    },

    /** A new endpoint and its secret, which the caller shows once. */
    async create(siteId: string, url: string, events: readonly WebhookEvent[]): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
      const problem = endpointUrlProblem(url, allowLoopback)
      if (problem) throw new AccountError('bad_request', problem)
      const secret = newWebhookSecret()
      const [row] = await db.query<EndpointRow>(
        `INSERT INTO webhook_endpoints (id, site_id, url, events, secret) VALUES ($1, $2, $3, $4, $5)
         RETURNING id, url, events, created_at`,
        [randomUUID(), siteId, new URL(url).href, [...new Set(events)], secret],
      )
      changed(siteId)
      return { endpoint: toEndpoint(row!), secret }
    },

    /** A new secret for one of the store's endpoints; the old one stops signing at once. */
    async rotate(siteId: string, id: string): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
      const secret = newWebhookSecret()
      const [row] = await db.query<EndpointRow>(
        `UPDATE webhook_endpoints SET secret = $3 WHERE id = $1 AND site_id = $2 RETURNING id, url, events, created_at`,
        [uuidOrNothing(id), siteId, secret],
      )
      if (!row) throw notFound()
      return { endpoint: toEndpoint(row), secret }
    },

    /** Removes one of the store's endpoints with its pending deliveries; the log keeps its lines. */
    async remove(siteId: string, id: string): Promise<void> {
      const rows = await db.query('DELETE FROM webhook_endpoints WHERE id = $1 AND site_id = $2 RETURNING id', [uuidOrNothing(id), siteId])
      if (rows.length === 0) throw notFound()
      changed(siteId)
    },

    /** Whether the store has this endpoint (404 otherwise: another store's look missing). */
    async require(siteId: string, id: string): Promise<void> {
      const rows = await db.query('SELECT 1 FROM webhook_endpoints WHERE id = $1 AND site_id = $2', [uuidOrNothing(id), siteId])
      if (rows.length === 0) throw notFound()
    },

    /** The store's last tries, newest first. */
    async attempts(siteId: string): Promise<WebhookAttempt[]> {
      const rows = await db.query<AttemptRow>(
        `SELECT id, endpoint_id, url, event, attempt, status, error, duration_ms, at, retry_at
         FROM webhook_attempts WHERE site_id = $1 ORDER BY id DESC LIMIT $2`,
        [siteId, ATTEMPTS_KEPT],
      )
      return rows.map(toAttempt)
    },
  }
}

const notFound = () => new AccountError('not_found', 'No such webhook endpoint.')

// The column is a uuid: a malformed id from a path matches nothing (Postgres would throw).
const uuidOrNothing = (id: string) => (isUuid(id) ? id : '00000000-0000-0000-0000-000000000000')
