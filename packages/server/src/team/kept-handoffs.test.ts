import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Notice, NoticeFrame, ServerFrame } from '@attune/protocol'
import { createPeople } from '../accounts/people.ts'
import type { Database } from '../db/database.ts'
import { TestClient } from '../gateway/test-client.ts'
import { createAttuneServer, type AttuneServer } from '../server.ts'
import { databaseEngines } from '../test-db.ts'
import { handoffTeam, type Team } from './test-team.ts'
import { HANDED_ON_KEPT_DAYS, inboxNotices } from './kept-notices.ts'

/**
 * A hand-off reaches every manager it was meant for (issue 16): the inboxes open when the agent
 * handed the chat over hear it then, and a manager who had none open is told at their next, once,
 * while it is still news. Two server processes share one database, each with its own bus.
 */
const SHOP = 'http://127.0.0.1:3000'

describe.each(databaseEngines())('hand-off notices kept for the next inbox, on $name', ({ open }) => {
  let db: Database
  let stop: () => Promise<void>
  let a: AttuneServer
  let b: AttuneServer
  const sockets: TestClient[] = []

  beforeAll(async () => {
    ;({ db, stop } = await open())
    a = await createAttuneServer({ port: 0, host: '127.0.0.1', database: db })
    b = await createAttuneServer({ port: 0, host: '127.0.0.1', database: db })
  }, 120_000)
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.close()))
    await Promise.allSettled([a?.close(), b?.close()])
    await db?.close()
    await stop?.()
  }, 60_000)

  const team = () => handoffTeam(db, 'Hand-off shop', SHOP)

  /** An inbox, greeted; what its hello set off (the kept notices) has been sent once its pong is in. */
  async function inbox(server: AttuneServer, cookie: string): Promise<TestClient> {
    const client = await TestClient.agent(server.url, cookie)
    sockets.push(client)
    client.send({ type: 'ping' })
    await client.next('pong')
    return client
  }

  const handoffs = (client: TestClient): Notice[] =>
    client.frames.flatMap((f: ServerFrame) => (f.type === 'notice' && f.notice.kind === 'handoff' ? [f.notice] : []))

  const api = (server: AttuneServer, cookie: string, path: string, body?: unknown) =>
    fetch(server.url + path, {
      method: 'POST',
      headers: { cookie, origin: server.url, 'content-type': 'application/json' },
      body: JSON.stringify(body ?? {}),
    })

  /** A shopper's new chat, which Dao hands to the managers through process `b`: no inbox of theirs is open there. */
  async function handedOff(t: Team): Promise<string> {
    const shopper = await TestClient.visitor(b.url, t.store.key, SHOP)
    sockets.push(shopper)
    shopper.send({ type: 'send', clientId: 'first', text: 'my order never came' })
    const { conversationId } = await shopper.next('ack')
    expect((await api(b, t.cookie.dao, `/api/conversations/${conversationId}/handoff`)).status).toBe(200)
    return conversationId
  }

  it('a manager offline during a hand-off reads it at their next inbox, once; the agents are told nothing', async () => {
    const t = await team()
    const conversationId = await handedOff(t)

    const told = { kind: 'handoff', conversationId, by: 'Dao' }
    const mai = await inbox(a, t.cookie.mai)
    expect(handoffs(mai)).toEqual([told])
    expect(handoffs(await inbox(a, t.cookie.ann))).toEqual([told])
    // Told once: the inbox she opens after that, on either process, is not told again.
    await mai.close()
    expect(handoffs(await inbox(b, t.cookie.mai))).toEqual([])
    expect(handoffs(await inbox(a, t.cookie.mai))).toEqual([])
    // Neither the agent who handed it over nor any other agent.
    expect(handoffs(await inbox(a, t.cookie.dao))).toEqual([])
    expect(handoffs(await inbox(a, t.cookie.kim))).toEqual([])
  }, 60_000)

  it('a hand-off another manager took or answered, or a resolved chat, is forgotten untold', async () => {
    const t = await team()
    const [taken, answered, resolved, standing] = [await handedOff(t), await handedOff(t), await handedOff(t), await handedOff(t)]

    expect((await api(a, t.cookie.ben, `/api/conversations/${taken}/assign`, { personId: t.id.ben })).status).toBe(200)
    const ben = await inbox(a, t.cookie.ben)
    ben.send({ type: 'send', conversationId: answered, clientId: 'answer', text: 'I am the manager, I will sort it out.' })
    await ben.next('ack', (f) => f.clientId === 'answer')
    const dao = await inbox(a, t.cookie.dao)
    dao.send({ type: 'resolve', conversationId: resolved, clientId: 'resolve' })
    await dao.next('ack', (f) => f.clientId === 'resolve')

    expect(handoffs(await inbox(b, t.cookie.mai))).toEqual([{ kind: 'handoff', conversationId: standing, by: 'Dao' }])
  }, 60_000)

  it('a manager whose inbox was open when the chat was handed over is told then, and not again at their next inbox', async () => {
    const t = await team()
    const live = await inbox(a, t.cookie.mai)
    const shopper = await TestClient.visitor(a.url, t.store.key, SHOP)
    sockets.push(shopper)
    shopper.send({ type: 'send', clientId: 'first', text: 'the parcel is broken' })
    const { conversationId } = await shopper.next('ack')
    expect((await api(a, t.cookie.dao, `/api/conversations/${conversationId}/handoff`)).status).toBe(200)
    const { notice } = await live.next('notice', (f) => f.notice.kind === 'handoff')
    expect(notice).toEqual({ kind: 'handoff', conversationId, by: 'Dao' })
    await live.close()

    expect(handoffs(await inbox(b, t.cookie.mai))).toEqual([])
  }, 60_000)

  it('two inboxes of theirs opening at once, on two processes, are told once between them', async () => {
    const t = await team()
    const handed = [await handedOff(t), await handedOff(t)]

    const both = await Promise.all([inbox(a, t.cookie.mai), inbox(b, t.cookie.mai)])
    const told = both.flatMap(handoffs).map((n) => n.conversationId)
    expect(told.sort()).toEqual(handed.sort())
  }, 60_000)

  it(`nothing is told to someone no longer a manager of the store, nor after ${HANDED_ON_KEPT_DAYS} days`, async () => {
    const t = await team()
    const conversationId = await handedOff(t)
    const kept = async (personId: string) =>
      (await db.query('SELECT 1 FROM handoff_notices WHERE site_id = $1 AND person_id = $2', [t.store.id, personId])).length
    expect(await kept(t.id.ben)).toBe(1)

    await createPeople(db).leave(t.store.id, t.id.ben)
    expect(await kept(t.id.ben)).toBe(0)
    await createPeople(db).setRole(t.store.id, t.id.mai, 'agent')
    expect(handoffs(await inbox(a, t.cookie.mai))).toEqual([])

    await db.query(`UPDATE handoff_notices SET kept_at = now() - $2 * interval '1 day' - interval '1 minute' WHERE conversation_id = $1`, [
      conversationId,
      HANDED_ON_KEPT_DAYS,
    ])
    expect(handoffs(await inbox(a, t.cookie.ann))).toEqual([])
    expect(await kept(t.id.ann)).toBe(0)
  }, 60_000)
})

describe('one inbox’s hand-off notices', () => {
  const noOffers = { offerTold: () => Promise.resolve(), claimUntoldOffers: () => Promise.resolve([]) }

  it('a chat handed over while the inbox claims its kept notices is told once, though heard live and claimed', async () => {
    // The hand-offs' claim answers only when the test says: the live notice comes in between.
    let answer: (rows: unknown[]) => void = () => {}
    const query = (sql: string) =>
      /DELETE FROM handoff_notices .* RETURNING/s.test(sql) ? new Promise<unknown[]>((resolve) => (answer = resolve)) : Promise.resolve([])
    const db = { query } as unknown as Database
    const sent: NoticeFrame[] = []
    const notices = inboxNotices({ db, care: noOffers }, randomUUID(), randomUUID(), (frame) => sent.push(frame))
    const notice: Notice = { kind: 'handoff', conversationId: randomUUID(), by: 'Dao' }

    const connecting = notices.atConnect()
    notices.live(notice)
    answer([{ conversation_id: notice.conversationId, by: 'Dao' }])
    await connecting
    expect(sent).toEqual([{ type: 'notice', notice }])
  })
})
