import { PROTOCOL_VERSION } from '@attune/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../db/database.ts'
import { createAttuneServer, type AttuneServer } from '../server.ts'
import { tempDir } from '../test-db.ts'
import { openPglite } from '../db/pglite.ts'
import { identityHash } from './identify.ts'
import { TestClient } from './test-client.ts'

const SHOP = 'http://localhost:5173'
let server: AttuneServer
let dir: Awaited<ReturnType<typeof tempDir>>
let secret = ''
const open: TestClient[] = []

beforeAll(async () => {
  dir = await tempDir()
  // Read the demo store's identity secret the way its operator would (first start creates it).
  server = await createAttuneServer({ demo: true, port: 0, host: '127.0.0.1', dataDir: dir.path })
  await server.close()
  const db: Database = await openPglite(dir.path)
  secret = (await db.query<{ identity_secret: string }>(`SELECT identity_secret FROM sites WHERE key = 'demo'`))[0]!.identity_secret
  await db.close()
  server = await createAttuneServer({ demo: true, port: 0, host: '127.0.0.1', dataDir: dir.path })
})
afterAll(async () => {
  await Promise.all(open.map((c) => c.close()))
  await server.close()
  await dir.remove()
})

const ws = () => server.url.replace('http', 'ws')

async function visitor(token?: string) {
  const client = await TestClient.open(`${ws()}/v1/visitor?siteKey=demo`, { Origin: SHOP })
  open.push(client)
  client.send({ type: 'hello', v: PROTOCOL_VERSION, ...(token ? { token } : {}) })
  const welcome = await client.next('welcome')
  if (welcome.role !== 'visitor') throw new Error('expected a visitor welcome')
  return { client, welcome }
}

async function agent() {
  const res = await fetch(`${server.url}/api/agent/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'agent@demo.store', password: 'demo-agent' }),
  })
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  const client = await TestClient.open(`${ws()}/v1/agent`, { Cookie: cookie, Origin: server.url })
  open.push(client)
  client.send({ type: 'hello', v: PROTOCOL_VERSION })
  await client.next('welcome')
  return client
}

describe('delivery ticks and history', () => {
  it('relays "delivered" and "read" marks and replays them to a shopper who comes back', async () => {
    const shopper = await visitor()
    shopper.client.send({ type: 'send', clientId: 'm1', text: 'Is this in stock?' })
    const { conversationId, seq } = await shopper.client.next('ack')
    const alex = await agent()
    alex.send({ type: 'resume', conversationId, afterSeq: 0 })
    await alex.next('synced')
    alex.send({ type: 'read', conversationId, seq, mark: 'delivered' })
    expect(await shopper.client.next('read')).toMatchObject({ role: 'agent', seq, mark: 'delivered' })
    alex.send({ type: 'read', conversationId, seq })
    expect(await shopper.client.next('read', (f) => f.mark === 'read')).toMatchObject({ role: 'agent', seq })

    const back = await visitor(shopper.welcome.token)
    back.client.send({ type: 'resume', conversationId, afterSeq: 0 })
    await back.client.next('synced')
    expect(await back.client.next('read', (f) => f.mark === 'read')).toMatchObject({ role: 'agent', seq })
  })

  it('pages history backwards: the latest page first, older on demand, no gaps', async () => {
    const shopper = await visitor()
    for (let i = 1; i <= 7; i++) {
      shopper.client.send({ type: 'send', clientId: `h${i}`, text: `message ${i}` })
      await shopper.client.next('ack', (f) => f.clientId === `h${i}`)
    }
    const conversationId = (await shopper.client.next('event')).conversationId
    shopper.client.send({ type: 'history', conversationId, beforeSeq: 6, limit: 3 })
    const page = await shopper.client.next('history')
    expect(page.events.map((e) => e.seq)).toEqual([3, 4, 5])
    expect(page.hasMore).toBe(true)
    shopper.client.send({ type: 'history', conversationId, beforeSeq: 3, limit: 3 })
    const first = await shopper.client.next('history', (f) => f.events[0]?.seq === 1)
    expect(first.events.map((e) => e.seq)).toEqual([1, 2])
    expect(first.hasMore).toBe(false)
  })
})

describe('identify', () => {
  it('merges an anonymous shopper into their account when the store vouches for them', async () => {
    const laptop = await visitor()
    laptop.client.send({ type: 'send', clientId: 'l1', text: 'from my laptop' })
    await laptop.client.next('ack')
    laptop.client.send({ type: 'identify', id: 'user-42', userHash: identityHash(secret, 'user-42'), name: 'Nok' })
    const identified = await laptop.client.next('welcome')
    expect(identified.role === 'visitor' && identified.conversation).toBeTruthy()

    // Later, on a phone, the same account sees the same conversation.
    const phone = await visitor()
    phone.client.send({ type: 'identify', id: 'user-42', userHash: identityHash(secret, 'user-42') })
    const onPhone = await phone.client.next('welcome')
    if (onPhone.role !== 'visitor' || identified.role !== 'visitor') throw new Error('visitor welcomes expected')
    expect(onPhone.visitorId).toBe(identified.visitorId)
    expect(onPhone.conversation?.id).toBe(identified.conversation?.id)
  })

  it('refuses a hash that does not match, and keeps the shopper anonymous', async () => {
    const shopper = await visitor()
    shopper.client.send({ type: 'identify', id: 'user-42', userHash: identityHash('not-the-secret', 'user-42') })
    expect(await shopper.client.next('error')).toMatchObject({ code: 'unauthorized', ref: 'identify' })
  })

  it('never merges two people: a device signed in as A that identifies as B switches to B', async () => {
    const device = await visitor()
    device.client.send({ type: 'identify', id: 'user-A', userHash: identityHash(secret, 'user-A') })
    const asA = await device.client.next('welcome')
    device.client.send({ type: 'send', clientId: 'a1', text: 'A private note' })
    await device.client.next('ack')
    device.client.send({ type: 'identify', id: 'user-B', userHash: identityHash(secret, 'user-B') })
    const asB = await device.client.next('welcome', (f) => f.role === 'visitor' && f.visitorId !== (asA.role === 'visitor' ? asA.visitorId : ''))
    expect(asB.role === 'visitor' && asB.conversation).toBeNull()
  })
})
