import { createHash } from 'node:crypto'
import type pg from 'pg'
import { DatabaseUnavailable, type Database, type Queryable } from './database.ts'
import { log } from '../logger.ts'

// Connection failures, as Node, PostgreSQL (SQLSTATE class 08, and 57P01-03: terminated by an
// administrator, a crash, or starting up) and node-postgres report them.
const LOST_SOCKET = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN'])
const LOST_MESSAGE = /Connection terminated|timeout exceeded when trying to connect|not queryable|connection (?:is )?closed/i

/** True when `error` says the database is out of reach, not that the statement was wrong. */
function isConnectionError(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  const code = (error as { code?: unknown }).code
  if (typeof code === 'string' && (LOST_SOCKET.has(code) || code.startsWith('08') || /^57P0[123]$/.test(code))) return true
  return LOST_MESSAGE.test(error.message)
}

const typed = (error: unknown) => (isConnectionError(error) ? new DatabaseUnavailable(error) : error)

/**
 * A real PostgreSQL through a connection URL (`DATABASE_URL`): the same SQL and migrations as the
 * embedded engine. Transactions take one pooled connection for their whole length, so
 * `SELECT … FOR UPDATE` serialises appends across server processes.
 *
 * A restart of PostgreSQL must not take the server down (issue 11): a pooled connection the
 * database ends is dropped from the pool (an `error` listener, without which Node would exit),
 * statements meanwhile fail as DatabaseUnavailable, and the pool connects afresh when asked.
 */
export async function openPostgres(url: string): Promise<Database> {
  // Loaded here, not at start: the embedded database's servers and commands never pay for it.
  const { Pool } = (await import('pg')).default
  // A database that does not answer fails a statement in 5 s rather than holding it forever.
  const pool = new Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 })
  pool.on('error', (error) => log.warn({ err: error }, 'a database connection ended'))
  // Fail at start, with the reason, rather than at the first chat message.
  await pool.query('SELECT 1')

  const names = statementNames()
  const wrap = (client: pg.Pool | pg.PoolClient): Queryable => ({
    async query<T>(sql: string, params: readonly unknown[] = []) {
      try {
        const result = await client.query({ name: names.of(sql), text: sql, values: params as unknown[] })
        return result.rows as T[]
      } catch (error) {
        throw typed(error)
      }
    },
    async exec(sql: string) {
      try {
        await client.query(sql)
      } catch (error) {
        throw typed(error)
      } finally {
        names.schemaChanged()
      }
    },
  })

  return {
    ...wrap(pool),
    async transaction(fn) {
      const client = await pool.connect().catch((error: unknown) => {
        throw typed(error)
      })
      // A checked-out connection has no pool listener: one that dies between statements would
      // otherwise be an unhandled 'error' event. The next statement fails and rolls back.
      let lost: Error | undefined
      const onError = (error: Error) => (lost = error)
      client.on('error', onError)
      try {
        await client.query('BEGIN')
        const result = await fn(wrap(client))
        await client.query('COMMIT')
        return result
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined)
        throw typed(error)
      } finally {
        client.off('error', onError)
        // A broken connection is destroyed, not returned to the pool.
        client.release(lost)
      }
    },
    close: () => pool.end(),
  }
}

/**
 * Each statement text runs as a prepared statement of its own name (issue 12): node-postgres
 * parses it once per connection and then only binds and runs it, so PostgreSQL skips parsing and
 * analysing it and keeps its plan when a generic one is as good, on the cores the chat shares
 * with it. A schema change (`exec`: migrations) starts new names, because PostgreSQL refuses to run
 * a statement prepared before it whose result changed ("cached plan must not change result type").
 * Another process's migration (a rolling upgrade) cannot change ours: they name their columns.
 */
function statementNames() {
  let generation = 0
  const named = new Map<string, string>()
  return {
    of(sql: string): string {
      let name = named.get(sql)
      if (name === undefined) {
        // node-postgres keeps what each connection prepared for the connection's life: bounded
        // because the server's texts are fixed (values go in parameters, never in the text). This
        // map only spares hashing them again; cleared, a text gets the same name back.
        if (named.size >= 2_000) named.clear()
        name = `a${generation}_${createHash('sha1').update(sql).digest('base64url').slice(0, 20)}`
        named.set(sql, name)
      }
      return name
    },
    schemaChanged(): void {
      generation++
      named.clear()
    },
  }
}
