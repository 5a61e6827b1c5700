import { randomUUID } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Database } from './db/database.ts'
import { findPostgresBin, startLocalPostgres } from './db/local-postgres.ts'
import { openPglite } from './db/pglite.ts'
import { openPostgres } from './db/postgres.ts'

/** A fresh temporary directory for a real on-disk database; `remove` cleans it up. */
export async function tempDir(): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'attune-server-'))
  return { path, remove: () => rm(path, { recursive: true, force: true }) }
}

/**
 * The group commit's write (append-statements.ts WRITE): tests that count what reading a conversation
 * costs leave it out, inside a transaction or not (decision 038: alone, it needs none).
 */
export const isGroupCommitWrite = (sql: string) => sql.trimStart().startsWith('WITH moved AS')

export type TestEngine = { name: string; open: () => Promise<{ db: Database; stop: () => Promise<void> }> }

/**
 * The embedded engine, and a real PostgreSQL where one is installed (CI installs Debian's): for
 * tests whose queries must hold on both (`describe.each(databaseEngines())`).
 */
export function databaseEngines(): TestEngine[] {
  const bin = findPostgresBin()
  const embedded: TestEngine = { name: 'the embedded database', open: async () => ({ db: await openPglite(), stop: async () => {} }) }
  if (!bin) return [embedded]
  const postgres: TestEngine = {
    name: 'PostgreSQL',
    open: async () => {
      const cluster = await startLocalPostgres(bin)
      return { db: await openPostgres(cluster.url), stop: () => cluster.stop() }
    },
  }
  return [embedded, postgres]
}

/**
 * The database, recording every statement, in a transaction or not, and counting the transactions
 * (fewer transactions than appends is the group commit at work).
 */
export function recording(inner: Database) {
  const statements: string[] = []
  const counter = { transactions: 0 }
  const db: Database = {
    query: (sql, params) => (statements.push(sql), inner.query(sql, params)),
    exec: (sql) => inner.exec(sql),
    transaction: (fn) => {
      counter.transactions += 1
      return inner.transaction((tx) => fn({ query: (sql, params) => (statements.push(sql), tx.query(sql, params)), exec: (sql) => tx.exec(sql) }))
    },
    close: () => inner.close(),
  }
  return { db, statements, counter }
}

/**
 * A conversation of its own store and shopper, straight into the tables (tests of the log and the
 * group commit need no accounts). `visitorId`: a shopper who may have other conversations.
 */
export async function insertConversation(db: Database, status: 'open' | 'resolved' = 'open', visitorId: string = randomUUID()): Promise<string> {
  const siteId = randomUUID()
  const id = randomUUID()
  await db.query('INSERT INTO sites (id, key, name) VALUES ($1, $2, $3)', [siteId, siteId, 'S'])
  await db.query('INSERT INTO visitors (id, site_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [visitorId, siteId])
  await db.query('INSERT INTO conversations (id, site_id, visitor_id, status) VALUES ($1, $2, $3, $4)', [id, siteId, visitorId, status])
  return id
}
