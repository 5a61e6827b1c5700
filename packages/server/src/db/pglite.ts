import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { Database, Queryable } from './database.ts'
import { linkWorker, type WorkerLink } from './worker-link.ts'
import { log } from '../logger.ts'

/**
 * PostgreSQL settings the embedded engine starts with. shared_buffers is PostgreSQL's own page
 * cache, 128 MB by default and all of it resident in the WebAssembly heap once touched; our pages
 * are also in the operating system's cache, so 16 MB keeps the hot ones without holding a second
 * copy of the rest (issue 12: ~320 MB at rest). It changes nothing about durability (no
 * relaxedDurability): a commit answers once PostgreSQL has written it, as before.
 * default_statistics_target (100 by default) is how many rows ANALYZE samples, 300 times it per
 * table: at 10, a table's statistics cost the database's thread ~30 ms, not ~300 (keepTidy
 * below), and our statements, read by their keys, need no finer ones.
 */
const SETTINGS = { shared_buffers: '16MB', default_statistics_target: '10' }

/**
 * The embedded engine: a whole Postgres in WebAssembly, persisted in `dataDir` (in memory when it
 * is left out). It runs in a thread of its own (src/db/pglite-worker.js, decision 030) so its
 * synchronous statements never hold the event loop. PGlite runs one statement at a time and
 * serialises transactions behind a mutex, which keeps `SELECT … FOR UPDATE` meaningful and cheap
 * here; a transaction is its statements, the first of which begins it, then COMMIT or ROLLBACK,
 * sent by id, and other callers' statements wait for it as they did in-thread.
 */
export async function openPglite(dataDir?: string, options: { upkeep?: Partial<Upkeep>; started?: PgliteThread } = {}): Promise<Database> {
  // A new directory is made by PostgreSQL's initdb, which leaves ~500 MB of WebAssembly heap in
  // its thread: a thread of its own makes it and ends, and that memory goes back to the system.
  if (dataDir && !holdsDatabase(dataDir)) {
    const init = await startThread(dataDir)
    await init.end({ op: 'close' })
  }
  const link = await (options.started?.take(dataDir) ?? startThread(dataDir))
  const stopTidying = keepTidy(link, { ...UPKEEP, ...options.upkeep })
  let nextTransaction = 1
  return {
    ...statements(link),
    async transaction(fn) {
      // The BEGIN goes with the transaction's first statement, not as a round trip of its own: a
      // group commit is a handful of statements, and each trip between the threads is time the
      // database's thread waits for ours (issue 12).
      const refused = link.refusal()
      if (refused) throw refused
      const tx = { id: nextTransaction++, begun: false }
      let result
      try {
        result = await fn(statements(link, tx))
      } catch (error) {
        // The caller's error is the one to report; a rollback that fails leaves nothing committed.
        if (tx.begun) await link.call({ op: 'rollback', tx: tx.id }).catch(() => undefined)
        throw error
      }
      if (tx.begun) await link.call({ op: 'commit', tx: tx.id })
      return result
    },
    close: () => {
      stopTidying()
      return link.end({ op: 'close' })
    },
  }
}

/** What the embedded database does for itself, as PostgreSQL's background processes would (keepTidy). */
type Upkeep = {
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
}

const UPKEEP: Upkeep = { everyMs: 10_000, freezeAfterXids: 100_000_000, checkpointAfterBytes: 64 * 1024 * 1024, checkpointAfterMs: 5 * 60_000 }

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
 * of a new store's first minute scanned every message. Vacuum: every message moves its
 * conversation's `updated_at`, an indexed column, so each leaves a dead row version and an entry in
 * each of the table's indexes: after 200,000 messages, 500 conversations took 5.8 MB and their
 * indexes 3.2, not 0.3 and 0.4, and a group commit slowed by a third (`pnpm bench:upkeep`). Freezing: PGlite runs PostgreSQL in single-user mode, which does not
 * stop at the 2^31 transactions after which an unfrozen row would seem to come from the future
 * and vanish (~90 days at the load bench's 270 commits/s). Checkpoints: with no checkpointer, one
 * came only when the log reached max_wal_size (1 GB, ~570,000 messages), and after a crash all
 * the log since the last is replayed before the database opens (4.5 s for 528 MB; 0.7 s clean).
 *
 * So every 10 s it does what autovacuum would (TABLES_TO_MAINTAIN), from the counts of changed
 * rows PGlite keeps but publishes only when asked (pg_stat_force_next_flush): often while a store
 * is small and each pass cheap, rarely once it is large. A vacuum freezes as it goes, so the next
 * reads only the pages changed since and no vacuum ever has to read a whole old table at once.
 * Then a checkpoint, if due (CHECKPOINT_DUE: 21–64 ms of the thread each, ~36,000 messages apart
 * at the most; a reopen after a crash in 2.3 s where it had been 4.5).
 * One statement at a time (the vacuum and the statistics apart: 30–45 ms each for 500,000
 * messages), so the chat's statements pass in between; prepared like them, so the chat's prepared
 * statements stay (a schema change's `exec` drops them all).
 */
function keepTidy(link: WorkerLink, upkeep: Upkeep): () => void {
  let running = false
  const pass = async () => {
    await link.call({ op: 'query', sql: 'SELECT pg_stat_force_next_flush()' })
    const tables = await link.call<{ name: string; vacuum: boolean; analyze: boolean }[]>({
      op: 'query',
      sql: TABLES_TO_MAINTAIN,
      params: [upkeep.freezeAfterXids],
    })
    for (const { name, vacuum, analyze } of tables) {
      if (vacuum) await link.call({ op: 'query', sql: `VACUUM (FREEZE) ${name}` })
      if (analyze) await link.call({ op: 'query', sql: `ANALYZE ${name}` })
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
        if (!link.refusal()) log.warn({ err: error }, 'the embedded database could not vacuum or analyze its tables')
      })
      .finally(() => (running = false))
  }, upkeep.everyMs)
  timer.unref()
  return () => clearInterval(timer)
}

const holdsDatabase = (dataDir: string) => existsSync(join(dataDir, 'PG_VERSION'))

/** The database's thread for one directory, started before anyone opens it (`startPgliteThread`). */
export type PgliteThread = {
  /** The thread, once, to the open of the same directory; undefined for any other. */
  take(dataDir: string | undefined): Promise<WorkerLink> | undefined
  /** Closes the thread if no open took it. */
  close(): Promise<void>
}

/**
 * Starts the embedded database's thread for `dataDir` now, for an `openPglite` to come: PGlite
 * takes most of a second to start its WebAssembly, which can pass while the rest of the server
 * loads (decision 035). Only for a directory that already holds a database (a new one is made
 * by initdb first, in a thread of its own) and that no other process uses (the caller checks).
 */
export function startPgliteThread(dataDir: string): PgliteThread | undefined {
  if (!holdsDatabase(dataDir)) return undefined
  let thread: Promise<WorkerLink> | undefined = startThread(dataDir)
  // Reported by the open that takes it, or by nobody when the command ends before opening.
  thread.catch(() => undefined)
  const take = () => {
    const taken = thread
    thread = undefined
    return taken
  }
  return {
    take: (wanted) => (wanted === dataDir ? take() : undefined),
    close: async () => {
      const link = await take()?.catch(() => undefined)
      await link?.end({ op: 'close' })
    },
  }
}

async function startThread(dataDir: string | undefined): Promise<WorkerLink> {
  const worker = new Worker(new URL('./pglite-worker.js', import.meta.url), { workerData: { dataDir, settings: SETTINGS } })
  const link = linkWorker(worker)
  await link.ready
  return link
}

/** Statements on the database, or inside the transaction `tx` (begun with its first statement). */
function statements(link: WorkerLink, tx?: { id: number; begun: boolean }): Queryable {
  const inTransaction = () => {
    if (!tx) return {}
    const begin = !tx.begun
    tx.begun = true
    return { tx: tx.id, ...(begin ? { begin } : {}) }
  }
  return {
    query: <T>(sql: string, params: readonly unknown[] = []) => link.call<T[]>({ op: 'query', sql, params, ...inTransaction() }),
    exec: (sql: string) => link.call<void>({ op: 'exec', sql, ...inTransaction() }),
  }
}
