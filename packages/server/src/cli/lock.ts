import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { CliError } from './command.ts'

/**
 * The embedded database (PGlite) belongs to one process: a second one opening the same folder
 * does not fail, it corrupts it. `start` leaves its process id here; the other commands, and a
 * second `start`, refuse while that process lives. A file left by a killed server is ignored.
 */
export const LOCK_FILE = 'attune-server.pid'

function alive(pid: number): boolean {
  if (pid === process.pid) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists but belongs to another user, which still means the folder is taken.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Refuses when a live attune-server holds the embedded database in `dataDir`. */
export async function assertFree(dataDir: string): Promise<void> {
  const text = await readFile(join(dataDir, LOCK_FILE), 'utf8').catch(() => '')
  const pid = Number.parseInt(text, 10)
  if (pid > 0 && alive(pid)) {
    throw new CliError(
      'failed',
      `attune-server (process ${pid}) is using the embedded database in ${dataDir}. Stop it first: the embedded database serves one process at a time (with DATABASE_URL, commands may run beside the server).`,
    )
  }
}

/** Marks `dataDir` as this process's (after `assertFree`); the returned function gives it back. */
export async function claim(dataDir: string): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true })
  const file = join(dataDir, LOCK_FILE)
  await writeFile(file, `${process.pid}\n`)
  return () => rm(file, { force: true })
}
