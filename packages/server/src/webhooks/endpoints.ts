import { randomUUID } from 'node:crypto'
import { webhookUrlProblem, type WebhookAttempt, type WebhookEndpoint, type WebhookEvent, type WebhookUrlProblem } from '@attune/protocol'
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

/** The server's words for each reason (the inbox has its own, in the person's language). */
const WHY: Record<WebhookUrlProblem, (raw: string) => string> = {
  not_url: (raw) => `"${raw}" is not a URL; give one like https://shop.example/attune-hook.`,
  credentials: () => 'Leave the user name and password out of the URL: the signature proves the sender.',
  not_https: () => 'A webhook URL starts with https://.',
  not_public: () =>
    'This server does not call its own machine or a private network (localhost, 127.0.0.1, 0.0.0.0, 10.x, 192.168.x, 169.254.169.254…); give a public HTTPS URL.',
}

/**
 * Why `raw` cannot be an endpoint, or null (the protocol's rule, webhook-url.ts). Loopback, over
 * plain http too, only where the server allows loopback endpoints at all (demo mode, tests,
 * ATTUNE_WEBHOOKS_LOOPBACK): in production the server never calls itself or its neighbours.
 */
export function endpointUrlProblem(raw: string, allowLoopback: boolean): string | null {
  const problem = webhookUrlProblem(raw, allowLoopback)
  return problem && WHY[problem](raw)
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
