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

/** A new store's conversation with `count` shopper's messages, 100 to a statement; the n-th says "… shoe n". */
async function addMessages(db: Database, key: string, count: number) {
  const [site] = await db.query<{ id: string }>(`INSERT INTO sites (id, key, name) VALUES (gen_random_uuid(), $1, $1) RETURNING id`, [key])
  const [visitor] = await db.query<{ id: string }>(`INSERT INTO visitors (id, site_id) VALUES (gen_random_uuid(), $1) RETURNING id`, [site!.id])
  const [conversation] = await db.query<{ id: string }>(
    `INSERT INTO conversations (id, site_id, visitor_id) VALUES (gen_random_uuid(), $1, $2) RETURNING id`,
    [site!.id, visitor!.id],
  )
  for (let batch = 0; batch < count / 100; batch++) {
    await db.query(
      `INSERT INTO events (conversation_id, seq, kind, author_role, author_id, body)
       SELECT $1, $2 * 100 + i, 'message', 'visitor', 'v', jsonb_build_object('text', 'do you have size ' || i || ' of the blue shoe ' || $2 * 100 + i)
       FROM generate_series(1, 100) AS i`,
      [conversation!.id, batch],
    )
  }
}

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

  it("merges the search index's pending words in small steps, not thousands of messages at once", async () => {
    await migrate(db)
    await addMessages(db, 'words', 2_000)
    // Pages still pending after 2,000 messages: at most the 64 kB limit (8 pages); ~60 with 4 MB.
    const [pending] = await db.query<{ pages: number }>(`SELECT gin_clean_pending_list('events_message_words'::regclass)::int AS pages`)
    expect(pending!.pages).toBeLessThanOrEqual(8)
    const found = await db.query(`SELECT seq FROM events WHERE to_tsvector('simple', body->>'text') @@ to_tsquery('simple', '1234')`)
    expect(found).toHaveLength(1)
  })

  it("samples no message text for the events' statistics, and keeps the columns plans read", async () => {
    await migrate(db)
    await addMessages(db, 'statistics', 300)
    await db.query('ANALYZE events')
    const sampled = await db.query<{ column: string }>(
      `SELECT attname AS column FROM pg_stats WHERE tablename IN ('events', 'events_message_words') ORDER BY attname`,
    )
    const columns = sampled.map((s) => s.column)
    expect(columns).toEqual(expect.arrayContaining(['conversation_id', 'kind', 'seq', 'created_at']))
    expect(columns).not.toContain('body')
    // The search index's one column, the words of a message.
    expect(await db.query(`SELECT 1 FROM pg_stats WHERE tablename = 'events_message_words'`)).toEqual([])
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
