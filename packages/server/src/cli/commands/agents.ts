import { ROLES, type Role } from '@attune/protocol'
import { createPeople, generatePassword, type People } from '../../accounts/people.ts'
import { createStores } from '../../accounts/stores.ts'
import { createSessions } from '../../auth/sessions.ts'
import { createConversations } from '../../conversations.ts'
import type { Database } from '../../db/database.ts'
import { announceReturned } from '../../team/assignment.ts'
import { CliError, type Command, type Flags } from '../command.ts'
import { withDatabase } from '../database.ts'
import { noteUntold, revoke, tellServers } from '../servers.ts'
import { storeFlag } from './owner.ts'

const emailFlag = { type: 'string', value: 'EMAIL', required: true, help: "the person's email" } as const
const roleHelp = 'admin (team and store settings), manager (Insights, check-in settings) or agent (conversations)'

function roleOf(flags: Flags, allowed: readonly Role[]): Role {
  const role = flags.text('role')! as Role
  if (!allowed.includes(role)) throw new CliError('usage', `--role must be ${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}, not "${role}"`)
  return role
}

async function personByEmail(people: People, email: string) {
  const person = await people.byEmail(email)
  if (!person) throw new CliError('failed', `No one has an account with the email ${email}.`)
  return person
}

/** Said in the notes of the commands that end or change a session. */
const REACH_NOTE =
  'A server running beside the command (DATABASE_URL) hears of it at once through REDIS_URL; without Redis, its open inboxes learn of it when they next connect.'

/** The store named by --store and the person named by --email, in it. */
async function memberOf(db: Database, flags: Flags) {
  const store = await createStores(db).byKey(flags.text('store')!)
  const people = createPeople(db)
  const person = await personByEmail(people, flags.text('email')!)
  return { store, people, person }
}

export const agentAdd: Command = {
  name: 'agent add',
  summary: "Adds a person to a store's team (a new account, or the one they have)",
  flags: {
    store: storeFlag,
    email: emailFlag,
    role: { type: 'string', value: 'ROLE', required: true, help: roleHelp },
    name: { type: 'string', value: 'NAME', help: "a new person's name (default: the email's first part)" },
    password: { type: 'string', value: 'PW', help: "a new person's password, 10+ characters (default: generated and printed once)" },
  },
  notes: ['Inviting from the inbox (Team page) lets people choose their own password.'],
  async run({ flags, config, io }) {
    const role = roleOf(
      flags,
      ROLES.filter((r) => r !== 'owner'),
    )
    const given = flags.text('password')
    const result = await withDatabase(config, async (db) => {
      const store = await createStores(db).byKey(flags.text('store')!)
      const people = createPeople(db)
      const existing = await people.byEmail(flags.text('email')!)
      if (existing && given !== undefined)
        throw new CliError('failed', `${existing.email} has an account already and keeps its password: leave out --password.`)
      const password = existing ? null : (given ?? generatePassword())
      return db.transaction(async (tx) => {
        const person = existing ?? (await people.create({ email: flags.text('email')!, name: flags.text('name') ?? '', password: password! }, tx))
        await people.join(store.id, person.id, role, tx)
        return { store, person, generated: existing || given !== undefined ? null : password }
      })
    })
    io.out(
      [
        `[Attune] Added ${result.person.email} to "${result.store.name}" as ${role}.`,
        ...(result.generated ? [`  password  ${result.generated}   (generated: shown this once, change it in the inbox)`] : []),
      ].join('\n'),
    )
    return 0
  },
}

export const agentList: Command = {
  name: 'agent list',
  summary: "Lists a store's team with their roles",
  flags: { store: storeFlag },
  async run({ flags, config, io }) {
    const members = await withDatabase(config, async (db) => createPeople(db).members((await createStores(db).byKey(flags.text('store')!)).id))
    io.out(members.map((m) => `${m.role.padEnd(9)}${m.email}  ${m.name}`).join('\n'))
    return 0
  },
}

export const agentRemove: Command = {
  name: 'agent remove',
  summary: "Takes a person off a store's team and ends their sessions in it",
  flags: { store: storeFlag, email: emailFlag },
  notes: [
    'Their account stays (they may belong to other stores). The owner is never removed: transfer the store first (agent role --role owner).',
    'The open conversations they held go back to the team, unassigned.',
    REACH_NOTE,
  ],
  async run({ flags, config, io }) {
    const { store, person, held, untold } = await withDatabase(config, async (db) => {
      const found = await memberOf(db, flags)
      const held = await found.people.leave(found.store.id, found.person.id)
      const untold = await tellServers(config, async (bus) => {
        revoke(bus, found.person.id, { reason: 'ended', siteId: found.store.id })
        await announceReturned(bus, createConversations(db), found.store.id, held)
      })
      return { ...found, held, untold }
    })
    const given = held.length === 0 ? '' : ` ${held.length} open conversation${held.length === 1 ? '' : 's'} went back to the team.`
    io.out(`[Attune] Removed ${person.email} from "${store.name}".${given}`)
    noteUntold(io, untold)
    return 0
  },
}

export const agentRole: Command = {
  name: 'agent role',
  summary: "Changes a person's role in a store; --role owner hands the store over",
  flags: { store: storeFlag, email: emailFlag, role: { type: 'string', value: 'ROLE', required: true, help: `owner, or ${roleHelp}` } },
  notes: ['With --role owner the person becomes the owner and the previous owner an admin.', REACH_NOTE],
  async run({ flags, config, io }) {
    const role = roleOf(flags, ROLES)
    const { store, person, untold } = await withDatabase(config, async (db) => {
      const found = await memberOf(db, flags)
      const changed = [found.person.id]
      if (role === 'owner') changed.push((await found.people.transferOwnership(found.store.id, found.person.id)).from)
      else await found.people.setRole(found.store.id, found.person.id, role)
      // Their inboxes reconnect and learn the new role.
      const untold = await tellServers(config, (bus) => {
        for (const id of changed) if (id) revoke(bus, id, { reason: 'changed', siteId: found.store.id })
      })
      return { ...found, untold }
    })
    io.out(`[Attune] ${person.email} is now ${role === 'owner' ? 'the owner' : `${role === 'admin' ? 'an' : 'a'} ${role}`} of "${store.name}".`)
    noteUntold(io, untold)
    return 0
  },
}

export const agentResetPassword: Command = {
  name: 'agent reset-password',
  summary: 'Sets a new password for a person and ends all their sessions',
  flags: {
    email: emailFlag,
    password: { type: 'string', value: 'PW', help: 'the new password, 10+ characters (default: generated and printed once)' },
  },
  notes: [REACH_NOTE],
  async run({ flags, config, io }) {
    const given = flags.text('password')
    const password = given ?? generatePassword()
    const { person, untold } = await withDatabase(config, async (db) => {
      const people = createPeople(db)
      const person = await personByEmail(people, flags.text('email')!)
      await people.setPassword(person.id, password)
      // A reset is often because the password leaked: whoever used it is signed out too.
      await createSessions(db).destroyAll(person.id)
      return { person, untold: await tellServers(config, (bus) => revoke(bus, person.id, { reason: 'ended' })) }
    })
    io.out(
      [
        `[Attune] New password for ${person.email}; their sessions have ended.`,
        ...(given === undefined ? [`  password  ${password}   (generated: shown this once)`] : []),
      ].join('\n'),
    )
    noteUntold(io, untold)
    return 0
  },
}
