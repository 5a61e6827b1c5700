import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../db/database.ts'
import { migrate } from '../db/migrations.ts'
import { databaseEngines, recording } from '../test-db.ts'
import { eraseVisitorData } from '../visitors.ts'

// What an erasure tells the inboxes (visitors.ts): each conversation it deleted, open or resolved —
// one resolved may be on an agent's screen, opened from search or the shopper's earlier chats.
describe.each(databaseEngines())("a shopper's erasure on $name", ({ open }) => {
  let db: Database
  let stop: () => Promise<void>
  const siteId = randomUUID()
  beforeAll(async () => {
    ;({ db, stop } = await open())
    await migrate(db)
    await db.query(`INSERT INTO sites (id, key, name) VALUES ($1, $2, 'Erasure Shop')`, [siteId, siteId])
  }, 60_000)
  afterAll(async () => {
    await db.close()
    await stop()
  })

  /** A shopper with one open conversation and `resolved` resolved ones, each with a message of theirs. */
  async function shopper(resolved: number) {
    const visitorId = randomUUID()
    await db.query(`INSERT INTO visitors (id, site_id, name) VALUES ($1, $2, 'Somchai')`, [visitorId, siteId])
    const conversations = [randomUUID(), ...Array.from({ length: resolved }, () => randomUUID())]
    for (const [i, id] of conversations.entries()) {
      await db.query(`INSERT INTO conversations (id, site_id, visitor_id, status, last_seq) VALUES ($1, $2, $3, $4, 1)`, [
        id,
        siteId,
        visitorId,
        i === 0 ? 'open' : 'resolved',
      ])
      await db.query(
        `INSERT INTO events (conversation_id, seq, kind, author_role, author_id, body) VALUES ($1, 1, 'message', 'visitor', $2, '{"text":"My kettle leaks"}')`,
        [id, visitorId],
      )
    }
    return { visitorId, conversations }
  }

  it('tells of every conversation it deleted, open or resolved, with nothing the shopper said or is', async () => {
    const { visitorId, conversations } = await shopper(2)
    const erasure = await eraseVisitorData(db, siteId, visitorId)
    expect(erasure!.dropped.map((c) => c.id).sort()).toEqual([...conversations].sort())
    for (const dropped of erasure!.dropped) {
      expect(dropped).toMatchObject({ visitorId, status: 'resolved', lastSeq: 1, lastMessage: null, waitingSince: null })
      expect(JSON.stringify(dropped)).not.toMatch(/kettle|Somchai/)
    }
  })

  it('reads them from the delete itself: a shopper with many conversations costs no more statements than one with one', async () => {
    const statementsFor = async (resolved: number) => {
      const { visitorId } = await shopper(resolved)
      const { db: counted, statements } = recording(db)
      expect((await eraseVisitorData(counted, siteId, visitorId))!.dropped).toHaveLength(resolved + 1)
      return statements.length
    }
    expect(await statementsFor(20)).toBe(await statementsFor(0))
  })
})
