import { startPgliteThread, type PgliteThread } from '../db/pglite.ts'
import { startsByDefault, wantsHelp } from './command.ts'
import { readConfig } from './config.ts'
import { assertFree } from './lock.ts'

/**
 * For `start` on the embedded database, its thread starts here, before the rest of the server
 * loads (cli.ts imports it after): PGlite takes most of a second to start its WebAssembly, and
 * loading the server another few tenths, time a restart's waiting shoppers wait too (issue 12,
 * decision 035). `start` takes the thread when it opens the database. Nothing for any other
 * command, or when the settings or a server already on the directory would make `start` refuse:
 * it then says why, as it would have.
 */
export async function startDatabaseEarly(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): Promise<PgliteThread | undefined> {
  const first = argv[0]
  if ((first !== 'start' && !startsByDefault(first)) || first === '--version' || wantsHelp(argv)) return undefined
  try {
    const config = readConfig(env, cwd)
    if (config.databaseUrl) return undefined
    await assertFree(config.dataDir)
    return startPgliteThread(config.dataDir)
  } catch {
    return undefined
  }
}
