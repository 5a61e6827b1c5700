import { lockFor, type Database, type Queryable } from '../db/database.ts'
import { mailWords } from './catalog.ts'
import type { Mail } from './mailer.ts'
import type { MailQueue } from './queue.ts'
import type { TranscriptLine } from './templates.ts'

type Row = { author_role: string; author_name: string | null; text: string | null; created_at: string | Date }

/**
 * The messages of one conversation as lines a shopper reads: who (themselves as "You"), when (in
 * `timeZone`: the download's is the shopper's; the email's UTC, its reader's zone unknown), what.
 */
export async function transcriptLines(
  q: Queryable,
  conversationId: string,
  store: string,
  language: string | null,
  timeZone = 'UTC',
): Promise<TranscriptLine[]> {
  const rows = await q.query<Row>(
    `SELECT author_role, author_name, body->>'text' AS text, created_at FROM events
     WHERE conversation_id = $1 AND kind = 'message' ORDER BY seq`,
    [conversationId],
  )
  const you = mailWords(language, store).you
  const minute = minuteIn(timeZone)
  return rows
    .filter((r) => r.text?.trim())
    .map((r) => ({
      who: r.author_role === 'visitor' ? you : (r.author_name ?? store),
      text: r.text!,
      at: minute(new Date(r.created_at)),
    }))
}

/** "2026-12-06 14:05": a line's minute in `timeZone`, the same figures in every language. */
function minuteIn(timeZone: string): (date: Date) => string {
  const format = new Intl.DateTimeFormat('en', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  })
  return (date) => {
    const part = Object.fromEntries(format.formatToParts(date).map(({ type, value }) => [type, value]))
    return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`
  }
}

/**
 * How many transcripts one shopper, and one store's shoppers together, may have emailed a day.
 * The address is the shopper's word and so are the lines, sent from the store's address: the caps
 * keep the store's mail server from being anyone's mailer. A new anonymous shopper costs nothing,
 * so only the store's cap bounds what one sender can make it send. 200 leaves room for a busy
 * store's real asks (a copy is an occasional wish, not every chat's) and stays far below the
 * 5,000 a day at which Gmail starts to judge a domain as a bulk sender: a flood costs the store a
 * day of transcripts, not its mail's good name. A store that truly needs more wants a setting.
 */
export const TRANSCRIPTS_PER_DAY = { shopper: 5, store: 200 } as const

/** Whose day's share of transcripts is used up. */
export type TranscriptCap = keyof typeof TRANSCRIPTS_PER_DAY

/**
 * Queues the transcript `write` makes unless the shopper's or the store's share of the day is used
 * up; whose is, then (and nothing is written). The count and the insert are one step, under a lock
 * of the store's, so parallel asks cannot all slip under a cap.
 */
export async function queueTranscript(
  db: Database,
  queue: MailQueue,
  owner: { siteId: string; visitorId: string },
  write: (q: Queryable) => Promise<Mail>,
): Promise<TranscriptCap | null> {
  return db.transaction(async (tx) => {
    await lockFor(tx, `transcripts:${owner.siteId}`)
    const [sent] = await tx.query<Record<TranscriptCap, number>>(
      `SELECT (count(*) FILTER (WHERE visitor_id = $2))::int AS shopper, count(*)::int AS store FROM mail_queue
       WHERE site_id = $1 AND kind = 'transcript' AND created_at > now() - interval '1 day'`,
      [owner.siteId, owner.visitorId],
    )
    const over = (['shopper', 'store'] as const).find((cap) => (sent?.[cap] ?? 0) >= TRANSCRIPTS_PER_DAY[cap])
    if (over) return over
    await queue.enqueue(tx, await write(tx), { kind: 'transcript', ...owner })
    return null
  })
}
