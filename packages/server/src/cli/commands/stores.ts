import { scriptTag } from '@attune/protocol'
import { createStores, type StoreRecord } from '../../accounts/stores.ts'
import { CliError, type Command } from '../command.ts'
import { serverUrl } from '../config.ts'
import { withDatabase } from '../database.ts'
import { createStoreWithOwner, storeFlag } from './owner.ts'

const describe = (store: StoreRecord) => [
  `  site key  ${store.key}`,
  `  name      ${store.name}`,
  `  origins   ${store.allowedOrigins.join(', ') || '(none)'}`,
]

export const storeCreate: Command = {
  name: 'store create',
  summary: 'Creates another store with its owner',
  flags: {
    name: { type: 'string', value: 'NAME', required: true, help: "the store's name" },
    origin: { type: 'string', value: 'URL', multiple: true, required: true, help: 'a site the chat may run on; repeat it or separate with commas' },
    'owner-email': {
      type: 'string',
      value: 'EMAIL',
      required: true,
      help: "the owner's email; someone with an account already keeps their password",
    },
    'owner-name': { type: 'string', value: 'NAME', help: "a new owner's name (default: the email's first part)" },
    'owner-password': { type: 'string', value: 'PW', help: "a new owner's password (default: generated and printed once)" },
  },
  async run({ flags, config, io }) {
    const { store, owner, generatedPassword } = await withDatabase(config, (db) =>
      createStoreWithOwner(db, {
        name: flags.text('name')!,
        origins: flags.list('origin'),
        ownerEmail: flags.text('owner-email')!,
        ownerName: flags.text('owner-name'),
        ownerPassword: flags.text('owner-password'),
      }),
    )
    io.out(
      [
        `[Attune] Created the store "${store.name}", owned by ${owner.email}.`,
        ...describe(store),
        ...(generatedPassword ? [`  password  ${generatedPassword}   (generated for ${owner.email}: shown this once)`] : []),
        '',
        scriptTag(store.key, serverUrl(config)),
      ].join('\n'),
    )
    return 0
  },
}

export const storeList: Command = {
  name: 'store list',
  summary: 'Lists the stores with their site keys, team sizes and origins',
  flags: { json: { type: 'boolean', help: 'prints JSON, for scripts' } },
  async run({ flags, config, io }) {
    const stores = await withDatabase(config, (db) => createStores(db).list())
    if (flags.on('json')) {
      io.out(
        JSON.stringify(
          stores.map((s) => ({ key: s.key, name: s.name, allowedOrigins: s.allowedOrigins, members: s.members })),
          null,
          2,
        ),
      )
    } else if (!stores.length) {
      io.out('No stores yet. Create the first with: attune-server init --help')
    } else {
      io.out(table(stores))
    }
    return 0
  },
}

/** Site key, name and team size in aligned columns; the origins last, as long as they are. */
function table(stores: { key: string; name: string; members: number; allowedOrigins: string[] }[]): string {
  const rows = [['SITE KEY', 'NAME', 'TEAM', 'ORIGINS'], ...stores.map((s) => [s.key, s.name, String(s.members), s.allowedOrigins.join(' ')])]
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)) + 2)
  return rows
    .map((r) =>
      r
        .map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell))
        .join('')
        .trimEnd(),
    )
    .join('\n')
}

/**
 * The chat runs only on a store's allowed origins (the gateway refuses any other), so a store left
 * with none would have a chat that never connects.
 */
const lastOriginRefused = (name: string, removed: string[]) =>
  new CliError(
    'failed',
    `"${name}" would have no origin left, and the chat runs only on the sites a store allows. ` +
      `To replace ${removed.join(', ')}, add the new origin in the same command: --origin https://new.example --remove-origin ${removed.join(',')}`,
  )

export const storeUpdate: Command = {
  name: 'store update',
  summary: 'Renames a store, adds or removes allowed origins',
  flags: {
    store: storeFlag,
    name: { type: 'string', value: 'NAME', help: 'a new name' },
    origin: { type: 'string', value: 'URL', multiple: true, help: 'an origin to allow; repeat it or separate with commas' },
    'remove-origin': { type: 'string', value: 'URL', multiple: true, help: 'an origin to stop allowing (a store keeps at least one)' },
  },
  async run({ flags, config, io }) {
    const add = flags.list('origin')
    const remove = flags.list('remove-origin')
    const name = flags.text('name')
    if (name === undefined && !add.length && !remove.length)
      throw new CliError('usage', 'Nothing to change: give --name, --origin or --remove-origin.')
    const store = await withDatabase(config, async (db) => {
      const stores = createStores(db)
      const store = await stores.byKey(flags.text('store')!)
      const unknown = remove.filter((origin) => !store.allowedOrigins.includes(origin))
      if (unknown.length)
        throw new CliError(
          'failed',
          `${unknown.join(', ')} ${unknown.length > 1 ? 'are' : 'is'} not allowed in "${store.name}" now; it allows ${store.allowedOrigins.join(', ') || 'no origins'}.`,
        )
      const origins = add.length || remove.length ? [...store.allowedOrigins, ...add].filter((o) => !remove.includes(o)) : undefined
      if (origins?.length === 0) throw lastOriginRefused(store.name, remove)
      return stores.update(store.id, { name, allowedOrigins: origins })
    })
    io.out([`[Attune] Updated the store "${store.name}".`, ...describe(store)].join('\n'))
    return 0
  },
}
