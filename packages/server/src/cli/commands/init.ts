import { scriptTag } from '@attune/protocol'
import { createPeople } from '../../accounts/people.ts'
import { createStores } from '../../accounts/stores.ts'
import { CliError, type Command } from '../command.ts'
import { serverUrl } from '../config.ts'
import { withDatabase } from '../database.ts'
import { DEMO } from '../../seed.ts'
import { DEMO_REMOVE } from './demo.ts'
import { createStoreWithOwner } from './owner.ts'

export const init: Command = {
  name: 'init',
  summary: 'Creates the first store and its owner; prints the snippet for its pages',
  flags: {
    store: { type: 'string', value: 'NAME', required: true, help: "the store's name, as shoppers and the team see it" },
    origin: {
      type: 'string',
      value: 'URL',
      multiple: true,
      required: true,
      help: 'a site the chat may run on, like https://shop.example; repeat it or separate with commas',
    },
    'owner-email': { type: 'string', value: 'EMAIL', required: true, help: "the owner's email, to sign in with" },
    'owner-name': { type: 'string', value: 'NAME', help: "the owner's name as the team sees it (default: the email's first part)" },
    'owner-password': {
      type: 'string',
      value: 'PW',
      help: "the owner's password, 10+ characters (default: generated and printed once; a password on the command line stays in the shell's history)",
    },
  },
  notes: [
    `Runs on an empty database only; with a store there already, use: attune-server store create (the demo store of start --demo goes with ${DEMO_REMOVE}).`,
    'The snippet points at ATTUNE_PUBLIC_URL, or at http://HOST:PORT when it is not set.',
  ],
  async run({ flags, config, io }) {
    const ownerEmail = flags.text('owner-email')!
    const { store, owner, generatedPassword } = await withDatabase(config, async (db) => {
      const stores = await createStores(db).list()
      if (stores.length === 1 && stores[0]!.key === DEMO.siteKey) {
        throw new CliError(
          'failed',
          `This database's only store is the demo store that start --demo made ("${stores[0]!.name}", site key ${DEMO.siteKey}). To begin afresh, remove it and its demo login with ${DEMO_REMOVE}, then run init again; to keep it, add your store with attune-server store create.`,
        )
      }
      if (stores.length) {
        const names = stores.map((s) => `"${s.name}" (${s.key})`).join(', ')
        throw new CliError('failed', `This database has a store already: ${names}. Add another with: attune-server store create --help`)
      }
      const existing = await createPeople(db).byEmail(ownerEmail)
      if (existing) {
        throw new CliError(
          'failed',
          `${existing.email} has an account already. Make them the owner of a new store with attune-server store create --owner-email ${existing.email} …, or add them to one with attune-server agent add.`,
        )
      }
      return createStoreWithOwner(db, {
        name: flags.text('store')!,
        origins: flags.list('origin'),
        ownerEmail,
        ownerName: flags.text('owner-name'),
        ownerPassword: flags.text('owner-password'),
      })
    })
    const url = serverUrl(config)
    io.out(
      [
        `[Attune] Created the store "${store.name}" and its owner.`,
        '',
        `  site key  ${store.key}`,
        `  origins   ${store.allowedOrigins.join(', ')}`,
        `  owner     ${owner.email}`,
        ...(generatedPassword ? [`  password  ${generatedPassword}   (generated: shown this once, change it in the inbox)`] : []),
        '',
        "Put the chat on the store's pages, before </body>:",
        '',
        scriptTag(store.key, url),
        '',
        `Then start the server (attune-server start) and sign in at ${url}/inbox.`,
        ...(config.publicUrl ? [] : ['Set ATTUNE_PUBLIC_URL to the address browsers reach this server at; the snippet and links use it.']),
      ].join('\n'),
    )
    return 0
  },
}
