import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from './database.ts'
import { tempDir } from '../test-db.ts'
import { migrate, MIGRATIONS } from './migrations.ts'
import { openPglite } from './pglite.ts'

// One on-disk database for the whole file: PGlite takes about a second to boot.
let db: Database
let dir: Awaited<ReturnType<typeof tempDir>>
beforeAll(async () => {
  dir = await tempDir()
  db = await openPglite(dir.path)
})
afterAll(async () => {
  await db.close()
  await dir.remove()
})

describe('database', () => {
  it('running the migrations twice is harmless', async () => {
    expect(await migrate(db)).toEqual(MIGRATIONS.map((m) => m.id))
    expect(await migrate(db)).toEqual([])
    const rows = await db.query<{ id: number }>('SELECT id FROM schema_migrations')
    expect(rows.map((r) => r.id)).toEqual(MIGRATIONS.map((m) => m.id))
  })

  it('keeps data after the directory is closed and reopened', async () => {
    await migrate(db)
    await db.query(`INSERT INTO settings (key, value) VALUES ('k', 'kept')`)
    await db.close()
    db = await openPglite(dir.path)
    expect(await migrate(db)).toEqual([])
    expect(await db.query('SELECT value FROM settings WHERE key = $1', ['k'])).toEqual([{ value: 'kept' }])
  })

  it('rolls a failed transaction back', async () => {
    await migrate(db)
    await expect(
      db.transaction(async (tx) => {
        await tx.query(`INSERT INTO settings (key, value) VALUES ('gone', 'x')`)
        throw new Error('boom')
      }),
    ).rejects.toThrow('boom')
    expect(await db.query(`SELECT 1 FROM settings WHERE key = 'gone'`)).toEqual([])
  })
})
