import type { Database, Queryable } from '../db/database.ts'
import { retryDelay } from './backoff.ts'
import type { Mail, Mailer } from './mailer.ts'

/**
 * What a mail is and whose: erasing the store or the shopper takes their queued mail with them.
 * Without a kind it is `other` (tests, one-offs).
 */
export type MailOwner = { kind?: 'reply' | 'transcript' | 'invite'; siteId?: string | undefined; visitorId?: string | undefined }

type QueuedRow = {
  id: string
  to_address: string
  subject: string
  text_body: string
  html_body: string | null
  unsubscribe_url: string | null
  attempts: number
}

/**
 * A claimed message is this process's for a while; if the process dies while sending, another
 * takes it up after the lease (so a crash can mean a mail sent twice, never a mail lost).
 */
const LEASE_MS = 10 * 60_000

/**
 * A mail done with (sent, or given up) stays as a record: to whom, its subject, when, its error.
 * Not its bodies: their links are credentials (an invitation, a reopen link, an unsubscribe link),
 * and a copy of the database must hand none of them out.
 */
const FORGET_BODIES = `text_body = '', html_body = NULL, unsubscribe_url = NULL`

/** Outgoing mail as rows: sends survive a restart and a mail server that is down. */
export function createMailQueue(db: Database, now: () => number = Date.now) {
  const at = (ms = 0) => new Date(now() + ms).toISOString()
  return {
    /** Queues a message (inside the caller's transaction when given one); the worker sends it. */
    async enqueue(q: Queryable, mail: Mail, owner: MailOwner = {}): Promise<void> {
      await q.query(
        `INSERT INTO mail_queue (kind, site_id, visitor_id, to_address, subject, text_body, html_body, unsubscribe_url, next_attempt_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          owner.kind ?? 'other',
          owner.siteId ?? null,
          owner.visitorId ?? null,
          mail.to,
          mail.subject,
          mail.text,
          mail.html ?? null,
          mail.unsubscribeUrl ?? null,
          at(),
        ],
      )
    },

    /**
     * Takes up to `limit` messages that are due and not leased. SKIP LOCKED lets several
     * processes on one PostgreSQL claim at once without taking the same row.
     */
    async claim(limit: number): Promise<Array<{ id: string; attempts: number; mail: Mail }>> {
      const rows = await db.query<QueuedRow>(
        `UPDATE mail_queue SET claimed_until = $2 WHERE id IN (
           SELECT id FROM mail_queue
           WHERE sent_at IS NULL AND given_up_at IS NULL AND next_attempt_at <= $1 AND (claimed_until IS NULL OR claimed_until <= $1)
           ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED
         ) RETURNING id, to_address, subject, text_body, html_body, unsubscribe_url, attempts`,
        [at(), at(LEASE_MS), limit],
      )
      return rows.map((r) => ({
        id: String(r.id),
        attempts: r.attempts,
        mail: {
          to: r.to_address,
          subject: r.subject,
          text: r.text_body,
          ...(r.html_body ? { html: r.html_body } : {}),
          ...(r.unsubscribe_url ? { unsubscribeUrl: r.unsubscribe_url } : {}),
        },
      }))
    },

    async sent(id: string): Promise<void> {
      await db.query(`UPDATE mail_queue SET sent_at = $2, claimed_until = NULL, last_error = NULL, ${FORGET_BODIES} WHERE id = $1`, [id, at()])
    },

    /** Schedules the next try with backoff, or gives up after the last one; the error is kept either way. */
    async failed(id: string, attempts: number, error: string): Promise<void> {
      const delay = retryDelay(attempts + 1)
      const givingUp = delay === null
      await db.query(
        `UPDATE mail_queue SET attempts = $2, last_error = $3, claimed_until = NULL,
           next_attempt_at = COALESCE($4::timestamptz, next_attempt_at), given_up_at = CASE WHEN $4::timestamptz IS NULL THEN $5::timestamptz END
         WHERE id = $1`,
        [id, attempts + 1, error.slice(0, 1000), givingUp ? null : at(delay), at()],
      )
      if (givingUp) await db.query(`UPDATE mail_queue SET ${FORGET_BODIES} WHERE id = $1`, [id])
    },

    /**
     * Drops the mail of one kind to one address that is still waiting to go out (inside the
     * caller's transaction): an invitation revoked, replaced or accepted, whose link no longer works.
     */
    async withdraw(q: Queryable, owner: { kind: NonNullable<MailOwner['kind']>; siteId: string }, to: string): Promise<void> {
      await q.query('DELETE FROM mail_queue WHERE kind = $1 AND site_id = $2 AND to_address = $3 AND sent_at IS NULL AND given_up_at IS NULL', [
        owner.kind,
        owner.siteId,
        to,
      ])
    },
  }
}

export type MailQueue = ReturnType<typeof createMailQueue>

/** Sends what is due, one message at a time; a failure is retried later and never stops the others. */
export async function sendDue(queue: MailQueue, mailer: Mailer, limit = 20): Promise<number> {
  const claimed = await queue.claim(limit)
  let sent = 0
  for (const { id, attempts, mail } of claimed) {
    try {
      await mailer.send(mail)
      await queue.sent(id)
      sent++
    } catch (error) {
      await queue.failed(id, attempts, error instanceof Error ? error.message : String(error))
    }
  }
  return sent
}
