import { rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPglite } from '../db/pglite.ts'
import { tempDir } from '../test-db.ts'
import { startDatabaseEarly } from './early.ts'
import { LOCK_FILE } from './lock.ts'

let dir: { path: string; remove: () => Promise<void> }
beforeAll(async () => {
  dir = await tempDir()
  await (await openPglite(dir.path)).close()
}, 120_000)
afterAll(() => dir.remove())

/** Whether a thread was started for this command line and environment; it is closed again. */
async function startsThread(argv: string[], env: Record<string, string> = {}): Promise<boolean> {
  const thread = await startDatabaseEarly(argv, { ATTUNE_DATA_DIR: dir.path, ...env }, '/srv')
  await thread?.close()
  return thread !== undefined
}

describe("the embedded database's thread, started before the server loads", () => {
  it('starts for `start`, the default command, with or without --demo', async () => {
    expect(await startsThread(['start'])).toBe(true)
    expect(await startsThread([])).toBe(true)
    expect(await startsThread(['--demo'])).toBe(true)
    expect(await startsThread(['start', '--demo'])).toBe(true)
  }, 60_000)

  it('does not start for other commands, help or the version', async () => {
    for (const argv of [['store', 'list'], ['init', '--store', 'X'], ['help'], ['--help'], ['start', '--help'], ['-h'], ['--version']]) {
      expect(await startsThread(argv), argv.join(' ')).toBe(false)
    }
  })

  it('does not start where `start` would refuse or use no embedded database: PostgreSQL, bad settings, a server on the directory, no database yet', async () => {
    expect(await startsThread(['start'], { DATABASE_URL: 'postgres://127.0.0.1:1/attune' })).toBe(false)
    expect(await startsThread(['start'], { PORT: 'eighty' })).toBe(false)
    const empty = await tempDir()
    try {
      expect(await startsThread(['start'], { ATTUNE_DATA_DIR: empty.path })).toBe(false)
    } finally {
      await empty.remove()
    }
    // Another live process holds the directory (the lock ignores this very process).
    await writeFile(join(dir.path, LOCK_FILE), `${process.ppid}\n`)
    try {
      expect(await startsThread(['start'])).toBe(false)
    } finally {
      await rm(join(dir.path, LOCK_FILE), { force: true })
    }
  })
})
