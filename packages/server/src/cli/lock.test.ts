import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempDir } from '../test-db.ts'
import { CliError } from './command.ts'
import { assertFree, claim, LOCK_FILE } from './lock.ts'

let dir: Awaited<ReturnType<typeof tempDir>>
beforeAll(async () => {
  dir = await tempDir()
})
afterAll(() => dir.remove())

const holdBy = (pid: number) => writeFile(join(dir.path, LOCK_FILE), `${pid}\n`)

describe('the embedded database lock', () => {
  it('is free without a lock file, with one of this process, or of a process gone', async () => {
    await expect(assertFree(dir.path)).resolves.toBeUndefined()
    await holdBy(process.pid)
    await expect(assertFree(dir.path)).resolves.toBeUndefined()
    // Above the kernel's pid_max (2^22): no process can have it, like a killed server's.
    await holdBy(2 ** 22 + 1)
    await expect(assertFree(dir.path)).resolves.toBeUndefined()
  })

  it('is taken while the process that claimed it lives', async () => {
    await holdBy(process.ppid)
    await expect(assertFree(dir.path)).rejects.toThrow(CliError)
    await expect(assertFree(dir.path)).rejects.toThrow(`attune-server (process ${process.ppid}) is using the embedded database in ${dir.path}`)
  })

  it('is claimed with this process id, and given back', async () => {
    const folder = join(dir.path, 'new')
    const release = await claim(folder)
    expect(await readFile(join(folder, LOCK_FILE), 'utf8')).toBe(`${process.pid}\n`)
    await release()
    expect(existsSync(join(folder, LOCK_FILE))).toBe(false)
  })
})
