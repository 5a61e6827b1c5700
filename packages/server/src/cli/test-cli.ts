import type { Database } from '../db/database.ts'
import { migrate } from '../db/migrations.ts'
import { openPglite } from '../db/pglite.ts'
import { tempDir } from '../test-db.ts'
import type { Io } from './command.ts'
import { startDatabaseEarly } from './early.ts'
import { main } from './main.ts'

export type Run = { code: number; out: string; err: string }

/**
 * The command line in-process on a temporary data directory: `run` takes the words after
 * `attune-server` and answers the exit code and what was printed.
 */
export async function testCli(initialEnv: Record<string, string> = {}) {
  const dir = await tempDir()
  const env: Record<string, string> = { ATTUNE_DATA_DIR: dir.path, ...initialEnv }
  let stop: (signal: string) => void = () => {}
  const io = (out: string[], err: string[]): Io => ({
    out: (text) => void out.push(text),
    err: (text) => void err.push(text),
    env: { ...env },
    cwd: dir.path,
    here: dir.path,
    stopped: () => new Promise((resolve) => (stop = resolve)),
  })
  const background = (argv: string[], databaseThread?: Io['databaseThread']) => {
    const out: string[] = []
    const err: string[] = []
    const done = main(argv, { ...io(out, err), databaseThread })
    return { out, err, done, stop: () => stop('SIGINT') }
  }
  return {
    dataDir: dir.path,
    /** The environment of the next commands; change it between them. */
    env,
    async run(...argv: string[]): Promise<Run> {
      const out: string[] = []
      const err: string[] = []
      const code = await main(argv, io(out, err))
      return { code, out: out.join('\n'), err: err.join('\n') }
    },
    /** Starts a command that runs until stopped (`start`); `stop` is Ctrl-C. */
    background(...argv: string[]) {
      return background(argv)
    },
    /** As `background`, with the database's thread started first, as cli.ts starts it (cli/early.ts). */
    backgroundAsProcess(...argv: string[]) {
      const databaseThread = startDatabaseEarly(argv, { ...env }, dir.path)
      return { ...background(argv, databaseThread), databaseThread }
    },
    /** Opens the data directory's database for a look or a setup (no command may run meanwhile). */
    async db<T>(fn: (db: Database) => Promise<T>): Promise<T> {
      const db = await openPglite(dir.path)
      try {
        return await fn(db)
      } finally {
        await db.close()
      }
    },
    /** Empties the database (a fresh one costs seconds to create; emptying, a fraction). */
    reset() {
      return this.db(async (db) => {
        await migrate(db)
        await db.exec(
          'DELETE FROM events; DELETE FROM conversations; DELETE FROM visitors; DELETE FROM uploads; DELETE FROM sites; DELETE FROM people;',
        )
      })
    },
    remove: dir.remove,
  }
}

/** The value printed after a label, e.g. `site key  3f…` → `3f…`. */
export function printed(output: string, label: string): string {
  const value = new RegExp(`^\\s*${label}\\s+(\\S+)`, 'm').exec(output)?.[1]
  if (!value) throw new Error(`no "${label}" in:\n${output}`)
  return value
}

/** The command line with one store made by `init` ("Ban Rak", owner nok@banrak.example): its key. */
export async function testCliWithStore() {
  const cli = await testCli()
  const init = await cli.run(
    ...['init', '--store', 'Ban Rak', '--origin', 'https://banrak.example'],
    ...['--owner-email', 'nok@banrak.example', '--owner-password', 'first owner pass'],
  )
  return { cli, key: printed(init.out, 'site key') }
}

export type TestCli = Awaited<ReturnType<typeof testCli>>
