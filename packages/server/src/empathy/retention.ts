import type { Bus } from '../bus.ts'
import { conversationChanged } from '../conversations.ts'
import type { Database } from '../db/database.ts'
import { log } from '../logger.ts'

/** How often the retention job runs; answers expire by the day, so a few hours' lag is fine. */
const RETENTION_EVERY_MS = 6 * 60 * 60 * 1000

/**
 * Emotional state is sensitive personal data (EMPATHY.md, "Respect"): check-in answers older than
 * the store's retention period (default 90 days) lose everything but their phase. The event
 * stays, so the log keeps its gapless seq; the agent's card of such a conversation is dropped.
 * An edit of old events is no event: the conversations are announced as changed, so no process
 * keeps the answers in memory (active-conversations.ts). Returns how many answers were redacted.
 */
export async function redactExpiredAnswers(db: Database, bus?: Bus): Promise<number> {
  const { count, ids } = await db.transaction(async (tx) => {
    const redacted = await tx.query<{ conversation_id: string }>(
      `UPDATE events e
       SET body = jsonb_build_object('answer', jsonb_build_object('phase', e.body->'answer'->'phase'), 'redacted', true)
       FROM conversations c JOIN sites s ON s.id = c.site_id
       WHERE e.conversation_id = c.id AND e.kind = 'checkin.answered' AND NOT (e.body ? 'redacted')
         AND e.created_at < now() - make_interval(days => COALESCE((s.empathy_settings->>'retentionDays')::int, 90))
       RETURNING e.conversation_id`,
    )
    const ids = [...new Set(redacted.map((r) => r.conversation_id))]
    if (ids.length > 0) await tx.query('UPDATE conversations SET empathy = NULL WHERE id = ANY($1::uuid[])', [ids])
    return { count: redacted.length, ids }
  })
  for (const id of ids) conversationChanged(bus, id)
  return count
}

/** Runs the job now and then every RETENTION_EVERY_MS; returns the stop function. */
export function startRetention(db: Database, bus: Bus): () => void {
  const run = () => redactExpiredAnswers(db, bus).catch((error) => log.error({ err: error }, 'retention job failed'))
  void run()
  const timer = setInterval(run, RETENTION_EVERY_MS)
  timer.unref?.()
  return () => clearInterval(timer)
}
