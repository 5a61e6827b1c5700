import { createStores } from '../../accounts/stores.ts'
import { revokeVisitorTokens } from '../../auth/visitor-auth.ts'
import { MIGRATIONS } from '../../db/migrations.ts'
import { CliError, type Command } from '../command.ts'
import { describeDatabase, withDatabase } from '../database.ts'
import { announceErasure, eraseVisitorData, exportVisitor } from '../../visitors.ts'
import { noteUntold, tellServers } from '../servers.ts'
import { storeFlag } from './owner.ts'

export const secretRotate: Command = {
  name: 'secret rotate',
  summary: "Replaces a store's identity secret (what its server signs user ids with)",
  flags: { store: storeFlag },
  notes: ["The old secret stops working at once: put the new one in the store's server, where it signs identify calls."],
  async run({ flags, config, io }) {
    const { store, secret } = await withDatabase(config, async (db) => {
      const stores = createStores(db)
      const store = await stores.byKey(flags.text('store')!)
      return { store, secret: await stores.rotateIdentitySecret(store.id) }
    })
    io.out(`[Attune] New identity secret for "${store.name}":\n${secret}`)
    return 0
  },
}

const visitorFlag = {
  type: 'string',
  value: 'ID',
  required: true,
  help: "the shopper's visitor id (shown in the inbox and in Insights' CSV)",
} as const

export const visitorExport: Command = {
  name: 'visitor export',
  summary: 'Prints everything kept about a shopper, as JSON (their right of access)',
  flags: { store: storeFlag, visitor: visitorFlag },
  notes: ['For a request of access (GDPR art. 15, PDPA s. 30): attune-server visitor export … > visitor.json'],
  async run({ flags, config, io }) {
    const data = await withDatabase(config, async (db) => {
      const store = await createStores(db).byKey(flags.text('store')!)
      const found = await exportVisitor(db, store.id, flags.text('visitor')!)
      if (!found) throw new CliError('failed', `"${store.name}" has no visitor ${flags.text('visitor')}.`)
      return { exportedAt: new Date().toISOString(), store: { key: store.key, name: store.name }, ...found }
    })
    io.out(JSON.stringify(data, null, 2))
    return 0
  },
}

export const visitorErase: Command = {
  name: 'visitor erase',
  summary: 'Deletes a shopper with their conversations (their right to erasure)',
  flags: { store: storeFlag, visitor: visitorFlag },
  notes: [
    'For a request of erasure (GDPR art. 17, PDPA s. 33); the same as DELETE /api/visitors/:id.',
    "A server running beside the command (DATABASE_URL) hears of it at once through REDIS_URL, and its open inboxes drop the shopper's conversations; without Redis, they do when they next connect.",
  ],
  async run({ flags, config, io }) {
    const visitorId = flags.text('visitor')!
    const { store, erasure } = await withDatabase(config, async (db) => {
      const store = await createStores(db).byKey(flags.text('store')!)
      // Their files' bytes go with the rows, in the erasure's transaction (upload_bytes).
      const erasure = await eraseVisitorData(db, store.id, visitorId)
      if (!erasure) throw new CliError('failed', `"${store.name}" has no visitor ${visitorId}.`)
      return { store, erasure }
    })
    // As the inbox's "Delete shopper's data" does: the servers drop what they keep of the shopper.
    const untold = await tellServers(config, (bus) => announceErasure(bus, erasure))
    io.out(`[Attune] Erased visitor ${visitorId} of "${store.name}", their conversations and files.`)
    noteUntold(io, untold)
    return 0
  },
}

export const visitorRevoke: Command = {
  name: 'visitor revoke',
  summary: "Ends a shopper's tokens on every device; their next visit starts afresh",
  flags: { store: storeFlag, visitor: visitorFlag },
  notes: ['For a lost or shared device: the chats stay (for the team, and for export or erase); the shopper is a new anonymous visitor.'],
  async run({ flags, config, io }) {
    const visitorId = flags.text('visitor')!
    const store = await withDatabase(config, async (db) => {
      const store = await createStores(db).byKey(flags.text('store')!)
      if (!(await revokeVisitorTokens(db, store.id, visitorId))) throw new CliError('failed', `"${store.name}" has no visitor ${visitorId}.`)
      return store
    })
    io.out(`[Attune] Revoked the tokens of visitor ${visitorId} of "${store.name}".`)
    return 0
  },
}

export const migrateCommand: Command = {
  name: 'migrate',
  summary: "Brings the database's schema up to date (start does it too)",
  flags: {},
  notes: ['Useful before rolling out a new version against a shared PostgreSQL, or to check a backup.'],
  async run({ config, io }) {
    const applied = await withDatabase(config, async (_db, applied) => applied)
    const latest = MIGRATIONS.at(-1)!
    io.out(
      applied.length
        ? `[Attune] Applied ${applied.length} migration${applied.length > 1 ? 's' : ''} (${applied.join(', ')}) to ${describeDatabase(config)}; it is at ${latest.id} (${latest.name}).`
        : `[Attune] Up to date: ${describeDatabase(config)} is at migration ${latest.id} (${latest.name}).`,
    )
    return 0
  },
}
