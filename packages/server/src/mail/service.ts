import type { Database } from '../db/database.ts'
import { createConsoleMailer, createSmtpMailer, type Mailer } from './mailer.ts'
import { createMailQueue, sendDue } from './queue.ts'
import { createReplyMail } from './replies.ts'

export type MailOptions = {
  /** SMTP_URL; without it mail is printed (development), never sent. */
  smtpUrl?: string | undefined
  /** ATTUNE_MAIL_FROM, e.g. "Shop support <support@shop.example>". */
  from?: string | undefined
  /** How long an agent reply waits to be read in the widget before it is emailed (ATTUNE_REPLY_MAIL_DELAY). */
  replyDelayMs?: number | undefined
  /** A mailer of the caller's (tests). */
  mailer?: Mailer
}

const DEFAULT_FROM = 'Attune <no-reply@localhost>'
/** How often the worker looks for due mail when nothing woke it (a retry's time came, another process queued). */
const TICK_MS = 10_000

/** The queue, the reply emails and the worker that sends, one of each per server. */
export function createMail(deps: { db: Database; secret: string; serverUrl: () => string; now?: () => number }, options: MailOptions = {}) {
  const mailer = options.mailer ?? (options.smtpUrl ? createSmtpMailer(options.smtpUrl, options.from ?? DEFAULT_FROM) : createConsoleMailer())
  const queue = createMailQueue(deps.db, deps.now)
  const replies = createReplyMail({ ...deps, queue, ...(options.replyDelayMs !== undefined ? { delayMs: options.replyDelayMs } : {}) })
  let running: Promise<void> | null = null
  let again = false

  /** One pass: due reply emails into the queue, then the queue out. Passes never overlap. */
  function work(): Promise<void> {
    if (running) {
      again = true
      return running
    }
    running = (async () => {
      do {
        again = false
        await replies.mailDue()
        await sendDue(queue, mailer)
      } while (again)
    })()
      .catch((error: unknown) => console.error('[Attune] mail worker failed', error))
      .finally(() => (running = null))
    return running
  }

  const tickMs = Math.max(500, Math.min(TICK_MS, (options.replyDelayMs ?? TICK_MS) / 2))
  let timer: ReturnType<typeof setInterval> | undefined
  return {
    queue,
    replies,
    /** Whether mail leaves this server: false when it has no SMTP server and only prints mail to the log. */
    sends: options.mailer !== undefined || Boolean(options.smtpUrl),
    /** Sends what is due now (after queueing something, and in tests). */
    work,
    /** Keeps looking for due mail every tick; the server calls it once it listens, so a failed start polls nothing. */
    start(): void {
      timer ??= setInterval(() => void work(), tickMs)
      timer.unref()
    },
    async close(): Promise<void> {
      clearInterval(timer)
      timer = undefined
      await running
    },
  }
}

export type MailService = ReturnType<typeof createMail>
