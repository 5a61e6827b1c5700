import { PROTOCOL_VERSION } from '@attune/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../db/database.ts'
import { openPglite } from '../db/pglite.ts'
import { createAttuneServer, type AttuneServer } from '../server.ts'
import { eraseVisitor } from '../visitors.ts'
import { demoAgentCookie, TestClient } from './test-client.ts'

const SHOP = 'http://localhost:5173'
let db: Database
let server: AttuneServer
const open: TestClient[] = []

beforeAll(async () => {
  db = await openPglite()
  server = await createAttuneServer({ database: db, demo: true, port: 0, host: '127.0.0.1' })
}, 60_000)
afterAll(async () => {
  await Promise.all(open.map((c) => c.close()))
  await server.close()
  await db.close()
})

async function shopper(token?: string) {
  const client = await TestClient.open(`${server.url.replace('http', 'ws')}/v1/visitor?siteKey=demo`, { Origin: SHOP })
  open.push(client)
  client.send({ type: 'hello', v: PROTOCOL_VERSION, ...(token ? { token } : {}) })
  const welcome = await client.next('welcome')
  if (welcome.role !== 'visitor') throw new Error('expected a visitor welcome')
  return { client, welcome }
}

// Issue 11, finding 8: after an erasure every send answered `internal`, and core resent it for ever.
describe('a shopper erased while connected', () => {
  it('gets a final unauthorized for their next message, then starts afresh on reconnect', async () => {
    const { client, welcome } = await shopper()
    client.send({ type: 'send', clientId: 'm1', text: 'hello' })
    await client.next('ack')
    const [row] = await db.query<{ site_id: string }>('SELECT site_id FROM visitors WHERE id = $1', [welcome.visitorId])
    expect(await eraseVisitor(db, row!.site_id, welcome.visitorId)).toBe(true)

    const closed = new Promise<number>((resolve) => client.ws.once('close', (code) => resolve(code)))
    client.send({ type: 'send', clientId: 'm2', text: 'still there?' })
    expect(await client.next('error')).toMatchObject({ code: 'unauthorized', ref: 'm2' })
    expect(await closed).toBe(1012)

    const again = await shopper(welcome.token)
    expect(again.welcome.visitorId).not.toBe(welcome.visitorId)
    again.client.send({ type: 'send', clientId: 'm2', text: 'still there?' })
    expect(await again.client.next('ack')).toMatchObject({ clientId: 'm2', seq: 1 })
  })
})

// A resolved conversation stays on an agent's screen (opened from search, the shopper's earlier chats,
// Insights): its erasure is told too, or the whole of it stayed there, words, name and all.
describe('a shopper erased with a resolved conversation and an open one', () => {
  it('is told to the inboxes for each of them, marked erased, with nothing the shopper said', async () => {
    const cookie = await demoAgentCookie(server.url)
    const inbox = await TestClient.agent(server.url, cookie)
    open.push(inbox)
    const { client, welcome } = await shopper()
    client.send({ type: 'send', clientId: 'earlier', text: 'My kettle leaks' })
    const earlier = (await client.next('ack')).conversationId
    inbox.send({ type: 'resolve', conversationId: earlier, clientId: 'r1' })
    await inbox.next('conversation', (f) => f.conversation.id === earlier && f.conversation.status === 'resolved')
    client.send({ type: 'send', clientId: 'later', text: 'It leaks again' })
    const later = (await client.next('ack')).conversationId
    expect(later).not.toBe(earlier)
    // The agent reads the resolved one, as from search.
    inbox.send({ type: 'resume', conversationId: earlier, afterSeq: 0 })
    await inbox.next('synced', (f) => f.conversationId === earlier)

    expect(
      (await fetch(`${server.url}/api/visitors/${welcome.visitorId}`, { method: 'DELETE', headers: { cookie, origin: server.url } })).status,
    ).toBe(200)

    for (const id of [earlier, later]) {
      const told = await inbox.next('conversation', (f) => f.conversation.id === id && f.erased === true)
      expect(told.conversation).toMatchObject({ visitorId: welcome.visitorId, status: 'resolved', lastMessage: null, waitingSince: null })
      expect(JSON.stringify(told)).not.toContain('leaks')
    }
  })
})
