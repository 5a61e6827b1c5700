// The embedded database's upkeep: what a PostgreSQL server's background processes (autovacuum, the
// checkpointer) do for it, which PGlite's standalone PostgreSQL does not (decision 030).
import type { WorkerLink } from './worker-link.ts'
import { log } from '../logger.ts'

/** What the embedded database does for itself, as PostgreSQL's background processes would (keepTidy). */
export type Upkeep = {
  /** How often it looks for what is due. */
  everyMs: number
  /**
   * Transactions after which a table's rows are frozen whether it changed or not: half of
   * PostgreSQL's autovacuum_freeze_max_age, which forces such a vacuum at 200 million.
   */
  freezeAfterXids: number
  /** Bytes of write-ahead log after which a checkpoint is taken... */
  checkpointAfterBytes: number
  /** ...or time, once anything was written: PostgreSQL's checkpoint_timeout. */
  checkpointAfterMs: number
  /** The pause after each vacuum or analyze of a pass, before its next statement. */
  pauseMs: number
}

const UPKEEP: Upkeep = {
  everyMs: 10_000,
  freezeAfterXids: 100_000_000,
  checkpointAfterBytes: 64 * 1024 * 1024,
  checkpointAfterMs: 5 * 60_000,
  pauseMs: 500,
}

/**
 * The tables to look after now, each named as SQL quotes it, by autovacuum's own defaults: vacuum
 * one when its dead row versions pass 50 and a fifth of its rows, or its rows inserted since the
 * last vacuum 1,000 and a fifth; analyze one when its rows changed since its statistics pass 50 and
 * a tenth; and freeze any table, the system's too, whose oldest unfrozen row (its own or its TOAST
 * table's) is $1 transactions old. `reltuples` is -1 for a table never vacuumed nor analyzed.
 */
const TABLES_TO_MAINTAIN = `
  SELECT name, dead OR aged AS "vacuum", changed AS "analyze" FROM (
    SELECT c.oid::regclass::text AS name,
      s.n_dead_tup > 50 + 0.2 * greatest(c.reltuples, 0) OR s.n_ins_since_vacuum > 1000 + 0.2 * greatest(c.reltuples, 0) AS dead,
      s.n_mod_since_analyze > 50 + 0.1 * greatest(c.reltuples, 0) AS changed,
      greatest(age(c.relfrozenxid), age(t.relfrozenxid)) > $1 AS aged
    FROM pg_class c
      LEFT JOIN pg_stat_all_tables s ON s.relid = c.oid
      LEFT JOIN pg_class t ON t.oid = c.reltoastrelid
    WHERE c.relkind IN ('r', 'm')
  ) tables
  WHERE dead OR changed OR aged
  ORDER BY name`

/**
 * Whether a checkpoint is due: $1 bytes of write-ahead log written since the last one, or $2 ms
 * passed and more written than that checkpoint's own record (an idle store needs none).
 */
const CHECKPOINT_DUE = `
  SELECT written >= $1 OR (written > 1024 AND now() - checkpoint_time >= $2 * interval '1 millisecond') AS due
  FROM (SELECT pg_current_wal_insert_lsn() - checkpoint_lsn AS written, checkpoint_time FROM pg_control_checkpoint()) wal`

/**
 * PGlite runs no autovacuum, and what it does for a real PostgreSQL was done by nobody (issue 12).
 * Statistics: the planner chooses by them, and without them the inbox's summaries found each
 * conversation's newest message through every message of the store (268 ms for a list of 500
 * conversations among 30,000 messages, 15 ms with them); taken a minute after opening, the reads
 * of a new store's first minute scanned every message. Vacuum: every message leaves a dead
 * version of its conversation's row. It used to leave an entry in each of the table's indexes too,
 * as it moved `updated_at`, then indexed: after 200,000 messages, 500 conversations took 5.8 MB
 * and their indexes 3.2, not 0.3 and 0.4, and a transaction of 100 messages slowed by a fifth.
 * Since migration 25 (decision 044) the row is updated in place and its dead versions are pruned
 * within its page: unvacuumed, 0.6 MB and 0.3 (bench:upkeep). The events and the other tables
 * still need what a vacuum does.
 * Freezing: PGlite runs PostgreSQL in single-user mode, which does not stop at the 2^31
 * transactions after which an unfrozen row would seem to come from the future and vanish (~90
 * days at the load bench's 270 commits/s). Checkpoints: with no checkpointer, one came only when
 * the log reached max_wal_size (1 GB, ~570,000 messages), and after a crash all the log since the
 * last is replayed before the database opens (4.5 s for 528 MB; 0.7 s clean).
 *
 * So every 10 s it does what autovacuum would (TABLES_TO_MAINTAIN), from the counts of changed
 * rows PGlite keeps but publishes only when asked (pg_stat_force_next_flush): often while a store
 * is small and each pass cheap, rarely once it is large. A vacuum freezes as it goes, so the next
 * reads only the pages changed since and no vacuum ever has to read a whole old table at once.
 * Then a checkpoint, if due (CHECKPOINT_DUE: 18–28 ms of the thread each, ~36,000 messages apart
 * at the most; a reopen after a crash in 2.3 s where it had been 4.5). One statement at a time (a
 * table's vacuum and its statistics apart, each under ~30 ms for 600,000 messages), so the chat's
 * statements pass in between; prepared like them, so the chat's prepared statements stay (a
 * schema change's `exec` drops them all). And a pause after each (`pauseMs`): a pass at 2,000
 * messages/s was 5–7 statements of 9–37 ms back to back, 100–140 ms in which the messages queued
 * behind one statement after another; apart, they wait behind one at most, and the writer catches
 * up in between (issue 12; two pairs of runs, 15-s steps at 2,000 messages/s: the step's ack p99
 * 74 and 93 ms with the pause, 97 and 103 ms without, within the spread of runs at that rate).
 */
export function keepTidy(link: WorkerLink, settings: Partial<Upkeep> = {}): () => void {
  const upkeep = { ...UPKEEP, ...settings }
  let running = false
  const pass = async () => {
    await link.call({ op: 'query', sql: 'SELECT pg_stat_force_next_flush()' })
    const tables = await link.call<{ name: string; vacuum: boolean; analyze: boolean }[]>({
      op: 'query',
      sql: TABLES_TO_MAINTAIN,
      params: [upkeep.freezeAfterXids],
    })
    const maintain = async (sql: string) => {
      await link.call({ op: 'query', sql })
      // Unreferenced: a pause never keeps a stopping process alive.
      await new Promise((resolve) => setTimeout(resolve, upkeep.pauseMs).unref())
    }
    for (const { name, vacuum, analyze } of tables) {
      if (vacuum) await maintain(`VACUUM (FREEZE) ${name}`)
      if (analyze) await maintain(`ANALYZE ${name}`)
    }
    const [due] = await link.call<{ due: boolean }[]>({
      op: 'query',
      sql: CHECKPOINT_DUE,
      params: [upkeep.checkpointAfterBytes, upkeep.checkpointAfterMs],
    })
    if (due?.due) await link.call({ op: 'query', sql: 'CHECKPOINT' })
  }
  const timer = setInterval(() => {
    if (running) return
    running = true
    pass()
      .catch((error: unknown) => {
        if (!link.refusal()) log.warn({ err: error }, 'the embedded database could not vacuum, analyze or checkpoint')
      })
      .finally(() => (running = false))
  }, upkeep.everyMs)
  timer.unref()
  return () => clearInterval(timer)
}
