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
 * table: at 10, a table's statistics cost the database's thread ~30 ms, not ~300 (keepStatistics
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
export async function openPglite(dataDir?: string, options: { analyzeEveryMs?: number; started?: PgliteThread } = {}): Promise<Database> {
  // A new directory is made by PostgreSQL's initdb, which leaves ~500 MB of WebAssembly heap in
  // its thread: a thread of its own makes it and ends, and that memory goes back to the system.
  if (dataDir && !holdsDatabase(dataDir)) {
    const init = await startThread(dataDir)
    await init.end({ op: 'close' })
  }
  const link = await (options.started?.take(dataDir) ?? startThread(dataDir))
  const stopAnalyzing = keepStatistics(link, options.analyzeEveryMs ?? STATISTICS_CHECK_MS)
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
      stopAnalyzing()
      return link.end({ op: 'close' })
    },
  }
}

/** How often the embedded database looks for tables that grew enough to need new statistics. */
const STATISTICS_CHECK_MS = 10_000

/**
 * The tables that grew by a tenth, and by 64 kB at least, since their statistics were taken (or
 * that never had any): ANALYZE leaves a table's size in `relpages`, pg_relation_size is its size now.
 */
const GROWN_TABLES = `
  SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind = 'r' AND n.nspname = 'public'
    AND pg_relation_size(c.oid) > c.relpages::bigint * current_setting('block_size')::int * 1.1 + 65536
  ORDER BY c.relname`

/**
 * PostgreSQL's planner chooses by its statistics, which a real PostgreSQL's autovacuum renews by
 * itself once a table has changed by a tenth. PGlite runs no autovacuum, so they were never taken,
 * and its guesses went wrong as the store grew (issue 12): the inbox's summaries found each
 * conversation's newest message through every message of the store (268 ms for a list of 500
 * conversations among 30,000 messages, 15 ms with statistics). Taking them every ten minutes, the
 * first a minute after opening, left a new store's first minute with those guesses: in the load
 * bench, the reads of conversations kept a minute scanned every message and the database's thread
 * fell behind. So every 10 s it analyzes the tables that grew by a tenth, as autovacuum would
 * (PGlite does not count changes for it: the size does): often while a store is small and cheap
 * to sample, rarely once it is large. One table per statement, each a bounded sample (SETTINGS),
 * so the chat's statements pass in between; prepared like them, so the chat's prepared statements
 * stay (a schema change's `exec` drops them all).
 */
function keepStatistics(link: WorkerLink, everyMs: number): () => void {
  let running = false
  const analyze = async () => {
    const tables = await link.call<{ name: string }[]>({ op: 'query', sql: GROWN_TABLES })
    for (const { name } of tables) await link.call({ op: 'query', sql: `ANALYZE "${name.replaceAll('"', '""')}"` })
  }
  const timer = setInterval(() => {
    if (running) return
    running = true
    analyze()
      .catch((error: unknown) => {
        if (!link.refusal()) log.warn({ err: error }, 'the embedded database could not renew its statistics')
      })
      .finally(() => (running = false))
  }, everyMs)
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
