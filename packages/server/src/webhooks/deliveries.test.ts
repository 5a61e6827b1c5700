import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ConversationEvent } from '@attune/protocol'
import { createStores } from '../accounts/stores.ts'
import { createMemoryBus } from '../bus.ts'
import { createConversations } from '../conversations.ts'
import type { Database } from '../db/database.ts'
import { migrate } from '../db/migrations.ts'
import { openPglite } from '../db/pglite.ts'
import { createDeliveries, webhooksChanged } from './deliveries.ts'

// Issue 12: each store's endpoints are kept in memory, so an event no endpoint wants costs no
// statement; a change of endpoints crosses the bus and is seen by the next event.
let db: Database
let statements = 0
const counted = (): Database => ({
  query: (sql, params) => (statements++, db.query(sql, params)),
  exec: (sql) => db.exec(sql),
  transaction: (fn) => db.transaction(fn),
  close: () => db.close(),
})
let conversationId = ''
let siteId = ''

beforeAll(async () => {
  db = await openPglite()
  await migrate(db)
  siteId = (await createStores(db).create({ name: 'Kept hooks', origins: [] })).id
  const visitorId = randomUUID()
  await db.query('INSERT INTO visitors (id, site_id) VALUES ($1, $2)', [visitorId, siteId])
  conversationId = (await createConversations(db).openFor(siteId, visitorId)).conversation.id
}, 60_000)
afterAll(() => db.close())

const message = (seq: number): ConversationEvent => ({
  kind: 'message',
  seq,
  at: new Date().toISOString(),
  author: { role: 'visitor', id: 'v' },
  clientId: `c${seq}`,
  text: 'Hi',
})
const queued = async () => (await db.query('SELECT 1 FROM webhook_deliveries WHERE conversation_id = $1', [conversationId])).length

describe("a store's webhook endpoints kept in memory", () => {
  it('cost no statement for an event no endpoint wants, and a new endpoint hears the next event', async () => {
    const bus = createMemoryBus()
    const deliveries = createDeliveries(counted(), bus)
    await deliveries.onEvent(conversationId, message(1))
    statements = 0
    await deliveries.onEvent(conversationId, message(2))
    expect(statements).toBe(0)

    await db.query(
      `INSERT INTO webhook_endpoints (id, site_id, url, events, secret) VALUES ($1, $2, 'https://hooks.example/a', '{message.created}', 'whsec_k')`,
      [randomUUID(), siteId],
    )
    webhooksChanged(bus, siteId)
    await deliveries.onEvent(conversationId, message(3))
    expect(await queued()).toBe(1)
    await deliveries.close()
  })
})
