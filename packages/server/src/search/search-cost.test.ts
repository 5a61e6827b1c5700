import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SessionAgent } from '../auth/sessions.ts'
import { createConversations } from '../conversations.ts'
import type { Database } from '../db/database.ts'
import { migrate } from '../db/migrations.ts'
import { databaseEngines, rowsReadFrom } from '../test-db.ts'
import { searchConversations } from './search.ts'

// A search with a word in it goes through the full-text index, whatever else it asks for: an order
// number or a Thai word only narrows what the index found. An order number alone is matched in
// each message's text, as a Thai word alone is (decision 025; bench/search measures the time).
describe.each(databaseEngines())('what a search reads on $name', ({ open }) => {
  let db: Database
  let stop: () => Promise<void>
  const siteId = randomUUID()
  const otherSiteId = randomUUID()
  const agent: SessionAgent = { id: randomUUID(), name: 'Dao', email: 'dao@shop.example', siteId, siteKey: siteId, role: 'manager', sessionId: 's' }
  const hitText = 'My kettle from order ORD-2024-77 leaks, กาต้มน้ำรั่ว; jane@shopmail.com, https://shop.example/p/blue-kettle'
  let hit = ''
  let messages = 0

  /** A conversation of `count` shopper messages: `text`, then filler. */
  async function conversation(site: string, count: number, text: string): Promise<string> {
    const visitorId = randomUUID()
    const id = randomUUID()
    await db.query('INSERT INTO visitors (id, site_id) VALUES ($1, $2)', [visitorId, site])
    await db.query('INSERT INTO conversations (id, site_id, visitor_id) VALUES ($1, $2, $3)', [id, site, visitorId])
    await db.query(
      `INSERT INTO events (conversation_id, seq, kind, author_role, author_id, body)
       SELECT $1, g, 'message', 'visitor', 'v', jsonb_build_object('text', CASE WHEN g = 1 THEN $3 ELSE 'where is my parcel ' || g END)
       FROM generate_series(1, $2::int) g`,
      [id, count, text],
    )
    messages += count
    return id
  }

  /** The rows of events the search's first statement (the one finding conversations) reads, as the database runs it. */
  async function eventsReadBy(q: string): Promise<number> {
    const seen: { sql: string; params: readonly unknown[] }[] = []
    const recorded: Database = { ...db, query: (sql, params = []) => (seen.push({ sql, params }), db.query(sql, params)) }
    const found = await searchConversations(recorded, createConversations(db), agent, { q, status: 'all' })
    expect(found.results.map((r) => r.conversation.id)).toEqual([hit])
    const [first] = seen
    return rowsReadFrom(db, 'events', first!.sql, first!.params)
  }

  beforeAll(async () => {
    ;({ db, stop } = await open())
    await migrate(db)
    for (const site of [siteId, otherSiteId]) await db.query('INSERT INTO sites (id, key, name) VALUES ($1, $2, $3)', [site, site, 'S'])
    await conversation(otherSiteId, 30, hitText)
    for (let i = 0; i < 100; i++) await conversation(otherSiteId, 30, 'hello')
    hit = await conversation(siteId, 1, hitText)
    for (let i = 0; i < 40; i++) await conversation(siteId, 50, 'hello')
    // As upkeep (PGlite) and autovacuum (PostgreSQL) keep them: without statistics, on a new
    // database's first minute, every search reads more (the plan loops over the store's conversations).
    await db.exec('ANALYZE')
  }, 120_000)
  afterAll(async () => {
    await db.close()
    await stop()
  })

  it('reads only the matching messages when a word is among the terms', async () => {
    // The match in each store, read at most twice (the index, then the table).
    for (const q of ['kettle', 'kettle 2024-77', 'ORD-2024-77 kettle', 'กาต้มน้ำ kettle']) expect(await eventsReadBy(q)).toBeLessThanOrEqual(2 * 2)
    // A word inside an email or a link's path is a word of the index too (migration 30).
    for (const q of ['shopmail', 'jane', 'blue kettle']) expect(await eventsReadBy(q)).toBeLessThanOrEqual(2 * 2)
  })

  it('reads each message at most once for an order number alone', async () => {
    expect(await eventsReadBy('ORD-2024-77')).toBeLessThanOrEqual(messages)
  })
})
