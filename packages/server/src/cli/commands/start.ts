import { defaultAssetDirs } from '../../assets.ts'
import { DEMO, PublicDemoLoginError } from '../../seed.ts'
import { createAttuneServer, type AttuneServer } from '../../server.ts'
import { CliError, type Command } from '../command.ts'
import { serverOptions, type Config } from '../config.ts'
import type { Database } from '../../db/database.ts'
import { describeDatabase, openDatabase } from '../database.ts'
import { assertFree, claim } from '../lock.ts'
import { DEMO_REMOVE } from './demo.ts'

const INIT_EXAMPLE = 'attune-server init --store "Your Store" --origin https://your-store.example --owner-email you@your-store.example'

async function listen(
  config: Config,
  database: Database,
  demo: boolean,
  here: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<AttuneServer> {
  try {
    return await createAttuneServer({ ...serverOptions(config, { demo, assets: defaultAssetDirs(here, env) }), database })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EADDRINUSE')
      throw new CliError('failed', `Port ${config.port} on ${config.host} is taken (by another attune-server?). Set PORT to another one.`)
    if (code === 'EACCES')
      throw new CliError('failed', `Not allowed to listen on port ${config.port} of ${config.host}. Use a port above 1023, behind a reverse proxy.`)
    if (error instanceof PublicDemoLoginError) throw new CliError('failed', publicDemoLogin(config))
    throw error
  }
}

/** Why `start` without --demo refuses a database `start --demo` made, and the two ways on. */
const publicDemoLogin = (config: Config) => {
  const database = describeDatabase(config)
  return `${database[0]!.toUpperCase()}${database.slice(1)} still holds the demo store with its public login, ${DEMO.agentEmail} / ${DEMO.agentPassword}: anyone who reaches this server could sign in as the demo store's owner. To keep trying Attune, start it with --demo. To run it for your store, remove the demo store and its login with ${DEMO_REMOVE}, then start again.`
}

/** 1 when the database holds a store, 0 before the first (the server has migrated it). */
const countStores = async (database: Database) => (await database.query('SELECT 1 FROM sites LIMIT 1')).length

export const start: Command = {
  name: 'start',
  summary: 'Runs the server until Ctrl-C (the default command)',
  flags: {
    demo: {
      type: 'boolean',
      help: `adds a demo store with the agent ${DEMO.agentEmail} / ${DEMO.agentPassword} and serves a demo shop at / (never in production)`,
    },
  },
  notes: [
    `Without --demo, start refuses a database that still holds the demo store with its public login: remove them first (${DEMO_REMOVE}).`,
    'Migrations run first. Ctrl-C (SIGINT) or SIGTERM closes the sockets (clients reconnect and resume), then the database.',
    'Settings come from the environment: see attune-server --help.',
  ],
  async run({ flags, config, io }) {
    const demo = flags.on('demo')
    if (!config.databaseUrl) await assertFree(config.dataDir)
    // Opened once, here, and handed to the server, which migrates it: the embedded database takes
    // about a second to open, which a restart should pay once.
    const database = await openDatabase(config, await io.databaseThread)
    const server = await listen(config, database, demo, io.here, io.env).catch(async (error: unknown) => {
      await database.close()
      throw error
    })
    const stores = demo
      ? 1
      : await countStores(database).catch(async (error: unknown) => {
          await server.close()
          await database.close()
          throw error
        })
    const release = config.databaseUrl ? null : await claim(config.dataDir)
    const url = config.publicUrl ?? server.url
    io.out(
      [
        `[Attune] server ready on ${server.url}${demo ? ' (demo)' : ''}, with ${describeDatabase(config)}`,
        ...(demo ? [`  store  ${url}/`] : []),
        `  inbox  ${url}/inbox${demo ? `  (sign in as ${DEMO.agentEmail} / ${DEMO.agentPassword})` : ''}`,
        `  health ${url}/healthz`,
        ...(stores
          ? []
          : [
              '',
              'No store yet. Create the first one and its owner with:',
              `  ${INIT_EXAMPLE}`,
              config.databaseUrl
                ? '(it may run while this server does)'
                : '(stop this server first: the embedded database serves one process at a time; then start it again)',
            ]),
      ].join('\n'),
    )
    try {
      const signal = await io.stopped()
      io.out(`[Attune] ${signal}: shutting down`)
      await server.close()
    } finally {
      // The database closes before the lock goes: another process may open it only then.
      await database.close()
      await release?.()
    }
    return 0
  },
}
