import { createPeople } from './accounts/people.ts'
import { createStores } from './accounts/stores.ts'
import type { Database } from './db/database.ts'

/** `attune-server start --demo` only: never seeded otherwise, so production has no known login. */
export const DEMO = {
  siteKey: 'demo',
  siteName: 'Demo Store',
  origins: ['http://localhost:*', 'http://127.0.0.1:*'],
  agentEmail: 'agent@demo.store',
  agentPassword: 'demo-agent',
  agentName: 'Alex',
} as const

/**
 * Creates the demo store and its agent (its owner, so every page can be tried) on first start, so
 * `pnpm start` is a working chat in one step. Idempotent: an existing store or person is left as
 * the operator changed it.
 */
export async function seedDemo(db: Database): Promise<void> {
  const stores = createStores(db)
  const people = createPeople(db)
  const [site] = await db.query<{ id: string }>('SELECT id FROM sites WHERE key = $1', [DEMO.siteKey])
  const siteId = site?.id ?? (await stores.create({ key: DEMO.siteKey, name: DEMO.siteName, origins: DEMO.origins })).id
  if (await people.byEmail(DEMO.agentEmail)) return
  const person = await people.create({ email: DEMO.agentEmail, name: DEMO.agentName, password: DEMO.agentPassword })
  await people.join(siteId, person.id, 'owner')
}
