import { randomUUID } from 'node:crypto'
import { hashPassword } from './auth/password.ts'
import type { Database } from './db/database.ts'

export const DEMO = {
  siteKey: 'demo',
  siteName: 'Demo Store',
  origins: ['http://localhost:*', 'http://127.0.0.1:*'],
  agentEmail: 'agent@demo.store',
  agentPassword: 'demo-agent',
  agentName: 'Alex',
} as const

/**
 * Creates the demo store and its agent on first start, so `pnpm start` is a working chat in one
 * step. Idempotent: an existing site or agent is left as the operator changed it.
 */
export async function seedDemo(db: Database): Promise<void> {
  await db.query(
    `INSERT INTO sites (id, key, name, allowed_origins) VALUES ($1, $2, $3, $4) ON CONFLICT (key) DO NOTHING`,
    [randomUUID(), DEMO.siteKey, DEMO.siteName, DEMO.origins],
  )
  const [existing] = await db.query('SELECT 1 FROM agents WHERE email = $1', [DEMO.agentEmail])
  if (existing) return
  const [site] = await db.query<{ id: string }>('SELECT id FROM sites WHERE key = $1', [DEMO.siteKey])
  if (!site) return
  await db.query(
    `INSERT INTO agents (id, site_id, email, name, password_hash) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (email) DO NOTHING`,
    [randomUUID(), site.id, DEMO.agentEmail, DEMO.agentName, await hashPassword(DEMO.agentPassword)],
  )
}
