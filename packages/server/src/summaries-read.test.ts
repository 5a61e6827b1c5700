import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createConversations } from './conversations.ts'
import type { Database } from './db/database.ts'
import { migrate } from './db/migrations.ts'
import { databaseEngines, recording, rowsReadFrom } from './test-db.ts'

// An agent's welcome reads the store's open conversations with each one's newest message. In a
// database whose statistics were not gathered yet (a new store), the planner read every message
// of every store once per conversation (issue 12: 500 summaries in 0.2-1.1 s, growing with the table).
describe.each(databaseEngines())("an agent's list of open conversations on $name", ({ open }) => {
  let db: Database
  let stop: () => Promise<void>
  const siteId = randomUUID()
  const ids: string[] = []

  async function conversation(site: string, events: number): Promise<string> {
    const visitorId = randomUUID()
    const id = randomUUID()
    await db.query('INSERT INTO visitors (id, site_id) VALUES ($1, $2)', [visitorId, site])
    await db.query("INSERT INTO conversations (id, site_id, visitor_id, status) VALUES ($1, $2, $3, 'open')", [id, site, visitorId])
    // A read mark after each message: the newest message is not the newest event.
    await db.query(
      `INSERT INTO events (conversation_id, seq, kind, author_role, author_id, body)
       SELECT $1, g, CASE WHEN g % 2 = 0 THEN 'read' ELSE 'message' END, 'visitor', 'v', jsonb_build_object('text', 'message ' || g)
       FROM generate_series(1, $2::int) g`,
      [id, events],
    )
    return id
  }

  beforeAll(async () => {
    ;({ db, stop } = await open())
    await migrate(db)
    const otherSite = randomUUID()
    for (const site of [siteId, otherSite]) await db.query('INSERT INTO sites (id, key, name) VALUES ($1, $2, $3)', [site, site, 'S'])
    // Another store's busy conversation: 6,000 events no summary of this store needs.
    await conversation(otherSite, 6000)
    for (let i = 0; i < 20; i++) ids.push(await conversation(siteId, 10))
  }, 120_000)
  afterAll(async () => {
    await db.close()
    await stop()
  })

  it("shows each conversation's newest message and reads only the store's own events, statistics or not", async () => {
    const { db: recorded, statements } = recording(db)
    const summaries = await createConversations(recorded).openSummaries(siteId)
    expect(summaries.map((s) => s.id).sort()).toEqual([...ids].sort())
    // Event 10 is a read mark: the newest message is event 9.
    expect(summaries.map((s) => s.lastMessage?.text)).toEqual(ids.map(() => 'message 9'))
    const [sql] = statements
    for (const analyzed of [false, true]) {
      if (analyzed) await db.exec('ANALYZE')
      // 20 conversations of 10 events, each read at most twice (an index, then the table).
      expect(await rowsReadFrom(db, 'events', sql!, [siteId, 500, null])).toBeLessThanOrEqual(2 * 20 * 10)
    }
  })
})
