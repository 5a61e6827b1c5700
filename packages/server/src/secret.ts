import { randomBytes } from 'node:crypto'
import type { Database } from './db/database.ts'

/**
 * The key that signs visitor tokens. Generated once and kept in the database, so tokens survive
 * restarts; an operator can pin it (several processes, one store) with ATTUNE_SECRET.
 */
export async function loadSecret(db: Database, override?: string): Promise<string> {
  if (override) return override
  const fresh = randomBytes(32).toString('base64url')
  // ON CONFLICT keeps the first writer's value if two processes start at once.
  await db.query(`INSERT INTO settings (key, value) VALUES ('signing_secret', $1) ON CONFLICT (key) DO NOTHING`, [fresh])
  const [row] = await db.query<{ value: string }>(`SELECT value FROM settings WHERE key = 'signing_secret'`)
  if (!row) throw new Error('[Attune] signing secret missing after insert')
  return row.value
}
