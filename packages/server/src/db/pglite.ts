import { PGlite } from '@electric-sql/pglite'
import type { Database, Queryable } from './database.ts'

/**
 * The embedded engine: a whole Postgres in WebAssembly, persisted in `dataDir` (in memory when it
 * is left out). PGlite runs one statement at a time and serialises transactions behind a mutex,
 * which keeps `SELECT … FOR UPDATE` meaningful and cheap here.
 */
export async function openPglite(dataDir?: string): Promise<Database> {
  const pg = dataDir ? await PGlite.create(dataDir) : await PGlite.create()

  const wrap = (q: { query: PGlite['query']; exec: PGlite['exec'] }): Queryable => ({
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const result = await q.query<T>(sql, params as unknown[])
      return result.rows
    },
    async exec(sql: string) {
      await q.exec(sql)
    },
  })

  const self = wrap(pg)
  return {
    ...self,
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    close: () => pg.close(),
  }
}
