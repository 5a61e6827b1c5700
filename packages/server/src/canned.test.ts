import { randomUUID } from 'node:crypto'
import { MAX_CANNED_REPLIES } from '@attune/protocol'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createCannedReplies } from './canned.ts'
import type { Database } from './db/database.ts'
import { findPostgresBin, startLocalPostgres, type LocalPostgres } from './db/local-postgres.ts'
import { migrate } from './db/migrations.ts'
import { openPostgres } from './db/postgres.ts'
import { Refused } from './refused.ts'

// The cap must hold with real concurrency (a pool of connections, not PGlite's single one).
// CI installs Debian's postgresql.
const bin = findPostgresBin()

describe.runIf(bin)("a store's canned replies on a real PostgreSQL", () => {
  let cluster: LocalPostgres
  let db: Database

  beforeAll(async () => {
    cluster = await startLocalPostgres(bin!)
    db = await openPostgres(cluster.url)
    await migrate(db)
  }, 60_000)
  afterAll(async () => {
    await db?.close()
    await cluster?.stop()
  })

  const reply = (shortcut: string) => ({ title: shortcut, shortcut, language: 'en' as const, texts: { en: 'Hi.' } })

  /** Backends of this database waiting for a lock. */
  async function waiting(): Promise<number> {
    const [row] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    )
    return row!.n
  }

  it(`of two adds at once to ${MAX_CANNED_REPLIES - 1}, one is refused as full`, async () => {
    const siteId = randomUUID()
    await db.query('INSERT INTO sites (id, key, name) VALUES ($1, $2, $3)', [siteId, siteId, 'S'])
    await db.query(
      `INSERT INTO canned_replies (id, site_id, title, shortcut, language, texts)
       SELECT gen_random_uuid(), $1, 'Saved', 'saved-' || n, 'en', '{"en": "Hi."}' FROM generate_series(1, $2::int) n`,
      [siteId, MAX_CANNED_REPLIES - 1],
    )
    const canned = createCannedReplies(db)
    // The store's row held: an add's insert waits in its foreign key check, after its count. Both
    // adds are stopped where they race, whichever way they run, until the row is let go.
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    let holding!: Promise<void>
    await new Promise<void>((locked) => {
      holding = db.transaction(async (tx) => {
        await tx.query('SELECT id FROM sites WHERE id = $1 FOR UPDATE', [siteId])
        locked()
        await held
      })
    })
    const adds = Promise.allSettled([canned.create(siteId, reply('one')), canned.create(siteId, reply('two'))])
    await vi.waitFor(async () => expect(await waiting()).toBe(2), { timeout: 30_000, interval: 20 })
    release()
    await holding
    const [first, second] = await adds
    const refused = [first, second].filter((result) => result.status === 'rejected').map((result) => result.reason)
    expect(refused).toHaveLength(1)
    expect(refused[0]).toBeInstanceOf(Refused)
    expect((refused[0] as Refused).reason).toBe('full')
    expect(await canned.list(siteId)).toHaveLength(MAX_CANNED_REPLIES)
  })
})
