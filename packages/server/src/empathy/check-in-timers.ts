import { createAppendQueue, type Outcome } from '../append-queue.ts'
import type { Database } from '../db/database.ts'

/** A conversation's timer as set: when its rules are next due, ms; null when only an event can change them. */
type Setting = { conversationId: string; at: number | null }

/** How many conversations' timers a process remembers having written, the longest unused forgotten first. */
const REMEMBERED = 10_000

// A batch's timers in one statement, the newest of each conversation's: null deletes its row, a
// time inserts or moves it. A conversation gone meanwhile (erased) is left out, not an error.
const WRITE = `
  WITH r AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, at timestamptz)),
  stopped AS (DELETE FROM check_in_timers t USING r WHERE r.at IS NULL AND t.conversation_id = r.id)
  INSERT INTO check_in_timers (conversation_id, fires_at)
  SELECT r.id, r.at FROM r JOIN conversations c ON c.id = r.id WHERE r.at IS NOT NULL
  ON CONFLICT (conversation_id) DO UPDATE SET fires_at = EXCLUDED.fires_at`

// The oldest timers overdue, made due now as they are taken: one process sweeping at the same
// moment skips them (SKIP LOCKED), a later one finds them no longer overdue. Should the taker go
// away before it runs them, they are overdue again after the same grace.
const TAKE = `
  UPDATE check_in_timers SET fires_at = $2
  WHERE conversation_id IN (
    SELECT conversation_id FROM check_in_timers WHERE fires_at < $1 ORDER BY fires_at LIMIT $3 FOR UPDATE SKIP LOCKED
  )
  RETURNING conversation_id`

// What a process's start runs again: every stored timer, and the shoppers who wait without one
// (their message was stored, but the process went away before its rules set the timer).
const ALL = `
  SELECT conversation_id AS id, fires_at FROM check_in_timers
  UNION ALL
  SELECT c.id, NULL FROM conversations c
  WHERE c.status = 'open' AND c.waiting_since IS NOT NULL AND NOT EXISTS (SELECT FROM check_in_timers t WHERE t.conversation_id = c.id)`

/**
 * The check-in timers as the database keeps them (decision 049), so a process that goes away
 * leaves its conversations' timers for any live one to take over. Each engine sets its
 * conversations' timers through this after every evaluation, and a timer the database is known to
 * hold already is not written again: most of a waiting shopper's messages leave it where it was.
 * Writes go through a group commit of their own: timers come in waves (issue 12), a wave is one
 * statement.
 */
export function createCheckInTimers(db: Database) {
  /**
   * What the database held of each conversation's timer when this process last wrote or read it.
   * Another process may have moved it since: then this one writes a time it computes anew (one
   * more write), or leaves a timer it would stop for that timer's own process, or a sweep, to run
   * and stop (one more run of the rules). Neither loses a check-in.
   */
  const known = new Map<string, number | null>()

  function remember(conversationId: string, at: number | null): void {
    known.delete(conversationId)
    known.set(conversationId, at)
    if (known.size > REMEMBERED) known.delete(known.keys().next().value!)
  }

  const queue = createAppendQueue<Setting, null>({
    async write(settings): Promise<Outcome<null>[]> {
      const newest = new Map(settings.map(({ conversationId, at }) => [conversationId, at === null ? null : new Date(at).toISOString()]))
      await db.query(WRITE, [JSON.stringify([...newest].map(([id, at]) => ({ id, at })))])
      return settings.map(() => ({ ok: true, value: null }))
    },
    key: (setting) => setting.conversationId,
    seals: () => false,
  })

  return {
    /**
     * Stores the conversation's timer (null: none) unless the database is known to hold it. A
     * timer stopped where none is known is not written either: most conversations never had one.
     */
    async set(conversationId: string, at: number | null): Promise<void> {
      if (known.has(conversationId) ? known.get(conversationId) === at : at === null) return
      remember(conversationId, at)
      try {
        await queue.add({ conversationId, at })
      } catch (error) {
        // Not known to be stored: the next evaluation writes it whatever it is.
        known.delete(conversationId)
        throw error
      }
    },

    /**
     * Takes up to `limit` timers overdue before `before` (ms), the oldest first, making each due
     * at `now`; answers their conversations, whose rules the caller runs.
     */
    async takeOverdue(before: number, now: number, limit: number): Promise<string[]> {
      const rows = await db.query<{ conversation_id: string }>(TAKE, [new Date(before), new Date(now), limit])
      for (const row of rows) remember(row.conversation_id, now)
      return rows.map((row) => row.conversation_id)
    },

    /** Every conversation whose rules a start runs again (`ALL`). */
    async all(): Promise<string[]> {
      const rows = await db.query<{ id: string; fires_at: Date | string | null }>(ALL)
      for (const row of rows) remember(row.id, row.fires_at === null ? null : new Date(row.fires_at).getTime())
      return rows.map((row) => row.id)
    },
  }
}

export type CheckInTimers = ReturnType<typeof createCheckInTimers>
