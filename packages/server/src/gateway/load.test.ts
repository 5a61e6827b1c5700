import { MIN_RETRY_MS } from '@attune/protocol'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Database } from '../db/database.ts'
import { openPglite } from '../db/pglite.ts'
import { createAttuneServer, type AttuneServer } from '../server.ts'
import { createLoadGauge } from './load.ts'
import { TestClient } from './test-client.ts'

/** The database, with a gate: while shut, every statement waits — a database that has fallen behind. */
function gated(db: Database) {
  let opened: Promise<void> = Promise.resolve()
  let open = () => {}
  let held = 0
  let heldChanged = () => {}
  let started = 0
  const wait = async <T>(work: () => Promise<T>) => {
    started++
    held++
    heldChanged()
    await opened
    held--
    return work()
  }
  const database: Database = {
    query: (sql, params) => wait(() => db.query(sql, params)),
    exec: (sql) => wait(() => db.exec(sql)),
    transaction: (fn) => wait(() => db.transaction(fn)),
    close: () => db.close(),
  }
  return {
    database,
    shut: () => void (opened = new Promise((resolve) => (open = resolve))),
    open: () => open(),
    /** Resolves once no statement has started for a tenth of a second: the server's own work is done. */
    async quiet() {
      for (let still = 0, last = -1; still < 5;) {
        await new Promise((resolve) => setTimeout(resolve, 20))
        still = started === last ? still + 1 : 0
        last = started
      }
    },
    /** Resolves once this many statements wait at the shut gate. */
    holding: (count: number) =>
      new Promise<void>((resolve) => {
        heldChanged = () => held >= count && resolve()
        heldChanged()
      }),
  }
}

let raw: Database
let gate: ReturnType<typeof gated>
let server: AttuneServer
const SHOP = 'http://localhost:5173'

/** Sends until stored, waiting the hint after each refusal, as core's outbox does. */
async function sendUntilStored(client: TestClient, clientId: string, text: string, { sent = false } = {}) {
  for (let attempt = 0; attempt < 20; attempt++) {
    if (attempt > 0 || !sent) client.send({ type: 'send', clientId, text })
    const answer = await client.answerTo(clientId)
    if (answer.type === 'ack') return answer
    expect(answer).toMatchObject({ code: 'unavailable' })
    await new Promise((resolve) => setTimeout(resolve, Math.max(MIN_RETRY_MS, answer.retryAfterMs ?? 0)))
  }
  throw new Error(`${clientId} was refused 20 times`)
}

beforeAll(async () => {
  raw = await openPglite()
  gate = gated(raw)
  // Room for one write at a time, so "behind" is reached with two.
  server = await createAttuneServer({
    demo: true,
    port: 0,
    host: '127.0.0.1',
    database: gate.database,
    gateway: { writesInFlight: 1, writesQueueMs: 0 },
  })
})
afterAll(async () => {
  gate.open()
  await server?.close()
  await raw?.close()
})

describe('overload is answered, not queued', () => {
  it('what is refused together comes back spread over two seconds: the hints lie above the least a client waits', () => {
    const gauge = createLoadGauge({ writesInFlight: 1, writesQueueMs: 0 })
    try {
      const hints = Array.from({ length: 2000 }, () => gauge.retryAfterMs())
      // What clients wait (core's retries.ts): a hint is raised to the protocol's least.
      const waits = hints.map((hint) => Math.max(MIN_RETRY_MS, hint))
      expect(Math.min(...hints)).toBeGreaterThanOrEqual(MIN_RETRY_MS)
      // In tenths of a second: 2,000 waits over 2 s fill all 20 tenths but by a chance under 1 in 10^40.
      const tenths = new Set(waits.map((wait) => Math.floor((wait - MIN_RETRY_MS) / 100)))
      expect(tenths.size).toBe(20)
    } finally {
      gauge.stop()
    }
  })

  it('lets as many writes wait as it answers in writesQueueMs at its best rate of the last two seconds, never fewer than writesInFlight', () => {
    // The gauge's sampler is the test's to run; the delay monitor is Node's and unaffected.
    vi.useFakeTimers()
    const gauge = createLoadGauge({ writesInFlight: 10, writesQueueMs: 1000 })
    try {
      const waiting = (count: number) => Array.from({ length: count }, () => gauge.start())
      const first = waiting(10)
      expect(gauge.behind()).toBe(true)
      first.forEach((answer) => answer())
      // 100 answered in one half-second sample: 200 a second, so 200 may wait.
      waiting(90).forEach((answer) => answer())
      vi.advanceTimersByTime(500)
      const held = waiting(199)
      expect(gauge.behind()).toBe(false)
      held.push(...waiting(1))
      expect(gauge.behind()).toBe(true)
      // A slower half second does not lower it: the best of the last four samples counts.
      held.splice(0, 50).forEach((answer) => answer())
      vi.advanceTimersByTime(500)
      expect(gauge.behind()).toBe(false)
      // Two seconds with nothing answered: back to the count alone.
      vi.advanceTimersByTime(2000)
      expect(gauge.behind()).toBe(true)
    } finally {
      gauge.stop()
      vi.useRealTimers()
    }
  })

  it('past its writes in flight the server refuses a send at once with unavailable and a retry hint, and stores it when sent again', async () => {
    const shopper = await TestClient.visitor(server.url, 'demo', 'http://localhost:5173')
    const other = await TestClient.visitor(server.url, 'demo', 'http://localhost:5173')
    gate.shut()
    shopper.send({ type: 'send', clientId: 'first', text: 'One' })
    other.send({ type: 'send', clientId: 'second', text: 'Two' })
    const refused = await other.next('error')
    expect(refused).toMatchObject({ code: 'unavailable', ref: 'second' })
    expect(refused.retryAfterMs).toBeGreaterThanOrEqual(MIN_RETRY_MS)

    gate.open()
    expect(await shopper.next('ack')).toMatchObject({ clientId: 'first' })
    // A write counts until its handling ends, which is after its ack; frames are served in order,
    // so once the shopper's pong is back the first write no longer holds the one place.
    shopper.send({ type: 'ping' })
    await shopper.next('pong')
    // What core's outbox does after the hint: the same clientId again, now stored once.
    other.send({ type: 'send', clientId: 'second', text: 'Two' })
    const { conversationId, seq } = await other.next('ack')
    // Read back from the database on a fresh socket of the same shopper: stored exactly once.
    const token = other.frames.find((f) => f.type === 'welcome' && f.role === 'visitor')
    const again = await TestClient.open(`${server.url.replace('http', 'ws')}/v1/visitor?siteKey=demo`, { Origin: 'http://localhost:5173' })
    again.send({ type: 'hello', v: 1, token: token?.type === 'welcome' && token.role === 'visitor' ? token.token : '' })
    await again.next('welcome')
    again.send({ type: 'resume', conversationId, afterSeq: 0 })
    await again.next('synced')
    const stored = again.frames.filter((f) => f.type === 'event' && f.event.kind === 'message' && f.event.clientId === 'second')
    expect(stored.map((f) => f.type === 'event' && f.event.seq)).toEqual([seq])
    await again.close()
    await Promise.all([shopper.close(), other.close()])
  })

  it('a database that has fallen behind refuses new writes at once, although few writes are in flight', async () => {
    const own = gated(raw)
    // Writes have room (the default 500); the database has room for one statement in flight.
    const behind = await createAttuneServer({ demo: true, port: 0, host: '127.0.0.1', database: own.database, gateway: { statementsInFlight: 1 } })
    try {
      const shopper = await TestClient.visitor(behind.url, 'demo', SHOP)
      const other = await TestClient.visitor(behind.url, 'demo', SHOP)
      await own.quiet()
      own.shut()
      shopper.send({ type: 'send', clientId: 'behind-1', text: 'One' })
      await own.holding(1)
      other.send({ type: 'send', clientId: 'behind-2', text: 'Two' })
      const refused = await other.answerTo('behind-2')
      expect(refused).toMatchObject({ type: 'error', code: 'unavailable', ref: 'behind-2' })
      expect(refused.type === 'error' && refused.retryAfterMs).toBeGreaterThanOrEqual(MIN_RETRY_MS)

      own.open()
      await sendUntilStored(shopper, 'behind-1', 'One', { sent: true })
      await sendUntilStored(other, 'behind-2', 'Two')
      // Refused, then sent again: stored once.
      const stored = await raw.query<{ n: number }>(`SELECT count(*)::int AS n FROM events WHERE client_id = 'behind-2'`)
      expect(stored).toEqual([{ n: 1 }])
      await Promise.all([shopper.close(), other.close()])
    } finally {
      own.open()
      await behind.close()
    }
  })

  it('a message refused on arrival holds back only the ones after it: one already waiting its turn is stored first', async () => {
    const own = gated(raw)
    const server = await createAttuneServer({ demo: true, port: 0, host: '127.0.0.1', database: own.database })
    try {
      const shopper = await TestClient.visitor(server.url, 'demo', SHOP)
      const { conversationId } = await sendUntilStored(shopper, 'order-0', 'Zero')
      await own.quiet()
      own.shut()
      shopper.send({ type: 'send', clientId: 'order-1', text: 'One', conversationId })
      await own.holding(1)
      // Waits its turn behind the first, which waits for the database.
      shopper.send({ type: 'send', clientId: 'order-2', text: 'Two', conversationId })
      // The connection's frame budget (30 at once) is spent, so the next message is refused on arrival.
      for (let i = 0; i < 40; i++) shopper.send({ type: 'ping' })
      shopper.send({ type: 'send', clientId: 'order-3', text: 'Three', conversationId })
      own.open()
      expect(await shopper.answerTo('order-1')).toMatchObject({ type: 'ack' })
      expect(await shopper.answerTo('order-2')).toMatchObject({ type: 'ack' })
      expect(await shopper.answerTo('order-3')).toMatchObject({ type: 'error', code: 'rate_limited' })
      await shopper.close()
    } finally {
      own.open()
      await server.close()
    }
  })
})
