import type { ServerFrame } from '@attune/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPeople } from '../accounts/people.ts'
import { createSessions, SESSION_COOKIE } from '../auth/sessions.ts'
import type { Database } from '../db/database.ts'
import { openPglite } from '../db/pglite.ts'
import { demoAgentCookie, TestClient } from '../gateway/test-client.ts'
import { createAttuneServer, type AttuneServer } from '../server.ts'

// A manager's "Delete shopper's data" reaches every open inbox, not only the tab that pressed it.
const SHOP = 'http://localhost:5173'
const PASSWORD = 'erasure test passphrase'
let db: Database
let server: AttuneServer
const sockets: TestClient[] = []
const cookies: Record<'owner' | 'mia' | 'ann' | 'ben', string> = { owner: '', mia: '', ann: '', ben: '' }

beforeAll(async () => {
  db = await openPglite()
  server = await createAttuneServer({ database: db, demo: true, port: 0, host: '127.0.0.1' })
  cookies.owner = await demoAgentCookie(server.url)
  const [site] = await db.query<{ id: string }>(`SELECT id FROM sites WHERE key = 'demo'`)
  const people = createPeople(db)
  for (const [name, role] of [
    ['mia', 'manager'],
    ['ann', 'agent'],
    ['ben', 'agent'],
  ] as const) {
    const person = await people.create({ email: `${name}@demo.store`, name, password: PASSWORD })
    await people.join(site!.id, person.id, role)
    cookies[name] = `${SESSION_COOKIE}=${await createSessions(db).create(person.id, site!.id)}`
  }
  // Who answers is chosen by hand here: the conversation goes to Ann, and Ben may not see it.
  expect((await call(cookies.owner, 'PUT', '/api/store/assignment', { mode: 'manual', limit: 5 })).status).toBe(200)
}, 120_000)

afterAll(async () => {
  await Promise.all(sockets.map((s) => s.close()))
  await server?.close()
  await db?.close()
})

const call = (cookie: string, method: string, path: string, body?: unknown) =>
  fetch(server.url + path, {
    method,
    headers: { cookie, origin: server.url, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })

async function track<T extends TestClient>(client: Promise<T>): Promise<T> {
  sockets.push(await client)
  return client
}

/** Whether an inbox's list holds the conversation after these frames, as core keeps it (only open ones). */
function listed(frames: readonly ServerFrame[], conversationId: string): boolean {
  let open = false
  for (const f of frames) {
    if (f.type === 'welcome' && f.role === 'agent') open = f.conversations.some((c) => c.id === conversationId && c.status === 'open')
    else if (f.type === 'conversation' && f.conversation.id === conversationId) open = f.conversation.status === 'open'
  }
  return open
}

describe("a manager deletes a shopper's data", () => {
  it('every inbox that lists their open conversation drops it, told nothing of the shopper; one that could not see it hears nothing', async () => {
    const owner = await track(TestClient.agent(server.url, cookies.owner))
    const shopper = await track(TestClient.visitor(server.url, 'demo', SHOP))
    const words = 'My address is 12 Soi Sukhumvit 11'
    shopper.send({ type: 'context', page: { url: `${SHOP}/cart`, title: 'Cart of Somchai' } })
    shopper.send({ type: 'send', clientId: 'first', text: words })
    const { conversationId } = await shopper.next('ack')
    const [row] = await db.query<{ visitor_id: string }>('SELECT visitor_id FROM conversations WHERE id = $1', [conversationId])
    const visitorId = row!.visitor_id
    await db.query(`UPDATE visitors SET name = 'Somchai' WHERE id = $1`, [visitorId])
    // The message's update of the list goes out before the take's, so the lists below start with Ann's.
    await owner.next('conversation', (f) => f.conversation.id === conversationId && f.conversation.lastMessage?.text === words)
    expect((await call(cookies.ann, 'POST', `/api/conversations/${conversationId}/take`)).status).toBe(200)
    await owner.next('conversation', (f) => f.conversation.id === conversationId && f.conversation.assignee?.name === 'ann')

    // Ann has it open; the manager has a second tab; Ben, an agent, may not see Ann's conversation.
    const [ann, miaOtherTab, ben] = await Promise.all([cookies.ann, cookies.mia, cookies.ben].map((c) => track(TestClient.agent(server.url, c))))
    const inboxes = [owner, ann!, miaOtherTab!, ben!]
    expect(inboxes.map((inbox) => listed(inbox.frames, conversationId))).toEqual([true, true, true, false])
    ann!.send({ type: 'resume', conversationId, afterSeq: 0 })
    await ann!.next('synced', (f) => f.conversationId === conversationId)
    const benHeard = ben!.frames.length

    expect((await call(cookies.mia, 'DELETE', `/api/visitors/${visitorId}`)).status).toBe(200)

    for (const inbox of [owner, ann!, miaOtherTab!]) {
      const { conversation, erased } = await inbox.next(
        'conversation',
        (f) => f.conversation.id === conversationId && f.conversation.status !== 'open',
      )
      // Marked erased, not only resolved: an inbox with it open closes it (inbox: Inbox.tsx).
      expect(erased).toBe(true)
      expect(conversation).toMatchObject({ visitorId, lastMessage: null, waitingSince: null })
      expect(conversation).not.toHaveProperty('context')
      expect(conversation).not.toHaveProperty('visitorName')
      for (const said of [words, 'Somchai', 'Cart']) expect(JSON.stringify(conversation)).not.toContain(said)
    }
    // Each socket answers a frame sent after the erasure: whatever the erasure sent it came first.
    for (const inbox of inboxes) {
      inbox.send({ type: 'resume', conversationId, afterSeq: 0 })
      expect(await inbox.next('error', (f) => f.ref === 'resume')).toMatchObject({ code: 'not_found' })
    }
    expect(inboxes.map((inbox) => listed(inbox.frames, conversationId))).toEqual([false, false, false, false])
    expect(ben!.frames.slice(benHeard).filter((f) => f.type === 'conversation' && f.conversation.id === conversationId)).toEqual([])
  })
})
