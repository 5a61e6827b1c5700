import { PROTOCOL_VERSION } from '@attune/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database, Queryable } from './db/database.ts'
import { openPglite } from './db/pglite.ts'
import { createAttuneServer, type AttuneServer } from './server.ts'
import { TestClient } from './gateway/test-client.ts'

const SHOP = 'http://localhost:5173'

/** Every statement the server runs, in order, transactions' included (issue 12: "~17 per message"). */
function countingDatabase(inner: Database, seen: string[]): Database {
  const counted = (q: Queryable): Queryable => ({
    query: (sql, params) => {
      seen.push(sql.replace(/\s+/g, ' ').trim())
      return q.query(sql, params)
    },
    exec: (sql) => q.exec(sql),
  })
  return { ...counted(inner), transaction: (fn) => inner.transaction((tx) => fn(counted(tx))), close: () => inner.close() }
}

let server: AttuneServer
let inner: Database
const seen: string[] = []
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
  it('counts what an ordinary shopper message costs, from send to the inbox summary', async () => {
    const client = await shopper()
    client.send({ type: 'send', clientId: 'first', text: 'Hello there' })
    await client.answerTo('first')
    await settled()

    seen.length = 0
    client.send({ type: 'send', clientId: 'second', text: 'Where is my parcel?' })
    expect(await client.answerTo('second')).toMatchObject({ type: 'ack', seq: 2 })
    await settled()
    console.log(`${seen.length} statements:\n${seen.map((s, i) => `${i + 1}. ${s.slice(0, 140)}`).join('\n')}`)
    expect(seen.length).toBeGreaterThan(0)
  })
})
