import { createPeople, type PersonRecord } from './accounts/people.ts'
import { createStores } from './accounts/stores.ts'
import { verifyPassword } from './auth/password.ts'
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
  const siteId = (await demoSiteId(db)) ?? (await stores.create({ key: DEMO.siteKey, name: DEMO.siteName, origins: DEMO.origins })).id
  if (await people.byEmail(DEMO.agentEmail)) return
  const person = await people.create({ email: DEMO.agentEmail, name: DEMO.agentName, password: DEMO.agentPassword })
  await people.join(siteId, person.id, 'owner')
}

/**
 * A server started without demo mode on a database that still holds the demo store and its
 * published login: anyone could sign in as the demo store's owner (README: Command line).
 */
export class PublicDemoLoginError extends Error {
  constructor() {
    super(
      `This database still holds the demo store with its public login (${DEMO.agentEmail}): start in demo mode to keep it, or remove it first (attune-server demo remove).`,
    )
  }
}

const demoSiteId = async (db: Database) => (await db.query<{ id: string }>('SELECT id FROM sites WHERE key = $1', [DEMO.siteKey]))[0]?.id ?? null

/** Whether the person still signs in with the demo's published password, checked as the sign-in checks it. */
const signsInWithDemoPassword = (person: PersonRecord) => verifyPassword(DEMO.agentPassword, person.passwordHash)

/**
 * Whether the demo store is here with its agent still signing in with the published password. An
 * owner who changed that password made the login their own: it is no longer public.
 */
export async function hasPublicDemoLogin(db: Database): Promise<boolean> {
  if (!(await demoSiteId(db))) return false
  const person = await createPeople(db).byEmail(DEMO.agentEmail)
  return person !== null && (await signsInWithDemoPassword(person))
}

/** What `removeDemo` took away, and the demo agent it had to keep. */
export type RemovedDemo = {
  /** The demo store, as it was: what went with it, and who was on its team (their sessions in it ended). */
  store: { id: string; name: string; conversations: number; visitors: number; uploadIds: string[]; team: string[] } | null
  /** The demo agent's account, deleted. */
  deletedLogin: { id: string; email: string } | null
  /** The demo agent's account, kept because it is on other stores' teams. */
  keptLogin: { email: string; stores: string[]; stillPublic: boolean } | null
}

/**
 * Deletes the demo store with everything in it (conversations, shoppers, files' records, its
 * team's memberships, sessions and invitations, settings), and the demo agent's account unless
 * they belong to another store. The files' ids are returned for their bytes to be deleted.
 */
export async function removeDemo(db: Database): Promise<RemovedDemo> {
  const people = createPeople(db)
  const siteId = await demoSiteId(db)
  let store: RemovedDemo['store'] = null
  if (siteId) {
    const [found] = await db.query<{ name: string; conversations: number; visitors: number }>(
      `SELECT name, (SELECT count(*)::int FROM conversations WHERE site_id = $1) AS conversations,
         (SELECT count(*)::int FROM visitors WHERE site_id = $1) AS visitors
       FROM sites WHERE id = $1`,
      [siteId],
    )
    const team = (await people.members(siteId)).map((member) => member.id)
    const { uploadIds } = await createStores(db).remove(siteId)
    store = { id: siteId, name: found!.name, conversations: found!.conversations, visitors: found!.visitors, uploadIds, team }
  }
  const person = await people.byEmail(DEMO.agentEmail)
  if (!person) return { store, deletedLogin: null, keptLogin: null }
  // Only an account on no team is deleted: one on another store's team is someone's way in there.
  const deleted = await db.query('DELETE FROM people WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM memberships WHERE person_id = $1) RETURNING id', [
    person.id,
  ])
  if (deleted.length) return { store, deletedLogin: { id: person.id, email: person.email }, keptLogin: null }
  const stores = (await people.memberships(person.id)).map((membership) => membership.name)
  return { store, deletedLogin: null, keptLogin: { email: person.email, stores, stillPublic: await signsInWithDemoPassword(person) } }
}
