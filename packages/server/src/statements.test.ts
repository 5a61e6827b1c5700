import { PROTOCOL_VERSION } from '@attune/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database, Queryable } from './db/database.ts'
import { openPglite } from './db/pglite.ts'
import { createAttuneServer, type AttuneServer } from './server.ts'
import { TestClient } from './gateway/test-client.ts'

const SHOP = 'http://localhost:5173'

type Seen = { sql: string; inTransaction: boolean }

/** Every statement the server runs, in order, transactions' included (issue 12: "~17 per message"). */
function countingDatabase(inner: Database, seen: Seen[]): Database {
  const counted = (q: Queryable, inTransaction: boolean): Queryable => ({
    query: (sql, params) => {
      seen.push({ sql: sql.replace(/\s+/g, ' ').trim(), inTransaction })
      return q.query(sql, params)
    },
    exec: (sql) => q.exec(sql),
  })
  return { ...counted(inner, false), transaction: (fn) => inner.transaction((tx) => fn(counted(tx, true))), close: () => inner.close() }
}

let server: AttuneServer
let inner: Database
const seen: Seen[] = []
const clients: TestClient[] = []

beforeAll(async () => {
  inner = await openPglite()
  server = await createAttuneServer({ demo: true, port: 0, host: '127.0.0.1', database: countingDatabase(inner, seen) })
}, 60_000)
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()))
  await server.close()
  await inner.close()
})

async function shopper() {
  const client = await TestClient.open(`${server.url.replace('http', 'ws')}/v1/visitor?siteKey=demo`, { Origin: SHOP })
  clients.push(client)
  client.send({ type: 'hello', v: PROTOCOL_VERSION })
  await client.next('welcome')
  return client
}

/** Waits until the server has run no statement for a while: the message's after-work is done. */
async function settled(): Promise<void> {
  for (let quiet = 0, last = -1; quiet < 5;) {
    await new Promise((r) => setTimeout(r, 20))
    quiet = seen.length === last ? quiet + 1 : 0
    last = seen.length
  }
}

describe('statements per message', () => {
  it("writes an ordinary shopper message with two statements: the duplicate check, then the event with its conversation's seq", async () => {
    const client = await shopper()
    client.send({ type: 'send', clientId: 'first', text: 'Hello there' })
    const first = await client.answerTo('first')
    if (first.type !== 'ack') throw new Error('the first message was not stored')
    await settled()

    seen.length = 0
    // As the widget does once it knows its conversation.
    client.send({ type: 'send', clientId: 'second', text: 'Where is my parcel?', conversationId: first.conversationId })
    expect(await client.answerTo('second')).toMatchObject({ type: 'ack', seq: 2 })
    await settled()
    // The whole cost, for the record (docs/decisions/029 lists it).
    console.log(`${seen.length} statements:\n${seen.map((s, i) => `${i + 1}. ${s.inTransaction ? '[tx] ' : ''}${s.sql.slice(0, 140)}`).join('\n')}`)
    const append = seen.filter((s) => s.inTransaction && /events/.test(s.sql) && /client_id/.test(s.sql))
    expect(append.map((s) => s.sql.split(' ').slice(0, 2).join(' '))).toEqual(['SELECT r.i,', 'WITH moved'])
    expect(seen.filter((s) => s.sql.includes('FOR UPDATE'))).toEqual([])
    expect(seen.filter((s) => s.sql.includes('client_id = $2'))).toEqual([])
  })
})
