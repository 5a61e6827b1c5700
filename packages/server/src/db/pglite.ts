import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { Database, Queryable } from './database.ts'
import { keepTidy, type Upkeep } from './upkeep.ts'
import { linkWorker, type WorkerLink } from './worker-link.ts'

/**
 * PostgreSQL settings the embedded engine starts with. shared_buffers is PostgreSQL's own page
 * cache, 128 MB by default and all of it resident in the WebAssembly heap once touched; our pages
 * are also in the operating system's cache, so 16 MB keeps the hot ones without holding a second
 * copy of the rest (issue 12: ~320 MB at rest). It changes nothing about durability (no
 * relaxedDurability): a commit answers once PostgreSQL has written it, as before.
 * default_statistics_target (100 by default) is how many rows ANALYZE samples, 300 times it per
 * table: at 10, a table's statistics cost the database's thread ~30 ms, not ~300 (keepTidy,
 * ./upkeep.ts), and our statements, read by their keys, need no finer ones.
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
  const stopTidying = keepTidy(link, options.upkeep)
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
