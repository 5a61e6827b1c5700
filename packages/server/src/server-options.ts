// What a caller gives `createAttuneServer` and what it gets back (server.ts builds it from them).
import type { Database } from './db/database.ts'
import type { AbuseCheck } from './empathy/hard-conversation.ts'
import type { SweepSchedule } from './empathy/timer-sweeps.ts'
import type { RecheckSchedule } from './gateway/inbox-recheck.ts'
import type { GatewayLimits } from './gateway/limits.ts'
import type { AssetDirs } from './http/router.ts'
import type { MailOptions } from './mail/service.ts'
import type { WebhookOptions } from './webhooks/webhooks.ts'

export type AttuneServerOptions = {
  /**
   * Directory of the embedded database; in memory when left out (tests, throwaway demos). Files
   * are kept in the database with either engine; the ones an older version kept in its `uploads/`
   * folder are moved into it at start.
   */
  dataDir?: string
  /** A PostgreSQL URL: use that database instead of the embedded one, uploaded files' bytes too. */
  databaseUrl?: string
  /**
   * A Redis URL: events, typing, presence and revocations cross to the other processes serving
   * the same PostgreSQL. One process needs none.
   */
  redisUrl?: string
  /** Serves `/metrics` to a scraper that sends `Authorization: Bearer <token>` (ATTUNE_METRICS_TOKEN). */
  metricsToken?: string
  /** An open database to serve from (tests that also write to it); migrated, and left open on close. */
  database?: Database
  /** 0 picks a free port. */
  port: number
  host: string
  /** Folders of the built front ends; a missing one just answers 404. */
  assets?: AssetDirs
  /** Pins the visitor-token signing secret (ATTUNE_SECRET); generated and stored otherwise. */
  secret?: string
  /**
   * Demo mode (`attune-server start --demo`): creates the demo store and its agent when absent
   * and serves the demo shop at `/`. Off by default: production never has a known login, and a
   * database whose demo agent still has the demo password is refused (PublicDemoLoginError).
   */
  demo?: boolean
  /**
   * Where browsers reach this server (ATTUNE_PUBLIC_URL), e.g. https://chat.shop.example. With
   * https, session cookies are `Secure` and responses carry HSTS. Shown in the store's snippet.
   */
  publicUrl?: string
  /** Honour X-Forwarded-For/-Proto/-Host from a reverse proxy in front (ATTUNE_TRUST_PROXY). */
  trustProxy?: boolean
  /** The clock the check-in rules, the agents' care offers and the business hours read (tests pass a fake one). */
  now?: () => number
  /** What counts as an abusive shopper message (tests inject one); the detector's `abuse` cue by default. */
  abusive?: AbuseCheck
  /**
   * When open inboxes are checked against the database besides the bus's reconnections
   * (gateway/inbox-recheck.ts): every RECHECK_MS by default; tests pass one they trigger.
   */
  recheckInboxes?: RecheckSchedule
  /**
   * When the check-in timers another process left overdue are looked for (empathy/engine.ts,
   * decision 049): every 30 s by default; tests pass one they trigger.
   */
  checkInSweeps?: SweepSchedule
  /** Connection, conversation, hello-timeout and heartbeat limits of the WebSocket gateway (README: WebSocket gateway). */
  gateway?: Partial<GatewayLimits>
  /**
   * Webhooks (README: Webhooks): whether loopback endpoints are accepted (always in demo mode;
   * ATTUNE_WEBHOOKS_LOOPBACK otherwise), and the retry schedule and timeout (tests shorten them).
   */
  webhooks?: WebhookOptions
  /** Outgoing mail (SMTP_URL, ATTUNE_MAIL_FROM, ATTUNE_REPLY_MAIL_DELAY): printed, not sent, without an SMTP URL. */
  mail?: MailOptions
}

export type AttuneServer = {
  /** Base URL, e.g. http://127.0.0.1:8787 */
  url: string
  port: number
  /**
   * Settles (never rejects) once the waiting conversations' rules ran again after the reconnection
   * rush; the sweeps for timers other processes left overdue have begun by then.
   */
  resumed: Promise<void>
  /** Stops accepting, closes sockets (1001), the HTTP server and the database. */
  close(): Promise<void>
}
