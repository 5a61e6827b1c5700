import { randomUUID } from 'node:crypto'
import { createServer, type AddressInfo, type Server } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ConversationEvent } from '@attune/protocol'
import { createStores } from '../accounts/stores.ts'
import { createMemoryBus } from '../bus.ts'
import { createConversations } from '../conversations.ts'
import type { Database } from '../db/database.ts'
import { migrate } from '../db/migrations.ts'
import { openPglite } from '../db/pglite.ts'
import { createDeliveries, webhooksChanged } from './deliveries.ts'
import { startReceiver } from './receiver.ts'
import type { Resolve } from './send.ts'

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

// SSRF: a store's endpoint never leads the server to its own machine or its network, whatever its
// name resolves to, and the delivery log tells nothing about the ports there.
describe('where a delivery may connect', () => {
  const listeners: Server[] = []
  beforeAll(() => db.query('DELETE FROM webhook_deliveries'))
  afterAll(() => Promise.all(listeners.map((l) => new Promise((done) => l.close(done)))))

  /** A TCP port on 127.0.0.1 counting who connects; closed at once when `open` is false. */
  async function port(open: boolean, connections: string[]): Promise<number> {
    const listener = createServer((socket) => (connections.push('connected'), socket.destroy()))
    await new Promise<void>((done) => listener.listen(0, '127.0.0.1', done))
    const { port } = listener.address() as AddressInfo
    if (open) listeners.push(listener)
    else await new Promise((done) => listener.close(done))
    return port
  }

  async function endpoint(url: string): Promise<string> {
    const [row] = await db.query<{ id: string }>(
      `INSERT INTO webhook_endpoints (id, site_id, url, events, secret) VALUES (gen_random_uuid(), $1, $2, '{message.created}', 'whsec_r') RETURNING id`,
      [siteId, url],
    )
    return row!.id
  }

  /** Sends a test event to each endpoint once (no retries) and answers each one's log line. */
  async function deliverOnce(ids: string[], options: { resolve: Resolve; allowLoopback?: boolean }) {
    const deliveries = createDeliveries(db, createMemoryBus(), { ...options, retryDelaysMs: [], pollMs: 50 })
    for (const id of ids) await deliveries.sendTest('kept-hooks', id)
    deliveries.start()
    const lines = () =>
      db.query<{ status: number | null; error: string | null }>('SELECT status, error FROM webhook_attempts WHERE endpoint_id = ANY($1::uuid[])', [
        ids,
      ])
    await expect.poll(async () => (await lines()).length, { timeout: 20_000 }).toBe(ids.length)
    await deliveries.close()
    return lines()
  }

  it('refuses a name resolving to 127.0.0.1 before any connection, alike for an open port and a closed one', async () => {
    const connections: string[] = []
    const asked: string[] = []
    const resolve: Resolve = async (hostname) => (asked.push(hostname), [{ address: '127.0.0.1', family: 4 }])
    const open = await endpoint(`https://hooks.shop.example:${await port(true, connections)}/hook`)
    const closed = await endpoint(`https://hooks.shop.example:${await port(false, connections)}/hook`)
    const lines = await deliverOnce([open, closed], { resolve })
    expect(lines).toEqual([
      { status: null, error: 'refused: not a public address' },
      { status: null, error: 'refused: not a public address' },
    ])
    expect(asked).toEqual(['hooks.shop.example', 'hooks.shop.example'])
    expect(connections).toEqual([])
  })

  it('refuses a name when any one of its addresses is private, even where this machine is allowed', async () => {
    const connections: string[] = []
    const resolve: Resolve = async () => [
      { address: '127.0.0.1', family: 4 },
      { address: '10.0.0.5', family: 4 },
    ]
    const id = await endpoint(`http://hooks.shop.example:${await port(true, connections)}/hook`)
    expect(await deliverOnce([id], { resolve, allowLoopback: true })).toEqual([{ status: null, error: 'refused: not a public address' }])
    expect(connections).toEqual([])
  })

  it('refuses a name resolving to a 6to4 address, which a relay would lead to 127.0.0.1', async () => {
    const resolve: Resolve = async () => [{ address: '2002:7f00:1::', family: 6 }]
    const id = await endpoint('https://hooks.shop.example/hook')
    expect(await deliverOnce([id], { resolve, allowLoopback: true })).toEqual([{ status: null, error: 'refused: not a public address' }])
  })

  it('connects to the address it checked, not to a second lookup’s answer (DNS rebinding)', async () => {
    const receiver = await startReceiver()
    let lookups = 0
    const resolve: Resolve = async () => (lookups++, [{ address: '127.0.0.1', family: 4 }])
    const id = await endpoint(`http://hooks.shop.example:${receiver.port}/hook`)
    expect(await deliverOnce([id], { resolve, allowLoopback: true })).toEqual([{ status: 200, error: null }])
    expect(lookups).toBe(1)
    expect(receiver.received[0]!.headers.host).toBe(`hooks.shop.example:${receiver.port}`)
    await receiver.close()
  })
})
