import { DEMO, removeDemo, type RemovedDemo } from '../../seed.ts'
import { siteChanged } from '../../sites.ts'
import type { Command } from '../command.ts'
import { describeDatabase, withDatabase } from '../database.ts'
import { noteUntold, revoke, tellServers } from '../servers.ts'

/** The way on that `start` and `init` name when the demo store is in their way. */
export const DEMO_REMOVE = 'attune-server demo remove'

const counted = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`

export const demoRemove: Command = {
  name: 'demo remove',
  summary: 'Deletes the demo store of start --demo with its chats and public login',
  flags: {},
  notes: [
    `Deletes the store with the site key ${DEMO.siteKey}, its conversations, shoppers, files and settings, and the account ${DEMO.agentEmail} unless it is on another store's team.`,
    'A server running beside the command (DATABASE_URL) hears of it at once through REDIS_URL: the demo team is signed out.',
  ],
  async run({ config, io }) {
    const { removed, untold } = await withDatabase(config, async (db) => {
      // The files' bytes go with their rows, in the same transaction (upload_bytes).
      const removed = await removeDemo(db)
      // As the inbox's "Delete store" does: no server keeps the store, or a session in it.
      const untold = await tellServers(config, (bus) => {
        const { store, deletedLogin } = removed
        if (store) {
          siteChanged(bus, store.id)
          for (const id of store.team) revoke(bus, id, { reason: 'ended', siteId: store.id })
        }
        if (deletedLogin) revoke(bus, deletedLogin.id, { reason: 'ended' })
      })
      return { removed, untold }
    })
    io.out(report(removed, describeDatabase(config)))
    const kept = removed.keptLogin
    if (kept?.stillPublic) {
      io.err(
        `[Attune] ${kept.email} still signs in with the demo password (${DEMO.agentPassword}) to ${kept.stores.map((name) => `"${name}"`).join(', ')}. Give it another: attune-server agent reset-password --email ${kept.email}`,
      )
    }
    if (removed.store || removed.deletedLogin) noteUntold(io, untold)
    return 0
  },
}

/** What the command took away, line by line, or that there was nothing to take. */
function report({ store, deletedLogin, keptLogin }: RemovedDemo, database: string): string {
  return [
    store || deletedLogin ? `[Attune] Removed the demo from ${database}:` : `[Attune] No demo store in ${database}: nothing to remove.`,
    ...(store
      ? [
          `  store  "${store.name}" (site key ${DEMO.siteKey}), with ${counted(store.conversations, 'conversation')}, ${counted(store.visitors, 'shopper')} and ${counted(store.uploadIds.length, 'file')}`,
        ]
      : []),
    ...(deletedLogin ? [`  login  ${deletedLogin.email}, its account deleted`] : []),
    ...(keptLogin ? [`  kept   ${keptLogin.email}, on the team of ${keptLogin.stores.map((name) => `"${name}"`).join(', ')}`] : []),
  ].join('\n')
}
