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
 * Waits for the transaction's lock on `key` (PostgreSQL's advisory lock, released when `tx` ends):
 * one transaction at a time per key counts then writes, so two at once cannot both slip under a
 * cap. Under READ COMMITTED a statement begun after the lock sees what the one before committed.
 */
export async function lockFor(tx: Queryable, key: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key])
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
