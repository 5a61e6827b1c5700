import type { Database, Queryable } from '../db/database.ts'
import { originAllowed } from '../origins.ts'
import { createResumeToken, createUnsubscribeToken, resumeUrl, type UnsubscribeLink } from './links.ts'
import type { MailQueue } from './queue.ts'
import { replyMail } from './templates.ts'

/** How long a reply waits for the shopper to read it in the widget before it is emailed. */
export const DEFAULT_REPLY_DELAY_MS = 3 * 60_000

type DueRow = {
  id: string
  site_id: string
  visitor_id: string
  language: string | null
  page: string | null
  read_seq: number
  mailed_seq: number
  notify_email: string | null
  unsubscribed: unknown
  store: string
  allowed_origins: string[]
}

/**
 * The store page the reopen link points to: the page the conversation started on when it is one
 * of the store's own origins (a page's word is not trusted beyond that), else the store's first
 * usable allowed origin; null when the store has none.
 */
export function storePage(page: string | null, allowedOrigins: readonly string[]): string | null {
  if (page && URL.canParse(page) && originAllowed(new URL(page).origin, allowedOrigins)) return page
  const first = allowedOrigins.find((o) => !o.endsWith(':*') && URL.canParse(o))
  return first ? new URL(first).origin + '/' : null
}

/**
 * Agent replies to shoppers who left an email address (issue 15): each reply starts (or joins) a
 * short wait; when it is over, whatever the shopper has not read in the widget goes out in one email.
 */
export function createReplyMail(deps: {
  db: Database
  queue: MailQueue
  secret: string
  /** Where the unsubscribe link points: this server's public address. */
  serverUrl: () => string
  delayMs?: number
  now?: () => number
}) {
  const now = deps.now ?? Date.now
  const delay = deps.delayMs ?? DEFAULT_REPLY_DELAY_MS

  /** Writes and queues the email of one conversation whose wait is over, inside `tx`. */
  async function mailOne(tx: Queryable, conversationId: string): Promise<boolean> {
    const [row] = await tx.query<DueRow>(
      `SELECT c.id, c.site_id, c.visitor_id, c.language, c.page, c.visitor_read_seq AS read_seq, c.reply_mailed_seq AS mailed_seq,
              v.notify_email, v.mail_unsubscribed_at AS unsubscribed, s.name AS store, s.allowed_origins
       FROM conversations c JOIN visitors v ON v.id = c.visitor_id JOIN sites s ON s.id = c.site_id WHERE c.id = $1`,
      [conversationId],
    )
    if (!row?.notify_email || row.unsubscribed) return false
    // Read in the widget meanwhile, or emailed already: only what is new to the shopper goes out.
    const replies = await tx.query<{ seq: number; text: string | null }>(
      `SELECT seq, body->>'text' AS text FROM events
       WHERE conversation_id = $1 AND kind = 'message' AND author_role = 'agent' AND seq > $2 ORDER BY seq`,
      [row.id, Math.max(row.read_seq, row.mailed_seq)],
    )
    const texts = replies.map((r) => r.text ?? '').filter((t) => t.trim())
    const page = storePage(row.page, row.allowed_origins)
    if (!texts.length || !page) return false
    const mail = replyMail({
      to: row.notify_email,
      store: row.store,
      language: row.language,
      replies: texts,
      resumeUrl: resumeUrl(page, createResumeToken(deps.secret, { conversationId: row.id, visitorId: row.visitor_id }, now())),
      unsubscribeUrl: unsubscribeUrl(deps.serverUrl(), deps.secret, { visitorId: row.visitor_id, siteId: row.site_id, language: row.language }),
    })
    await deps.queue.enqueue(tx, mail, { kind: 'reply', siteId: row.site_id, visitorId: row.visitor_id })
    await tx.query('UPDATE conversations SET reply_mailed_seq = $2 WHERE id = $1', [row.id, replies.at(-1)!.seq])
    return true
  }

  return {
    /** An agent replied: start the wait, unless one is running (its email will gather this reply too). */
    async agentReplied(conversationId: string): Promise<void> {
      await deps.db.query(
        `INSERT INTO reply_notices (conversation_id, due_at)
         SELECT c.id, $2 FROM conversations c JOIN visitors v ON v.id = c.visitor_id
         WHERE c.id = $1 AND v.notify_email IS NOT NULL AND v.mail_unsubscribed_at IS NULL
         ON CONFLICT (conversation_id) DO NOTHING`,
        [conversationId, new Date(now() + delay).toISOString()],
      )
    },

    /** Queues the email of every conversation whose wait is over; returns how many were queued. */
    async mailDue(limit = 20): Promise<number> {
      return deps.db.transaction(async (tx) => {
        const due = await tx.query<{ conversation_id: string }>(
          `DELETE FROM reply_notices WHERE conversation_id IN (
             SELECT conversation_id FROM reply_notices WHERE due_at <= $1 ORDER BY due_at LIMIT $2 FOR UPDATE SKIP LOCKED
           ) RETURNING conversation_id`,
          [new Date(now()).toISOString(), limit],
        )
        let queued = 0
        for (const { conversation_id } of due) if (await mailOne(tx, conversation_id)) queued++
        return queued
      })
    },
  }
}

export type ReplyMail = ReturnType<typeof createReplyMail>

/** The link that stops reply mail to one shopper of a store, without signing in; its page speaks the mail's language. */
export function unsubscribeUrl(serverUrl: string, secret: string, link: UnsubscribeLink): string {
  return `${serverUrl}/api/mail/unsubscribe?t=${encodeURIComponent(createUnsubscribeToken(secret, link))}`
}
