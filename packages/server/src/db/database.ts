/**
 * The storage seam. Everything above it speaks plain Postgres SQL through this interface, so the
 * embedded engine (PGlite) and a real PostgreSQL (via `pg`, later) are interchangeable.
 */

/** What can run statements: the database itself or an open transaction. */
export interface Queryable {
  /** Runs one parameterised statement ($1, $2 …) and returns its rows. */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>
  /** Runs one or more statements without parameters (migrations). */
  exec(sql: string): Promise<void>
}

export interface Database extends Queryable {
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>
  close(): Promise<void>
}

/**
 * The database cannot be reached now (restarting, failing over, the network down): a "not now"
 * the HTTP API answers with 503 `unavailable` and the gateway with a retryable error. The pool
 * connects again by itself on the next statement once the database is back.
 */
export class DatabaseUnavailable extends Error {
  constructor(cause: unknown) {
    super('The database is not answering.', { cause })
    this.name = 'DatabaseUnavailable'
  }
}
