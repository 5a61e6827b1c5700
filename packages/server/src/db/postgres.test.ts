import { randomUUID } from 'node:crypto'
import { PROTOCOL_VERSION } from '@attune/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TestClient } from '../gateway/test-client.ts'
import { createLog } from '../log.ts'
import { createAttuneServer } from '../server.ts'
import { findPostgresBin, startLocalPostgres } from './local-postgres.ts'
import { migrate } from './migrations.ts'
import { openPostgres } from './postgres.ts'
import type { Database } from './database.ts'

// Production runs on PostgreSQL: the same migrations and promises must hold there, with real
// concurrency (a pool of connections, not PGlite's single one). CI installs Debian's postgresql.
const bin = findPostgresBin()
let cluster: Awaited<ReturnType<typeof startLocalPostgres>>
let db: Database

describe.runIf(bin)('on a real PostgreSQL', () => {
  beforeAll(async () => {
    cluster = await startLocalPostgres(bin!)
    db = await openPostgres(cluster.url)
    await migrate(db)
  }, 60_000)
  afterAll(async () => {
    await db?.close()
    await cluster?.stop()
  })

  async function conversation(): Promise<string> {
    const siteId = randomUUID()
    const visitorId = randomUUID()
    const id = randomUUID()
    await db.query('INSERT INTO sites (id, key, name) VALUES ($1, $2, $3)', [siteId, siteId, 'S'])
    await db.query('INSERT INTO visitors (id, site_id) VALUES ($1, $2)', [visitorId, siteId])
    await db.query('INSERT INTO conversations (id, site_id, visitor_id) VALUES ($1, $2, $3)', [id, siteId, visitorId])
    return id
  }

  it('migrates twice harmlessly', async () => {
    expect(await migrate(db)).toEqual([])
  })

  it('keeps seq gapless under truly concurrent appends, and stores a repeated clientId once', async () => {
    const log = createLog(db)
    const id = await conversation()
    const author = { role: 'visitor' as const, id: 'v' }
    const appends = Array.from({ length: 60 }, (_, i) =>
      log.append(id, { kind: 'message', author, clientId: `m${i % 40}`, body: { text: `m${i % 40}` } }),
    )
    const results = await Promise.all(appends)
    const stored = await log.readAfter(id, 0, 1000)
    expect(stored.map((e) => e.seq)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1))
    expect(results.filter((r) => r.duplicate)).toHaveLength(20)
    // Every duplicate was acked with the seq its original got.
    for (const r of results) {
      const original = stored.find((e) => e.kind === 'message' && r.event.kind === 'message' && e.clientId === r.event.clientId)
      expect(r.event.seq).toBe(original?.seq)
    }
  })

  it('prepares a statement once per connection and runs it again by name', async () => {
    const sql = 'SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement = $1'
    const counts = await db.transaction(async (tx) => [await tx.query(sql, [sql]), await tx.query(sql, [sql]), await tx.query(sql, [sql])])
    // On one connection: prepared by the first run, reused by the next two.
    expect(counts).toEqual([[{ n: 1 }], [{ n: 1 }], [{ n: 1 }]])
  })

  it('returns the new shape of a table after a schema change, not the prepared one', async () => {
    await db.exec('CREATE TABLE shapes (id int PRIMARY KEY); INSERT INTO shapes VALUES (1)')
    const read = () => db.transaction((tx) => tx.query('SELECT * FROM shapes'))
    expect(await read()).toEqual([{ id: 1 }])
    await db.exec(`ALTER TABLE shapes ADD COLUMN label text NOT NULL DEFAULT 'one'`)
    expect(await read()).toEqual([{ id: 1, label: 'one' }])
  })

  it('serves a whole chat with DATABASE_URL instead of the embedded engine', async () => {
    const server = await createAttuneServer({ demo: true, port: 0, host: '127.0.0.1', databaseUrl: cluster.url })
    try {
      expect(await (await fetch(`${server.url}/healthz`)).json()).toMatchObject({ database: 'postgres' })
      const shopper = await TestClient.open(`${server.url.replace('http', 'ws')}/v1/visitor?siteKey=demo`, { Origin: 'http://localhost:3000' })
      shopper.send({ type: 'hello', v: PROTOCOL_VERSION })
      await shopper.next('welcome')
      shopper.send({ type: 'send', clientId: 'pg1', text: 'stored in PostgreSQL' })
      expect(await shopper.next('ack')).toMatchObject({ clientId: 'pg1', seq: 1 })
      await shopper.close()
    } finally {
      await server.close()
    }
  })
})
