import { DEFAULT_HOURS, PROTOCOL_VERSION } from '@attune/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../db/database.ts'
import { openPglite } from '../db/pglite.ts'
import { createAttuneServer, type AttuneServer } from '../server.ts'
import { TestClient } from './test-client.ts'

// Issue 12: a shopper's hello costs at most one round trip to the database, and the upgrade none
// once the store is known. Every statement the server sends is counted (a wrapped `query`).
const SHOP = 'http://localhost:5173'
let db: Database
let server: AttuneServer
const statements: string[] = []
let inFlight = 0
const open: TestClient[] = []

function counted(inner: Database): Database {
  const record = <T>(sql: string, run: () => Promise<T>): Promise<T> => {
    statements.push(sql.replace(/\s+/g, ' ').trim())
    inFlight++
    return run().finally(() => inFlight--)
  }
  return {
    query: (sql, params) => record(sql, () => inner.query(sql, params)),
    exec: (sql) => inner.exec(sql),
    transaction: (fn) =>
      inner.transaction((tx) => fn({ query: (sql, params) => record(sql, () => tx.query(sql, params)), exec: (sql) => tx.exec(sql) })),
    close: () => inner.close(),
  }
}

/**
 * Waits until what a message set off after its ack (the check-in rules, the agent's card, the
 * inbox's summary, assignment) has finished: nothing in flight and nothing new for a while.
 */
async function quiet(): Promise<void> {
  for (let seen = -1, calm = 0; calm < 3;) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    calm = inFlight === 0 && statements.length === seen ? calm + 1 : 0
    seen = statements.length
  }
}

beforeAll(async () => {
  db = await openPglite()
  // The webhook worker polls on a timer: far apart here, so its statements never fall in a window.
  // Neither the webhooks' poll nor the sweep for overdue check-in timers is a hello's cost.
  server = await createAttuneServer({
    database: counted(db),
    demo: true,
    port: 0,
    host: '127.0.0.1',
    webhooks: { pollMs: 3_600_000 },
    checkInSweeps: () => () => {},
  })
  // Nor the start's one re-run of the waiting conversations' rules (after a second without a new
  // connection, which a busy machine can leave between two steps of a test).
  await server.resumed
}, 60_000)
afterAll(async () => {
  await Promise.all(open.map((c) => c.close()))
  await server.close()
  await db.close()
})

/** The statements sent while `during` ran. */
async function cost(during: () => Promise<unknown>): Promise<string[]> {
  statements.length = 0
  await during()
  return statements.splice(0)
}

async function connect(origin = SHOP): Promise<TestClient> {
  const client = await TestClient.open(`${server.url.replace('http', 'ws')}/v1/visitor?siteKey=demo`, { Origin: origin })
  open.push(client)
  return client
}

/** Hello, answered with the welcome and the count of agents online. */
async function hello(client: TestClient, token?: string): Promise<string> {
  client.send({ type: 'hello', v: PROTOCOL_VERSION, ...(token ? { token } : {}) })
  const welcome = await client.next('welcome')
  await client.next('presence')
  if (welcome.role !== 'visitor') throw new Error('expected a visitor welcome')
  return welcome.token
}

async function ownerCookie(): Promise<string> {
  const res = await fetch(`${server.url}/api/agent/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'agent@demo.store', password: 'demo-agent' }),
  })
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
}

describe('a shopper connecting', () => {
  it('costs no statement at the upgrade once the store was read', async () => {
    await hello(await connect())
    expect(await cost(() => connect())).toEqual([])
  })

  it("costs one statement for a new shopper's hello", async () => {
    await hello(await connect())
    const client = await connect()
    expect(await cost(() => hello(client))).toHaveLength(1)
  })

  it('costs one statement for a returning shopper with an open conversation', async () => {
    const first = await connect()
    const token = await hello(first)
    first.send({ type: 'send', clientId: 'm1', text: 'Is the blue one in stock?' })
    const { conversationId } = await first.next('ack')
    await quiet()
    const again = await connect()
    let resumed: string | undefined
    const statements = await cost(async () => {
      again.send({ type: 'hello', v: PROTOCOL_VERSION, token })
      const welcome = await again.next('welcome')
      resumed = welcome.role === 'visitor' ? welcome.conversation?.id : undefined
      await again.next('presence')
    })
    expect(resumed).toBe(conversationId)
    expect(statements).toHaveLength(1)
  })
})

describe('a shopper coming back', () => {
  /** A shopper with a conversation, back on a new connection: its token, the conversation and its last seq. */
  async function returning() {
    const first = await connect()
    const token = await hello(first)
    first.send({ type: 'send', clientId: `r-${Math.random()}`, text: 'Do you ship to Chiang Mai?' })
    const { conversationId } = await first.next('ack')
    await quiet()
    const again = await connect()
    again.send({ type: 'hello', v: PROTOCOL_VERSION, token })
    const welcome = await again.next('welcome')
    await again.next('presence')
    const lastSeq = welcome.role === 'visitor' ? (welcome.conversation?.lastSeq ?? 0) : 0
    return { first, again, conversationId, lastSeq }
  }

  it("costs one statement for a resume with nothing new (a restart's crowd coming back)", async () => {
    const { again, conversationId, lastSeq } = await returning()
    const statements = await cost(async () => {
      again.send({ type: 'resume', conversationId, afterSeq: lastSeq })
      expect(await again.next('synced')).toMatchObject({ conversationId, lastSeq })
    })
    expect(statements).toHaveLength(1)
  })

  it('replays what the connection missed, then says synced', async () => {
    const { again, conversationId, lastSeq } = await returning()
    again.send({ type: 'resume', conversationId, afterSeq: lastSeq - 1 })
    const event = await again.next('event')
    expect(event.event.seq).toBe(lastSeq)
    expect(await again.next('synced')).toMatchObject({ conversationId, lastSeq })
  })

  it("sends nothing of another shopper's conversation, and keeps no subscription to it", async () => {
    const { first, conversationId, lastSeq } = await returning()
    const stranger = await connect()
    await hello(stranger)
    stranger.send({ type: 'resume', conversationId, afterSeq: 0 })
    expect(await stranger.next('error')).toMatchObject({ code: 'not_found' })
    // A message stored now would reach a subscription left behind.
    first.send({ type: 'send', clientId: `r-${Math.random()}`, text: 'Hello?', conversationId })
    await first.next('ack')
    await quiet()
    expect(lastSeq).toBeGreaterThan(0)
    expect(stranger.frames.filter((f) => ['event', 'synced', 'read', 'typing'].includes(f.type))).toEqual([])
  })
})

describe("a store's settings kept in memory", () => {
  it('are read again when the store changes them: a removed origin is refused at the next upgrade', async () => {
    // Read once (kept): the origin added next is not in what is kept.
    await hello(await connect())
    const cookie = await ownerCookie()
    const put = (allowedOrigins: string[]) =>
      fetch(`${server.url}/api/store`, {
        method: 'PUT',
        headers: { cookie, 'content-type': 'application/json' },
        body: JSON.stringify({ allowedOrigins }),
      })
    expect((await put([SHOP, 'https://second.example'])).status).toBe(200)
    await hello(await connect('https://second.example'))
    expect((await put([SHOP])).status).toBe(200)
    await expect(connect('https://second.example')).rejects.toThrow('HTTP 403')
    await hello(await connect())
  })
})

describe("a store's business hours kept in memory", () => {
  const launcher = () => fetch(`${server.url}/api/sites/demo/launcher`, { headers: { origin: SHOP } })
  const readsHours = (statements: string[]) => statements.filter((sql) => sql.includes('business_hours'))

  it("are read once for the launcher's answers, and again when the store changes them", async () => {
    await launcher()
    expect(readsHours(await cost(launcher))).toEqual([])
    const cookie = await ownerCookie()
    const hours = { ...DEFAULT_HOURS, enabled: true, timeZone: 'Asia/Bangkok', replyTime: 'hour' as const }
    const put = await fetch(`${server.url}/api/store/hours`, {
      method: 'PUT',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ hours }),
    })
    expect(put.status).toBe(200)
    const statements = await cost(async () => expect(await (await launcher()).json()).toMatchObject({ replyTime: 'hour' }))
    expect(readsHours(statements)).toHaveLength(1)
    expect(readsHours(await cost(launcher))).toEqual([])
  })
})
