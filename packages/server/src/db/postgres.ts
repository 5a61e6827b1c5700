import pg from 'pg'
import type { Database, Queryable } from './database.ts'

/**
 * A real PostgreSQL through a connection URL (`DATABASE_URL`): the same SQL and migrations as the
 * embedded engine. Transactions take one pooled connection for their whole length, so
 * `SELECT … FOR UPDATE` serialises appends across server processes.
 */
export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 })
  // Fail at start, with the reason, rather than at the first chat message.
  await pool.query('SELECT 1')

  const wrap = (client: pg.Pool | pg.PoolClient): Queryable => ({
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const result = await client.query(sql, params as unknown[])
      return result.rows as T[]
    },
    async exec(sql: string) {
      await client.query(sql)
    },
  })

  return {
    ...wrap(pool),
    async transaction(fn) {
      const client = await pool.connect()
      try {
        await client.query('BEGIN')
        const result = await fn(wrap(client))
        await client.query('COMMIT')
        return result
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined)
        throw error
      } finally {
        client.release()
      }
    },
    close: () => pool.end(),
  }
}
