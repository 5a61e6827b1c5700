import { randomUUID } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Database, Queryable } from './db/database.ts'
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

/** A node of `EXPLAIN (ANALYZE, FORMAT JSON)`'s plan: what the read counts below need of it. */
type PlanNode = {
  'Relation Name'?: string
  'Index Name'?: string
  'Actual Rows': number
  'Actual Loops': number
  'Rows Removed by Filter'?: number
  'Rows Removed by Index Recheck'?: number
  Plans?: PlanNode[]
}

/** Rows the plan's nodes looked at in `table` or an index named after it, those its filters dropped too, every loop counted. */
function rowsLookedAt(node: PlanNode, table: string): number {
  const ofTable = node['Relation Name'] === table || node['Index Name']?.startsWith(table)
  const looked = node['Actual Rows'] + (node['Rows Removed by Filter'] ?? 0) + (node['Rows Removed by Index Recheck'] ?? 0)
  const own = ofTable ? looked * node['Actual Loops'] : 0
  return own + (node.Plans ?? []).reduce((sum, child) => sum + rowsLookedAt(child, table), 0)
}

/**
 * How many rows of `table` the statement reads as the database runs it (EXPLAIN ANALYZE, so it
 * runs: a write is made): the tests that hold a hot statement to an index count them.
 */
export async function rowsReadFrom(db: Queryable, table: string, sql: string, params: readonly unknown[]): Promise<number> {
  const [row] = await db.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, [...params])
  return rowsLookedAt(row!['QUERY PLAN'][0].Plan, table)
}
