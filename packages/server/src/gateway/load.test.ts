import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../db/database.ts'
import { openPglite } from '../db/pglite.ts'
import { createAttuneServer, type AttuneServer } from '../server.ts'
import { TestClient } from './test-client.ts'

/** The database, with a gate: while shut, every statement waits — a database that has fallen behind. */
function gated(db: Database) {
  let opened: Promise<void> = Promise.resolve()
  let open = () => {}
  const wait = <T>(work: () => Promise<T>) => opened.then(work)
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
  }
}

let raw: Database
let gate: ReturnType<typeof gated>
let server: AttuneServer

beforeAll(async () => {
  raw = await openPglite()
  gate = gated(raw)
  // Room for one write at a time, so "behind" is reached with two.
  server = await createAttuneServer({ demo: true, port: 0, host: '127.0.0.1', database: gate.database, gateway: { writesInFlight: 1 } })
})
afterAll(async () => {
  gate.open()
  await server?.close()
  await raw?.close()
})

describe('overload is answered, not queued', () => {
  it('past its writes in flight the server refuses a send at once with unavailable and a retry hint, and stores it when sent again', async () => {
    const shopper = await TestClient.visitor(server.url, 'demo', 'http://localhost:5173')
    const other = await TestClient.visitor(server.url, 'demo', 'http://localhost:5173')
    gate.shut()
    shopper.send({ type: 'send', clientId: 'first', text: 'One' })
    other.send({ type: 'send', clientId: 'second', text: 'Two' })
    const refused = await other.next('error')
    expect(refused).toMatchObject({ code: 'unavailable', ref: 'second' })
    expect(refused.retryAfterMs).toBeGreaterThanOrEqual(1000)

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
})
