import { randomUUID } from 'node:crypto'
import { createPeople } from '../accounts/people.ts'
import { createStores, type StoreRecord } from '../accounts/stores.ts'
import { createSessions, SESSION_COOKIE } from '../auth/sessions.ts'
import type { Database } from '../db/database.ts'

/** The hand-off tests' team: Dao and Kim are agents, Mai and Ben managers, Ann the admin. */
const ROLES_OF = { dao: 'agent', kim: 'agent', mai: 'manager', ben: 'manager', ann: 'admin' } as const
type Member = keyof typeof ROLES_OF
export type Team = { store: StoreRecord; id: Record<Member, string>; cookie: Record<Member, string> }

/**
 * A store of its own named `name`, in manual mode (nothing is handed out, so who holds a
 * conversation is what a test did), and its team, each signed in: their ids and session cookies.
 * Each is named as ROLES_OF calls them, capitalised ("Dao").
 */
export async function handoffTeam(db: Database, name: string, origin: string): Promise<Team> {
  const store = await createStores(db).create({ name, origins: [origin] })
  await db.query(`UPDATE sites SET assignment_mode = 'manual' WHERE id = $1`, [store.id])
  const people = createPeople(db)
  const sessions = createSessions(db)
  const id = {} as Team['id']
  const cookie = {} as Team['cookie']
  for (const [member, role] of Object.entries(ROLES_OF) as [Member, (typeof ROLES_OF)[Member]][]) {
    const person = await people.create({
      email: `${randomUUID()}@team.test`,
      name: member.replace(/^./, (c) => c.toUpperCase()),
      password: 'correct horse battery',
    })
    await people.join(store.id, person.id, role)
    id[member] = person.id
    cookie[member] = `${SESSION_COOKIE}=${await sessions.create(person.id, store.id)}`
  }
  return { store, id, cookie }
}
