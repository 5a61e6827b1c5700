import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../db/database.ts'
import { migrate } from '../db/migrations.ts'
import { databaseEngines, recording, rowsReadFrom } from '../test-db.ts'
import { createMailQueue } from './queue.ts'
import { queueTranscript } from './transcript.ts'

// The day's transcript caps are counted in the transaction that queues the next one, holding the
// store's lock. Without an index that count read every mail ever queued, of every store and kind.
describe.each(databaseEngines())("a transcript's count of the day on $name", ({ open }) => {
  let db: Database
  let stop: () => Promise<void>
  const siteId = randomUUID()
  const visitorId = randomUUID()

  /** Queues `count` mails straight into the table, `daysAgo` old. */
  async function mails(site: string, kind: string, count: number, daysAgo: number, visitor: string | null = null) {
    await db.query(
      `INSERT INTO mail_queue (kind, site_id, visitor_id, to_address, subject, text_body, next_attempt_at, created_at)
       SELECT $1, $2, $3, 'someone@example.com', 'Mail', '', now(), now() - make_interval(days => $4::int) FROM generate_series(1, $5::int)`,
      [kind, site, visitor, daysAgo, count],
    )
  }

  beforeAll(async () => {
    ;({ db, stop } = await open())
    await migrate(db)
    const otherSite = randomUUID()
    for (const site of [siteId, otherSite]) await db.query('INSERT INTO sites (id, key, name) VALUES ($1, $2, $3)', [site, site, 'S'])
    await db.query('INSERT INTO visitors (id, site_id) VALUES ($1, $2)', [visitorId, siteId])
    // What the count must not read: another store's mail, this store's other mail, its older transcripts.
    await mails(otherSite, 'transcript', 3000, 0)
    await mails(siteId, 'reply', 3000, 0)
    await mails(siteId, 'transcript', 3000, 2)
    // The day's: 2 of this shopper's, 7 of others'.
    await mails(siteId, 'transcript', 2, 0, visitorId)
    await mails(siteId, 'transcript', 7, 0)
  }, 120_000)
  afterAll(async () => {
    await db.close()
    await stop()
  })

  it("reads only the store's transcripts of the day, statistics or not", async () => {
    const { db: recorded, statements } = recording(db)
    const mail = { to: 'shopper@example.com', subject: 'Your conversation', text: 'Hi' }
    expect(await queueTranscript(recorded, createMailQueue(db), { siteId, visitorId }, async () => mail)).toBeNull()
    const count = statements.find((sql) => sql.includes('count(*)'))!
    for (const analyzed of [false, true]) {
      if (analyzed) await db.exec('ANALYZE')
      // The day's 9 transcripts and the one just queued, each read at most twice (an index, then the table).
      expect(await rowsReadFrom(db, 'mail_queue', count, [siteId, visitorId])).toBeLessThanOrEqual(2 * 10)
    }
  })
})
