import { createHmac } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PROTOCOL_VERSION } from '@attune/protocol'
import { createStores, type StoreRecord } from '../accounts/stores.ts'
import type { Database } from '../db/database.ts'
import { openPglite } from '../db/pglite.ts'
import { TestClient } from '../gateway/test-client.ts'
import { createAttuneServer, type AttuneServer } from '../server.ts'
import { revokeVisitorTokens } from './visitor-auth.ts'
import { createVisitorToken, VISITOR_TOKEN_TTL_MS } from './visitor-token.ts'

// Issue 11, finding 12: visitor tokens expire, renew on connect, and can be revoked.
const SECRET = 'visitor-auth-test-secret'
const DAY = 24 * 60 * 60 * 1000
const SHOP = 'https://shop.example'

let db: Database
let server: AttuneServer
let store: StoreRecord

beforeAll(async () => {
  db = await openPglite()
  server = await createAttuneServer({ port: 0, host: '127.0.0.1', database: db, secret: SECRET })
  store = await createStores(db).create({ name: 'Token Shop', origins: [SHOP] })
}, 120_000)

afterAll(async () => {
  await server?.close()
  await db?.close()
})

/** One hello with `token`; answers the welcome's visitor and token. */
async function hello(token?: string) {
  const client = await TestClient.open(`${server.url.replace('http', 'ws')}/v1/visitor?siteKey=${store.key}`, { Origin: SHOP })
  client.send({ type: 'hello', v: PROTOCOL_VERSION, ...(token ? { token } : {}) })
  const welcome = await client.next('welcome')
  await client.close()
  if (welcome.role !== 'visitor') throw new Error('expected a visitor welcome')
  return { visitorId: welcome.visitorId, token: welcome.token }
}

describe('visitor tokens', () => {
  it('keep their visitor, and a recent token is handed back as it is', async () => {
    const first = await hello()
    expect(await hello(first.token)).toEqual(first)
  })

  it('are renewed silently on connect once older than a day: same visitor, a new token', async () => {
    const { visitorId } = await hello()
    const old = createVisitorToken(SECRET, visitorId, store.id, Date.now() - 2 * DAY)
    const again = await hello(old)
    expect(again.visitorId).toBe(visitorId)
    expect(again.token).not.toBe(old)
    expect(await hello(again.token)).toEqual(again)
  })

  it('expire: a token older than 30 days opens a new anonymous visitor', async () => {
    const { visitorId } = await hello()
    const expired = createVisitorToken(SECRET, visitorId, store.id, Date.now() - VISITOR_TOKEN_TTL_MS - DAY)
    expect((await hello(expired)).visitorId).not.toBe(visitorId)
  })

  it('once revoked, open a new anonymous visitor; a token issued after the revocation works', async () => {
    const before = await hello()
    expect(await revokeVisitorTokens(db, store.id, before.visitorId)).toBe(true)
    const after = await hello(before.token)
    expect(after.visitorId).not.toBe(before.visitorId)
    expect((await hello(after.token)).visitorId).toBe(after.visitorId)
  })

  it("of an erased shopper open a new anonymous visitor, never the erased one's id", async () => {
    const gone = await hello()
    await db.query('DELETE FROM visitors WHERE id = $1', [gone.visitorId])
    expect((await hello(gone.token)).visitorId).not.toBe(gone.visitorId)
  })

  it('of the first format (no issue time) keep their visitor once and are replaced', async () => {
    const { visitorId } = await hello()
    const payload = `v1.${visitorId}.${store.id}`
    const legacy = `${payload}.${createHmac('sha256', SECRET).update(payload).digest('base64url')}`
    const again = await hello(legacy)
    expect(again.visitorId).toBe(visitorId)
    expect(again.token.startsWith('v2.')).toBe(true)
  })
})
