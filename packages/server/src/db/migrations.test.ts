import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from './database.ts'
import { findPostgresBin, startLocalPostgres } from './local-postgres.ts'
import { migrate, MIGRATIONS } from './migrations.ts'
import { openPostgres } from './postgres.ts'

// Two pods of one deployment start together on the same, new PostgreSQL (skipped where
// PostgreSQL is not installed; CI installs Debian's postgresql).
const bin = findPostgresBin()
let cluster: Awaited<ReturnType<typeof startLocalPostgres>>
const opened: Database[] = []

describe.runIf(bin)('migrations on a real PostgreSQL', () => {
  beforeAll(async () => {
    cluster = await startLocalPostgres(bin!)
  }, 60_000)
  afterAll(async () => {
    await Promise.all(opened.map((db) => db.close()))
    await cluster?.stop()
  })

  it('two processes migrating one new database at once both start, and each migration is applied once', async () => {
    const a = await openPostgres(cluster.url)
    opened.push(a)
    const b = await openPostgres(cluster.url)
    opened.push(b)
    const [byA, byB] = await Promise.all([migrate(a), migrate(b)])
    // Between them, every migration exactly once.
    expect([...byA, ...byB].sort((x, y) => x - y)).toEqual(MIGRATIONS.map((m) => m.id))
    const rows = await a.query<{ id: number }>('SELECT id FROM schema_migrations ORDER BY id')
    expect(rows.map((r) => r.id)).toEqual(MIGRATIONS.map((m) => m.id))
    expect(await migrate(b)).toEqual([])
  }, 60_000)
})
