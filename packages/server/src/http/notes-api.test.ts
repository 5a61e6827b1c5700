import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PROTOCOL_VERSION, type Note, type ServerFrame } from '@attune/protocol'
import { createPeople } from '../accounts/people.ts'
import { createStores } from '../accounts/stores.ts'
import { createSessions, SESSION_COOKIE } from '../auth/sessions.ts'
import type { Database } from '../db/database.ts'
import { openPglite } from '../db/pglite.ts'
import { demoAgentCookie, TestClient } from '../gateway/test-client.ts'
import { createAttuneServer, type AttuneServer } from '../server.ts'
import { eraseVisitor, exportVisitor } from '../visitors.ts'
import type { Json } from './test-caller.ts'

// Issue 14: private notes never reach the shopper; tags are the store's and follow the list live.
const SHOP = 'http://localhost:5173'
let db: Database
let server: AttuneServer
let cookie = ''
/** The owner of another store. */
let stranger = ''
const sockets: TestClient[] = []

beforeAll(async () => {
  db = await openPglite()
  server = await createAttuneServer({ database: db, demo: true, port: 0, host: '127.0.0.1' })
  cookie = await demoAgentCookie(server.url)
  const other = await createStores(db).create({ name: 'Elsewhere', origins: [SHOP] })
  const person = await createPeople(db).create({ email: 'owner@elsewhere.test', name: 'Elsewhere owner', password: 'correct horse battery' })
  await createPeople(db).join(other.id, person.id, 'owner')
  stranger = `${SESSION_COOKIE}=${await createSessions(db).create(person.id, other.id)}`
}, 120_000)

afterAll(async () => {
  await Promise.all(sockets.map((s) => s.close()))
  await server?.close()
  await db?.close()
})

async function call(method: string, path: string, body?: unknown, as = cookie): Promise<{ status: number; body: Json }> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { cookie: as, origin: server.url, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  return { status: response.status, body: (await response.json()) as Json }
}

const track = (client: TestClient) => (sockets.push(client), client)

/** A shopper's socket, greeted with `token` (a returning shopper) or as a new one. */
async function visitorSocket(token?: string): Promise<TestClient> {
  const client = track(await TestClient.open(`${server.url.replace('http', 'ws')}/v1/visitor?siteKey=demo`, { Origin: SHOP }))
  client.send({ type: 'hello', v: PROTOCOL_VERSION, ...(token ? { token } : {}) })
  return client
}

/** A shopper who wrote once: their socket, token, and conversation. */
async function shopper(text: string) {
  const client = await visitorSocket()
  const welcome = (await client.next('welcome')) as Extract<ServerFrame, { role: 'visitor' }>
  client.send({ type: 'send', clientId: 'first', text })
  const ack = await client.next('ack')
  return { client, token: welcome.token, visitorId: welcome.visitorId, conversationId: ack.conversationId }
}

const carries = (frames: readonly ServerFrame[], words: string) => JSON.stringify(frames).includes(words)

describe('a private note', () => {
  it('reaches the store’s inboxes, and never the shopper’s socket, resume or history', async () => {
    const words = 'refund approved by finance quietly'
    const { client: visitor, token, conversationId } = await shopper('my parcel is late')
    const teammate = track(await TestClient.agent(server.url, cookie))
    const outsider = track(await TestClient.agent(server.url, stranger))

    const written = await call('POST', `/api/conversations/${conversationId}/notes`, { text: `  ${words}  ` })
    expect(written.status).toBe(201)
    expect(written.body).toMatchObject({ conversationId, text: words, author: { name: expect.any(String) } })
    expect((await teammate.next('note')).note).toEqual(written.body)

    // A reply after the note reaches the shopper with the next seq: the note left no gap and no trace.
    const agent = track(await TestClient.agent(server.url, cookie))
    agent.send({ type: 'send', clientId: 'after-note', conversationId, text: 'Your refund is on its way.' })
    await agent.answerTo('after-note')
    const reply = await visitor.next('event', (f) => f.event.kind === 'message' && f.event.author.role === 'agent')
    expect(reply.event.seq).toBe(2)
    expect(carries(visitor.frames, words)).toBe(false)
    expect(visitor.frames.some((f) => f.type === 'note')).toBe(false)

    // Coming back: the resume replays the log, history reads it; neither holds the note.
    const again = await visitorSocket(token)
    await again.next('welcome')
    again.send({ type: 'resume', conversationId, afterSeq: 0 })
    expect((await again.next('synced')).lastSeq).toBe(2)
    again.send({ type: 'history', conversationId, beforeSeq: 3 })
    await again.next('history')
    expect(carries(again.frames, words)).toBe(false)

    // Another store's inbox heard nothing either.
    expect(carries(outsider.frames, words)).toBe(false)
  })

  it('is listed for the store’s members, oldest first, and missing for another store', async () => {
    const { conversationId } = await shopper('which size fits me')
    await call('POST', `/api/conversations/${conversationId}/notes`, { text: 'first thought' })
    await call('POST', `/api/conversations/${conversationId}/notes`, { text: 'second thought' })
    const listed = await call('GET', `/api/conversations/${conversationId}/notes`)
    expect(listed.status).toBe(200)
    expect(listed.body.notes.map((n: Note) => n.text)).toEqual(['first thought', 'second thought'])
    expect((await call('GET', `/api/conversations/${conversationId}/notes`, undefined, stranger)).status).toBe(404)
    expect((await call('POST', `/api/conversations/${conversationId}/notes`, { text: 'sneaky' }, stranger)).status).toBe(404)
    expect((await call('GET', `/api/conversations/not-a-uuid/notes`)).status).toBe(404)
  })

  it('refuses an empty or oversized note with a typed error, and keeps nothing', async () => {
    const { conversationId } = await shopper('blank notes test')
    expect(await call('POST', `/api/conversations/${conversationId}/notes`, { text: '   ' })).toMatchObject({
      status: 400,
      body: { error: { code: 'bad_request' } },
    })
    expect((await call('POST', `/api/conversations/${conversationId}/notes`, { text: 'x'.repeat(4001) })).status).toBe(400)
    expect((await call('GET', `/api/conversations/${conversationId}/notes`)).body.notes).toEqual([])
  })

  it('is not in the shopper’s data export, and goes with their erasure', async () => {
    const words = 'customer sounded annoyed on the phone'
    const { visitorId, conversationId } = await shopper('export and erase me')
    await call('POST', `/api/conversations/${conversationId}/notes`, { text: words })
    const [site] = await db.query<{ site_id: string }>('SELECT site_id FROM visitors WHERE id = $1', [visitorId])
    const exported = await exportVisitor(db, site!.site_id, visitorId)
    expect(JSON.stringify(exported)).not.toContain(words)
    expect(await eraseVisitor(db, site!.site_id, visitorId)).toBe(true)
    expect(await db.query('SELECT 1 FROM notes WHERE conversation_id = $1', [conversationId])).toEqual([])
  })
})

describe('tags', () => {
  it('are made on the fly, kept in order, one per name whatever its case, and shown on the list live', async () => {
    const { conversationId } = await shopper('tag me please')
    const teammate = track(await TestClient.agent(server.url, cookie))
    const set = await call('PUT', `/api/conversations/${conversationId}/tags`, { tags: ['Refund', 'VIP', 'refund'] })
    expect(set).toEqual({ status: 200, body: { tags: ['Refund', 'VIP'] } })
    const live = await teammate.next('conversation', (f) => f.conversation.id === conversationId && f.conversation.tags !== undefined)
    expect(live.conversation.tags).toEqual(['Refund', 'VIP'])

    const other = await shopper('tag me too')
    expect((await call('PUT', `/api/conversations/${other.conversationId}/tags`, { tags: ['vip'] })).body.tags).toEqual(['VIP'])
    expect((await call('GET', '/api/tags')).body.tags).toEqual(expect.arrayContaining(['Refund', 'VIP']))

    // Removing one leaves the store's list as it was (for suggestions) and the row without it.
    expect((await call('PUT', `/api/conversations/${conversationId}/tags`, { tags: ['VIP'] })).body.tags).toEqual(['VIP'])
    const fresh = track(await TestClient.agent(server.url, cookie))
    const welcome = fresh.frames.find((f) => f.type === 'welcome') as Extract<ServerFrame, { role: 'agent' }>
    expect(welcome.conversations.find((c) => c.id === conversationId)?.tags).toEqual(['VIP'])
    expect(welcome.conversations.find((c) => c.id === other.conversationId)?.tags).toEqual(['VIP'])
  })

  it('are the store’s own: another store neither sees nor sets them', async () => {
    const { conversationId } = await shopper('private tags test')
    await call('PUT', `/api/conversations/${conversationId}/tags`, { tags: ['Wholesale'] })
    expect((await call('GET', '/api/tags', undefined, stranger)).body.tags).not.toContain('Wholesale')
    expect((await call('PUT', `/api/conversations/${conversationId}/tags`, { tags: ['mine'] }, stranger)).status).toBe(404)
  })

  it('refuses a blank, a too-long or a multi-line tag, and more than ten', async () => {
    const { conversationId } = await shopper('bad tags test')
    for (const tags of [[' '], ['x'.repeat(41)], ['two\nlines'], Array.from({ length: 11 }, (_, i) => `t${i}`)]) {
      expect((await call('PUT', `/api/conversations/${conversationId}/tags`, { tags })).status).toBe(400)
    }
  })
})
