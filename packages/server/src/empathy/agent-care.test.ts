import type { Notice, ServerFrame } from '@attune/protocol'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createPeople } from '../accounts/people.ts'
import { createStores, type StoreRecord } from '../accounts/stores.ts'
import { createSessions, SESSION_COOKIE } from '../auth/sessions.ts'
import type { Database } from '../db/database.ts'
import { openPglite } from '../db/pglite.ts'
import { TestClient } from '../gateway/test-client.ts'
import { createAttuneServer, type AttuneServer } from '../server.ts'
import { OFFER_GAP_MS } from './agent-care.ts'
import { ANSWERABLE_MS } from './care-answers.ts'

const PAGE = 'http://127.0.0.1:3000'
let db: Database
let server: AttuneServer
let clock = Date.parse('2026-12-01T09:00:00Z')
const sockets: TestClient[] = []
let stores = 0

beforeAll(async () => {
  db = await openPglite()
  // Until the detector names abuse, a message is abusive here when it says "ABUSE" (issue 16).
  server = await createAttuneServer({ port: 0, host: '127.0.0.1', database: db, now: () => clock, abusive: (text) => text.includes('ABUSE') })
}, 120_000)

afterAll(async () => {
  await Promise.all(sockets.map((s) => s.close()))
  await server?.close()
  await db?.close()
})

type Team = { store: StoreRecord; cookie: Record<'owner' | 'admin' | 'manager' | 'agent' | 'agent2', string> }

/** A fresh store with one person of each role (and a second agent), each with a session. */
async function team(): Promise<Team> {
  const n = ++stores
  const store = await createStores(db).create({ name: `Care ${n}`, origins: ['http://127.0.0.1:*'] })
  // These tests are about care, not assignment (issue 14): nothing is handed out, so each
  // conversation stays unassigned and the agent of each test may answer it.
  await db.query(`UPDATE sites SET assignment_mode = 'manual' WHERE id = $1`, [store.id])
  const people = createPeople(db)
  const sessions = createSessions(db)
  const cookie = {} as Team['cookie']
  for (const role of ['owner', 'admin', 'manager', 'agent', 'agent2'] as const) {
    const person = await people.create({ email: `${role}-${n}@care.test`, name: `${role} ${n}`, password: 'correct horse battery' })
    await people.join(store.id, person.id, role === 'agent2' ? 'agent' : role)
    cookie[role] = `${SESSION_COOKIE}=${await sessions.create(person.id, store.id)}`
  }
  return { store, cookie }
}

async function inbox(cookie: string) {
  const client = await TestClient.agent(server.url, cookie)
  sockets.push(client)
  return client
}

/** Frames are served in order: after a pong, whatever the earlier frames caused has been sent. */
async function settle(...clients: TestClient[]) {
  for (const client of clients) {
    client.send({ type: 'ping' })
    await client.next('pong')
  }
}

const notices = (client: TestClient, kind: Notice['kind']) =>
  client.frames.filter((f): f is Extract<ServerFrame, { type: 'notice' }> => f.type === 'notice' && f.notice.kind === kind)

/**
 * A shopper's chat the agent answers and resolves; the shopper then answers the after-chat card
 * with `endMood` (or not at all).
 */
async function chat(t: Team, agent: TestClient, opts: { texts?: string[]; endMood?: number } = {}) {
  const shopper = await TestClient.visitor(server.url, t.store.key, PAGE)
  sockets.push(shopper)
  let conversationId = ''
  for (const [i, text] of (opts.texts ?? ['hello']).entries()) {
    shopper.send({ type: 'send', clientId: `m${i}`, text })
    conversationId = (await shopper.next('ack')).conversationId
  }
  agent.send({ type: 'send', conversationId, clientId: 'reply', text: 'Let me look.' })
  await agent.next('ack', (f) => f.clientId === 'reply')
  agent.send({ type: 'resolve', conversationId, clientId: 'resolve' })
  await agent.next('ack', (f) => f.clientId === 'resolve')
  if (opts.endMood !== undefined) {
    await shopper.next('event', (f) => f.event.kind === 'checkin.asked' && f.event.phase === 'after')
    shopper.send({ type: 'answer', conversationId, clientId: 'after', answer: { phase: 'after', mood: opts.endMood } })
    await shopper.next('ack', (f) => f.clientId === 'after')
  }
  await settle(shopper, agent)
  return { conversationId, shopper }
}

describe('the check-in offered to an agent after a hard conversation', () => {
  it('the agent who handled a conversation that ended very upset is offered it, alone', async () => {
    const t = await team()
    const [agent, other, manager] = [await inbox(t.cookie.agent), await inbox(t.cookie.agent2), await inbox(t.cookie.manager)]
    const { conversationId } = await chat(t, agent, { endMood: 1 })
    await settle(other, manager)
    expect(notices(agent, 'care.offer')).toEqual([{ type: 'notice', notice: { kind: 'care.offer', offerId: expect.any(String), conversationId } }])
    expect(notices(other, 'care.offer')).toEqual([])
    expect(notices(manager, 'care.offer')).toEqual([])
  })

  it('a conversation that ended okay, with no frustration and no abuse, brings no offer', async () => {
    const t = await team()
    const agent = await inbox(t.cookie.agent)
    await chat(t, agent, { endMood: 3 })
    expect(notices(agent, 'care.offer')).toEqual([])
  })

  it('an abusive message is flagged in the inbox list, and the conversation brings an offer when it ends', async () => {
    const t = await team()
    const agent = await inbox(t.cookie.agent)
    const { conversationId } = await chat(t, agent, { texts: ['where is my parcel', 'ABUSE ABUSE'] })
    const flagged = agent.frames.filter((f) => f.type === 'conversation' && f.conversation.id === conversationId && f.conversation.abusive)
    expect(flagged.at(-1)).toMatchObject({ conversation: { abusive: [2] } })
    expect(notices(agent, 'care.offer')).toHaveLength(1)
  })

  it('a conversation that reached the frustrated level brings an offer', async () => {
    const t = await team()
    const agent = await inbox(t.cookie.agent)
    await chat(t, agent, {
      texts: ['THIS IS TERRIBLE!!! WORST SERVICE EVER!!!', 'I WANT A REFUND NOW!!! this is unacceptable', 'hello??? anyone???'],
    })
    expect(notices(agent, 'care.offer')).toHaveLength(1)
  })

  it('judges a conversation longer than 2,000 events by its newest: frustration near its end brings an offer', async () => {
    const t = await team()
    const agent = await inbox(t.cookie.agent)
    const shopper = await TestClient.visitor(server.url, t.store.key, PAGE)
    sockets.push(shopper)
    shopper.send({ type: 'send', clientId: 'first', text: 'hello' })
    const { conversationId } = await shopper.next('ack')
    await settle(shopper)
    // 2,100 calm messages written at once, then the rise to frustrated (the old code read only the first 2,000).
    await db.query(
      `INSERT INTO events (conversation_id, seq, kind, author_role, author_id, client_id, body)
       SELECT $1, n, 'message', CASE WHEN n % 2 = 0 THEN 'agent' ELSE 'visitor' END, 'someone', 'old-' || n, '{"text":"and another thing"}'
       FROM generate_series(2, 2101) AS n`,
      [conversationId],
    )
    await db.query(
      `INSERT INTO events (conversation_id, seq, kind, author_role, author_id, body)
       VALUES ($1, 2102, 'signal.raised', 'system', 'attune', '{"level":"frustrated","score":0.9,"cues":[]}')`,
      [conversationId],
    )
    await db.query('UPDATE conversations SET last_seq = 2102 WHERE id = $1', [conversationId])
    agent.send({ type: 'send', conversationId, clientId: 'reply', text: 'Let me look.' })
    await agent.next('ack', (f) => f.clientId === 'reply')
    agent.send({ type: 'resolve', conversationId, clientId: 'resolve' })
    await agent.next('ack', (f) => f.clientId === 'resolve')
    await settle(shopper, agent)
    expect(notices(agent, 'care.offer')).toEqual([{ type: 'notice', notice: { kind: 'care.offer', offerId: expect.any(String), conversationId } }])
  })

  it('comes at most once an hour to one person, however many hard conversations end', async () => {
    const t = await team()
    const agent = await inbox(t.cookie.agent)
    await chat(t, agent, { endMood: 1 })
    clock += OFFER_GAP_MS - 60_000
    await chat(t, agent, { endMood: 1 })
    expect(notices(agent, 'care.offer')).toHaveLength(1)
    clock += 60_000
    await chat(t, agent, { endMood: 1 })
    expect(notices(agent, 'care.offer')).toHaveLength(2)
  })

  it('is never offered when the store turned it off', async () => {
    const t = await team()
    const off = await fetch(`${server.url}/api/care/settings`, {
      method: 'PUT',
      headers: { cookie: t.cookie.admin, 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({ enabled: false }),
    })
    expect(await off.json()).toEqual({ enabled: false })
    const agent = await inbox(t.cookie.agent)
    await chat(t, agent, { endMood: 1, texts: ['ABUSE'] })
    expect(notices(agent, 'care.offer')).toEqual([])
  })
})

describe('an offer made while none of the agent’s inboxes is open', () => {
  /**
   * The agent answers and resolves, then closes her inbox; the shopper's after card comes later,
   * very upset, and that ends the hard conversation: the offer is made with nobody to hear it.
   */
  async function offeredWhileAway(t: Team): Promise<string> {
    const agent = await inbox(t.cookie.agent)
    const shopper = await TestClient.visitor(server.url, t.store.key, PAGE)
    sockets.push(shopper)
    shopper.send({ type: 'send', clientId: 'm', text: 'where is my parcel' })
    const { conversationId } = await shopper.next('ack')
    agent.send({ type: 'send', conversationId, clientId: 'reply', text: 'Let me look.' })
    await agent.next('ack', (f) => f.clientId === 'reply')
    agent.send({ type: 'resolve', conversationId, clientId: 'resolve' })
    await agent.next('ack', (f) => f.clientId === 'resolve')
    await shopper.next('event', (f) => f.event.kind === 'checkin.asked' && f.event.phase === 'after')
    await agent.close()
    shopper.send({ type: 'answer', conversationId, clientId: 'after', answer: { phase: 'after', mood: 1 } })
    await shopper.next('ack', (f) => f.clientId === 'after')
    await vi.waitFor(async () => expect(await db.query('SELECT 1 FROM care_offers WHERE conversation_id = $1', [conversationId])).toHaveLength(1), {
      timeout: 20_000,
    })
    expect(notices(agent, 'care.offer')).toEqual([])
    return conversationId
  }

  it('is offered at her next inbox, once', async () => {
    const t = await team()
    const conversationId = await offeredWhileAway(t)
    const next = await inbox(t.cookie.agent)
    await settle(next)
    expect(notices(next, 'care.offer')).toEqual([{ type: 'notice', notice: { kind: 'care.offer', offerId: expect.any(String), conversationId } }])
    const after = await inbox(t.cookie.agent)
    await settle(after)
    expect(notices(after, 'care.offer')).toEqual([])
  })

  it('is not offered again once an inbox showed it, nor once it can no longer be answered', async () => {
    const t = await team()
    const agent = await inbox(t.cookie.agent)
    await chat(t, agent, { endMood: 1 })
    expect(notices(agent, 'care.offer')).toHaveLength(1)
    const next = await inbox(t.cookie.agent)
    await settle(next)
    expect(notices(next, 'care.offer')).toEqual([])

    clock += OFFER_GAP_MS
    await offeredWhileAway(t)
    clock += ANSWERABLE_MS
    const dayLater = await inbox(t.cookie.agent)
    await settle(dayLater)
    expect(notices(dayLater, 'care.offer')).toEqual([])
  })
})

describe('hand to a manager', () => {
  const handOff = (cookie: string, conversationId: string) =>
    fetch(`${server.url}/api/conversations/${conversationId}/handoff`, { method: 'POST', headers: { cookie, origin: server.url } })

  it('records an event in the conversation, marks it in the list and alerts the managers, admins and owner only', async () => {
    const t = await team()
    const [agent, agent2, manager, admin, owner] = [
      await inbox(t.cookie.agent),
      await inbox(t.cookie.agent2),
      await inbox(t.cookie.manager),
      await inbox(t.cookie.admin),
      await inbox(t.cookie.owner),
    ]
    const shopper = await TestClient.visitor(server.url, t.store.key, PAGE)
    sockets.push(shopper)
    shopper.send({ type: 'send', clientId: 'm1', text: 'ABUSE' })
    const { conversationId } = await shopper.next('ack')

    const response = await handOff(t.cookie.agent, conversationId)
    expect(response.status).toBe(200)
    const { handoff } = (await response.json()) as { handoff: { seq: number; by: string } }
    expect(handoff).toMatchObject({ seq: 2, by: `agent ${t.store.name.split(' ')[1]}` })

    const event = await shopper.next('event', (f) => f.event.kind === 'conversation.handed_off')
    expect(event.event).toMatchObject({ seq: 2, author: { role: 'agent', name: handoff.by } })
    await settle(agent, agent2, manager, admin, owner)
    for (const boss of [manager, admin, owner]) {
      expect(notices(boss, 'handoff')).toEqual([{ type: 'notice', notice: { kind: 'handoff', conversationId, by: handoff.by } }])
    }
    expect(notices(agent, 'handoff')).toEqual([])
    expect(notices(agent2, 'handoff')).toEqual([])
    expect(agent2.frames.filter((f) => f.type === 'conversation' && f.conversation.handoff).at(-1)).toMatchObject({
      conversation: { id: conversationId, handoff: { seq: 2, by: handoff.by } },
    })

    // Once: a second press answers with the first hand-off, and alerts nobody again.
    expect(await (await handOff(t.cookie.agent2, conversationId)).json()).toEqual({ handoff: { ...handoff, at: expect.any(String) } })
    await settle(manager)
    expect(notices(manager, 'handoff')).toHaveLength(1)
  })

  it('another store’s conversation looks missing, and a resolved one cannot be handed over', async () => {
    const [t, other] = [await team(), await team()]
    const agent = await inbox(t.cookie.agent)
    const { conversationId } = await chat(t, agent)
    expect((await handOff(other.cookie.owner, conversationId)).status).toBe(404)
    expect((await handOff(t.cookie.agent, 'not-a-conversation')).status).toBe(404)
    const resolved = await handOff(t.cookie.agent, conversationId)
    expect(resolved.status).toBe(409)
  })
})
