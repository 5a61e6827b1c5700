import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { identifyVisitor, ROWS_OF_A_SHOPPER } from '../identity.ts'
import { createLog } from '../log.ts'
import { databaseEngines, recording, rowsReadFrom } from '../test-db.ts'
import { eraseVisitor } from '../visitors.ts'
import type { Database, Queryable } from './database.ts'
import { migrate } from './migrations.ts'

/** The tables a shopper's deletion cascades to by `visitor_id` (ON DELETE CASCADE). */
const CASCADED = ['follow_ups', 'feedback_actions', 'mail_queue']

/** Each table's reads of it whole (sequential scans) by `tx`'s transaction so far, among CASCADED. */
async function seqScans(tx: Queryable): Promise<Record<string, number>> {
  const rows = await tx.query<{ relname: string; seq_scan: number }>(
    'SELECT relname, seq_scan::int FROM pg_stat_xact_user_tables WHERE relname = ANY($1)',
    [CASCADED],
  )
  return Object.fromEntries(rows.map((r) => [r.relname, r.seq_scan]))
}

/**
 * The database, its transactions counting their own reads of whole tables: the difference, as a
 * transaction's counts may hold its connection's earlier ones, not yet reported (PostgreSQL 15+).
 */
function countingScans(inner: Database) {
  const scans: Record<string, number> = {}
  const db: Database = {
    query: (sql, params) => inner.query(sql, params),
    exec: (sql) => inner.exec(sql),
    close: () => inner.close(),
    transaction: (fn) =>
      inner.transaction(async (tx) => {
        const before = await seqScans(tx)
        const result = await fn(tx)
        const after = await seqScans(tx)
        for (const table of CASCADED) scans[table] = after[table]! - before[table]!
        return result
      }),
  }
  return { db, scans }
}

// A sign-in's merge moves a shopper's rows, and a shopper's deletion cascades to them, by
// visitor_id. Without an index each read every row of the table, of every store: the mail queue
// keeps every mail ever sent.
describe.each(databaseEngines())("a shopper's rows on $name", ({ open }) => {
  let db: Database
  let stop: () => Promise<void>
  const siteId = randomUUID()

  /** A shopper of the store with a resolved chat, its follow-up, its acted-on comment and two mails. */
  async function shopperWithRows(externalId: string | null = null): Promise<string> {
    const id = randomUUID()
    const chat = randomUUID()
    await db.query('INSERT INTO visitors (id, site_id, external_id) VALUES ($1, $2, $3)', [id, siteId, externalId])
    await db.query(`INSERT INTO conversations (id, site_id, visitor_id, status) VALUES ($1, $2, $3, 'resolved')`, [chat, siteId, id])
    await db.query(`INSERT INTO follow_ups (conversation_id, site_id, visitor_id, reason) VALUES ($1, $2, $3, 'upset')`, [chat, siteId, id])
    await db.query(`INSERT INTO feedback_actions (conversation_id, site_id, visitor_id, note) VALUES ($1, $2, $3, 'Refunded')`, [chat, siteId, id])
    await db.query(
      `INSERT INTO mail_queue (kind, site_id, visitor_id, to_address, subject, text_body, next_attempt_at)
       SELECT 'reply', $1, $2, 'shopper@example.com', 'Mail', '', now() FROM generate_series(1, 2)`,
      [siteId, id],
    )
    return id
  }

  beforeAll(async () => {
    ;({ db, stop } = await open())
    await migrate(db)
    const otherSite = randomUUID()
    for (const site of [siteId, otherSite]) await db.query('INSERT INTO sites (id, key, name) VALUES ($1, $2, $3)', [site, site, 'S'])
    // What must not be read: another store's 1,000 shoppers, each with a chat answered long ago
    // (a follow-up asked, a comment told) and three mails sent.
    await db.query('INSERT INTO visitors (id, site_id) SELECT gen_random_uuid(), $1 FROM generate_series(1, 1000)', [otherSite])
    await db.query(
      `INSERT INTO conversations (id, site_id, visitor_id, status) SELECT gen_random_uuid(), site_id, id, 'resolved' FROM visitors WHERE site_id = $1`,
      [otherSite],
    )
    await db.query(
      `INSERT INTO follow_ups (conversation_id, site_id, visitor_id, reason, asked_at) SELECT id, site_id, visitor_id, 'upset', now() FROM conversations WHERE site_id = $1`,
      [otherSite],
    )
    await db.query(
      `INSERT INTO feedback_actions (conversation_id, site_id, visitor_id, note, told_at) SELECT id, site_id, visitor_id, 'Refunded', now() FROM conversations WHERE site_id = $1`,
      [otherSite],
    )
    await db.query(
      `INSERT INTO mail_queue (kind, site_id, visitor_id, to_address, subject, text_body, next_attempt_at, sent_at)
       SELECT 'reply', site_id, id, 'shopper@example.com', 'Mail', '', now(), now() FROM visitors, generate_series(1, 3) WHERE site_id = $1`,
      [otherSite],
    )
  }, 120_000)
  afterAll(async () => {
    await db.close()
    await stop()
  })

  it("a sign-in's merge reads only the device's shopper's rows, statistics or not", async () => {
    const known = await shopperWithRows('customer-1')
    const device = await shopperWithRows()
    const { db: recorded, statements } = recording(db)
    expect((await identifyVisitor(recorded, createLog(db), siteId, device, 'customer-1', {})).visitorId).toBe(known)
    const moves = statements.filter((sql) => /^UPDATE \w+ SET visitor_id = \$2 WHERE visitor_id = \$1$/.test(sql))
    expect(moves.map((sql) => sql.split(' ')[1])).toEqual([...ROWS_OF_A_SHOPPER])
    for (const analyzed of [false, true]) {
      if (analyzed) await db.exec('ANALYZE')
      // Another device's shopper, merged the same way: EXPLAIN ANALYZE moves its rows.
      const other = await shopperWithRows()
      for (const sql of moves) {
        const table = sql.split(' ')[1]!
        // Its own one or two rows of the table, each read at most twice (an index, then the table).
        expect(await rowsReadFrom(db, table, sql, [other, known]), table).toBeLessThanOrEqual(2 * 2)
      }
    }
  })

  it("an erasure cascades to the shopper's follow-ups, acted-on comments and mails through an index, statistics or not", async () => {
    for (const analyzed of [false, true]) {
      if (analyzed) await db.exec('ANALYZE')
      const { db: counting, scans } = countingScans(db)
      const shopper = await shopperWithRows()
      expect(await eraseVisitor(counting, siteId, shopper)).toBe(true)
      expect(scans).toEqual({ follow_ups: 0, feedback_actions: 0, mail_queue: 0 })
      const [left] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM mail_queue WHERE visitor_id = $1', [shopper])
      expect(left!.n).toBe(0)
    }
  })
})
