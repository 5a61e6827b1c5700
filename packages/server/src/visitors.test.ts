import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from './db/database.ts'
import { migrate } from './db/migrations.ts'
import { openPglite } from './db/pglite.ts'
import { createMemoryBus, topics, type BusMessage } from './bus.ts'
import { announceErasure, eraseVisitor, eraseVisitorData, exportVisitor } from './visitors.ts'

let db: Database
const sites = { a: randomUUID(), b: randomUUID() }
beforeAll(async () => {
  db = await openPglite()
  await migrate(db)
  await db.query(`INSERT INTO sites (id, key, name) VALUES ($1, 'a', 'A'), ($2, 'b', 'B')`, [sites.a, sites.b])
}, 60_000)
afterAll(() => db.close())

/** Records which files erasure deleted from disk. */

async function shopper(siteId: string) {
  const visitor = randomUUID()
  const conversation = randomUUID()
  const upload = randomUUID()
  await db.query('INSERT INTO visitors (id, site_id) VALUES ($1, $2)', [visitor, siteId])
  await db.query('INSERT INTO conversations (id, site_id, visitor_id, last_seq) VALUES ($1, $2, $3, 1)', [conversation, siteId, visitor])
  await db.query(
    `INSERT INTO events (conversation_id, seq, kind, author_role, author_id, body) VALUES ($1, 1, 'message', 'visitor', $2, '{"text":"hi"}')`,
    [conversation, visitor],
  )
  await db.query(
    `INSERT INTO uploads (id, site_id, uploader_role, uploader_id, name, type, size) VALUES ($1, $2, 'visitor', $3, 'bill.pdf', 'application/pdf', 10)`,
    [upload, siteId, visitor],
  )
  return { visitor, conversation, upload }
}

describe("a shopper's data", () => {
  it('is exported whole: profile, conversations with their events, files', async () => {
    const { visitor, conversation, upload } = await shopper(sites.a)
    const data = await exportVisitor(db, sites.a, visitor)
    expect(data).toMatchObject({
      visitor: { id: visitor, checkInsOptedOut: false },
      conversations: [{ id: conversation, events: [{ seq: 1, kind: 'message', body: { text: 'hi' }, author: { role: 'visitor', id: visitor } }] }],
      uploads: [{ id: upload, name: 'bill.pdf', type: 'application/pdf', size: 10 }],
    })
    expect(data!.visitor.createdAt).toMatch(/^\d{4}-\d\d-\d\dT/)
  })

  it('is found only in its own store, and a malformed id is simply not found', async () => {
    const { visitor } = await shopper(sites.a)
    expect(await exportVisitor(db, sites.b, visitor)).toBe(null)
    expect(await eraseVisitor(db, sites.b, visitor)).toBe(false)
    expect(await exportVisitor(db, sites.a, 'not-a-uuid')).toBe(null)
  })

  it("is erased with their conversations and events, and nobody else's", async () => {
    const gone = await shopper(sites.a)
    const kept = await shopper(sites.a)
    expect(await eraseVisitor(db, sites.a, gone.visitor)).toBe(true)
    expect(await exportVisitor(db, sites.a, gone.visitor)).toBe(null)
    expect(await db.query('SELECT 1 FROM events WHERE conversation_id = $1', [gone.conversation])).toEqual([])
    expect((await exportVisitor(db, sites.a, kept.visitor))!.conversations).toHaveLength(1)
    expect(await eraseVisitor(db, sites.a, gone.visitor)).toBe(false)
  })

  it("is erased with the files they uploaded and those attached in their conversations, rows and bytes, and nobody else's", async () => {
    const gone = await shopper(sites.a)
    const kept = await shopper(sites.a)
    const fromAgent = randomUUID()
    await db.query(
      `INSERT INTO uploads (id, site_id, uploader_role, uploader_id, name, type, size) VALUES ($1, $2, 'agent', 'a1', 'label.png', 'image/png', 10)`,
      [fromAgent, sites.a],
    )
    await db.query(`INSERT INTO events (conversation_id, seq, kind, author_role, author_id, body) VALUES ($1, 2, 'message', 'agent', 'a1', $2)`, [
      gone.conversation,
      JSON.stringify({ text: 'Your label', attachments: [{ id: fromAgent, name: 'label.png', type: 'image/png', size: 10, url: '' }] }),
    ])
    for (const id of [gone.upload, fromAgent, kept.upload]) await db.query(`INSERT INTO upload_bytes (upload_id, bytes) VALUES ($1, '\\x00')`, [id])
    expect(await eraseVisitor(db, sites.a, gone.visitor)).toBe(true)
    expect(await db.query('SELECT 1 FROM upload_bytes WHERE upload_id = ANY($1::uuid[])', [[gone.upload, fromAgent]])).toEqual([])
    expect(await db.query('SELECT 1 FROM upload_bytes WHERE upload_id = $1', [kept.upload])).toHaveLength(1)
    expect(await db.query('SELECT 1 FROM uploads WHERE id = ANY($1::uuid[])', [[gone.upload, fromAgent]])).toEqual([])
    expect(await db.query('SELECT 1 FROM uploads WHERE id = $1', [kept.upload])).toHaveLength(1)
  })

  it('is announced to every process and to the inboxes that may show any of their conversations, open or resolved, with nothing the shopper said or is', async () => {
    const gone = await shopper(sites.a)
    const resolved = randomUUID()
    await db.query(`INSERT INTO conversations (id, site_id, visitor_id, status) VALUES ($1, $2, $3, 'resolved')`, [resolved, sites.a, gone.visitor])
    await db.query(`UPDATE visitors SET name = 'Somchai', context = '{"page":{"url":"https://a.example/cart"}}' WHERE id = $1`, [gone.visitor])
    const erasure = await eraseVisitorData(db, sites.a, gone.visitor)
    const dropped = (id: string, lastSeq: number) => ({
      id,
      visitorId: gone.visitor,
      status: 'resolved',
      lastSeq,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      lastMessage: null,
      waitingSince: null,
    })
    expect(erasure).toEqual({ siteId: sites.a, visitorId: gone.visitor, dropped: expect.any(Array) })
    expect(erasure!.dropped).toHaveLength(2)
    expect(erasure!.dropped).toEqual(expect.arrayContaining([dropped(gone.conversation, 1), dropped(resolved, 0)]))

    const bus = createMemoryBus()
    const heard: [string, BusMessage][] = []
    for (const topic of [topics.changes, topics.site(sites.a)]) bus.subscribe(topic, (message) => heard.push([topic, message]))
    announceErasure(bus, erasure!)
    expect(heard).toEqual([
      [topics.changes, { type: 'changed', what: 'visitor', visitorId: gone.visitor }],
      ...erasure!.dropped.map((conversation) => [topics.site(sites.a), { type: 'conversation', conversation, erased: true }]),
    ])
  })
})
