import type { Database } from '../db/database.ts'
import { migrate } from '../db/migrations.ts'
import { openPglite, type PgliteThread } from '../db/pglite.ts'
import { openPostgres } from '../db/postgres.ts'
import type { Config } from './config.ts'
import { assertFree } from './lock.ts'

/** Which database a command works on, in words for its messages. */
export const describeDatabase = (config: Config) =>
  config.databaseUrl ? 'the PostgreSQL database in DATABASE_URL' : `the embedded database in ${config.dataDir}`

/**
 * Opens the configured database, brings its schema up to date, runs `fn` and closes it, also
 * when `fn` throws. The embedded database belongs to one process at a time: commands on it
 * refuse while a server holds it (with DATABASE_URL they may run beside the server).
 */
export async function withDatabase<T>(config: Config, fn: (db: Database, applied: number[]) => Promise<T>): Promise<T> {
  if (!config.databaseUrl) await assertFree(config.dataDir)
  const db = await openDatabase(config)
  try {
    const applied = await migrate(db)
    return await fn(db, applied)
  } finally {
    await db.close()
  }
}

/**
 * The configured database, open: the caller checks the embedded one is free, and closes it.
 * `started`: the embedded database's thread, if cli.ts started it already (cli/early.ts).
 */
export const openDatabase = (config: Config, started?: PgliteThread): Promise<Database> =>
  config.databaseUrl ? openPostgres(config.databaseUrl) : openPglite(config.dataDir, started ? { started } : {})
