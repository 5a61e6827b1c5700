import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { handoffStands, type Handoff, type ServerFrame } from '@attune/protocol'
import { createPeople } from '../accounts/people.ts'
import type { Database } from '../db/database.ts'
import { TestClient } from '../gateway/test-client.ts'
import { createAttuneServer, type AttuneServer } from '../server.ts'
import { databaseEngines } from '../test-db.ts'
import { MIGRATIONS } from '../db/migrations.ts'
import { handoffTeam, type Team } from './test-team.ts'
import { answerHandoff } from './answered-handoffs.ts'

/**
 * A hand-off to the managers (issue 16) is answered once a manager acts on the conversation, or it
 * ends: the list's marker and the notices kept for the managers go, and the agent may hand it off
 * again later. A manager who is one no more keeps no notices.
 */
const SHOP = 'http://127.0.0.1:3000'

describe.each(databaseEngines())('answered hand-offs, on $name', ({ open }) => {
  let db: Database
  let stop: () => Promise<void>
  let server: AttuneServer
  const sockets: TestClient[] = []

  beforeAll(async () => {
    ;({ db, stop } = await open())
    server = await createAttuneServer({ port: 0, host: '127.0.0.1', database: db })
  }, 120_000)
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.close()))
    await server?.close()
    await db?.close()
    await stop?.()
  }, 60_000)

  const team = () => handoffTeam(db, 'Answer shop', SHOP)

  async function inbox(cookie: string): Promise<TestClient> {
    const client = await TestClient.agent(server.url, cookie)
    sockets.push(client)
    return client
  }

  /** Everything the server set off for this inbox so far has been sent: its pong is in. */
  async function settled(client: TestClient): Promise<void> {
    client.send({ type: 'ping' })
    await client.next('pong')
  }

  const post = (cookie: string, path: string, body?: unknown) =>
    fetch(server.url + path, {
      method: 'POST',
      headers: { cookie, origin: server.url, 'content-type': 'application/json' },
      body: JSON.stringify(body ?? {}),
    })

  async function handOff(t: Team, conversationId: string): Promise<Handoff> {
    const response = await post(t.cookie.dao, `/api/conversations/${conversationId}/handoff`)
    expect(response.status).toBe(200)
    return ((await response.json()) as { handoff: Handoff }).handoff
  }

  /** A shopper's new chat, which Dao hands to the managers. */
  async function handedOff(t: Team): Promise<string> {
    const shopper = await TestClient.visitor(server.url, t.store.key, SHOP)
    sockets.push(shopper)
    shopper.send({ type: 'send', clientId: 'first', text: 'my order never came' })
    const { conversationId } = await shopper.next('ack')
    await handOff(t, conversationId)
    return conversationId
  }

  /** Writes in the conversation from this inbox; answers the seq it was stored at. */
  async function write(client: TestClient, conversationId: string, text: string): Promise<number> {
    const clientId = randomUUID()
    client.send({ type: 'send', conversationId, clientId, text })
    return (await client.next('ack', (f) => f.clientId === clientId)).seq
  }

  /** The summary this inbox's list is sent once the event at `seq` was handled (care first, then the rules: gateway/actions.ts). */
  const listedAfter = async (client: TestClient, conversationId: string, seq: number) =>
    (await client.next('conversation', (f) => f.conversation.id === conversationId && f.conversation.lastSeq >= seq)).conversation

  /** The conversation's hand-off as stored: answered ones are kept, marked, for the timeline's note. */
  const stored = async (conversationId: string) =>
    (await db.query<{ handoff: Handoff | null }>('SELECT handoff FROM conversations WHERE id = $1', [conversationId]))[0]?.handoff ?? null
  /** The hand-off that waits for a manager, or null. */
  const standing = async (conversationId: string) => {
    const handoff = await stored(conversationId)
    return handoffStands(handoff) ? handoff : null
  }
  const kept = async (conversationId: string) =>
    (await db.query<{ person_id: string }>('SELECT person_id FROM handoff_notices WHERE conversation_id = $1', [conversationId])).map(
      (r) => r.person_id,
    )
  const handedOffEvents = async (conversationId: string) =>
    (await db.query(`SELECT seq FROM events WHERE conversation_id = $1 AND kind = 'conversation.handed_off'`, [conversationId])).length

  it('a manager writing in it answers the hand-off: the list loses its marker, the kept notices go, the log keeps the event', async () => {
    const t = await team()
    const conversationId = await handedOff(t)
    expect((await kept(conversationId)).sort()).toEqual([t.id.mai, t.id.ben, t.id.ann].sort())
    const kim = await inbox(t.cookie.kim)

    // The agent's own message answers nothing.
    const own = await write(await inbox(t.cookie.dao), conversationId, 'A manager will be with you shortly.')
    expect(handoffStands((await listedAfter(kim, conversationId, own)).handoff)).toBe(true)

    const made = (await standing(conversationId))!
    const seq = await write(await inbox(t.cookie.ben), conversationId, 'I am the manager, I will sort it out.')
    // The list's marker goes; the conversation's note of who handed it, and when, stays.
    expect((await listedAfter(kim, conversationId, seq)).handoff).toEqual({ ...made, answered: true })
    expect(await standing(conversationId)).toBeNull()
    expect(await kept(conversationId)).toEqual([])
    expect(await handedOffEvents(conversationId)).toBe(1)
  }, 60_000)

  it('a manager taking it, or assigning it to anyone, answers it; an agent taking or passing it on does not', async () => {
    const t = await team()
    const [assigned, taken] = [await handedOff(t), await handedOff(t)]

    expect((await post(t.cookie.kim, `/api/conversations/${assigned}/take`)).status).toBe(200)
    expect((await post(t.cookie.kim, `/api/conversations/${assigned}/transfer`, { personId: t.id.dao, note: 'yours' })).status).toBe(200)
    expect(await standing(assigned)).not.toBeNull()
    const kim = await inbox(t.cookie.kim)
    expect((await post(t.cookie.mai, `/api/conversations/${assigned}/assign`, { personId: t.id.kim })).status).toBe(200)
    const { conversation } = await kim.next('conversation', (f) => f.conversation.id === assigned && f.conversation.assignee?.id === t.id.kim)
    expect(conversation.handoff?.answered).toBe(true)
    expect(await standing(assigned)).toBeNull()
    expect(await kept(assigned)).toEqual([])

    expect((await post(t.cookie.ann, `/api/conversations/${taken}/take`)).status).toBe(200)
    expect(await standing(taken)).toBeNull()
    expect(await kept(taken)).toEqual([])
  }, 60_000)

  it('resolving the conversation answers its hand-off', async () => {
    const t = await team()
    const conversationId = await handedOff(t)
    const dao = await inbox(t.cookie.dao)
    dao.send({ type: 'resolve', conversationId, clientId: 'resolve' })
    const { seq } = await dao.next('ack', (f) => f.clientId === 'resolve')
    expect((await listedAfter(dao, conversationId, seq)).handoff?.answered).toBe(true)
    expect(await standing(conversationId)).toBeNull()
    expect(await kept(conversationId)).toEqual([])
  }, 60_000)

  it('once answered it can be handed off again, and the managers are told again; presses while it stands make one', async () => {
    const t = await team()
    const conversationId = await handedOff(t)
    const first = await standing(conversationId)
    const ben = await inbox(t.cookie.ben)
    expect((await listedAfter(ben, conversationId, await write(ben, conversationId, 'Sorted, I think.'))).handoff?.answered).toBe(true)
    const mai = await inbox(t.cookie.mai)
    await settled(mai)

    // Two presses at once, then another: one new hand-off, told once.
    const [again, atOnce] = await Promise.all([handOff(t, conversationId), handOff(t, conversationId)])
    expect(atOnce).toEqual(again)
    expect(await handOff(t, conversationId)).toEqual(again)
    expect(again.seq).toBeGreaterThan(first!.seq)
    expect(await handedOffEvents(conversationId)).toBe(2)
    expect(await standing(conversationId)).toEqual(again)
    // Kept for Ann, whose inbox is closed (Mai's and Ben's heard it).
    expect(await kept(conversationId)).toContain(t.id.ann)
    await settled(mai)
    const told = mai.frames.filter((f: ServerFrame) => f.type === 'notice' && f.notice.kind === 'handoff')
    expect(told).toEqual([{ type: 'notice', notice: { kind: 'handoff', conversationId, by: 'Dao' } }])
  }, 60_000)

  it('a manager made an agent loses the hand-off notices kept for them; one made an admin keeps them', async () => {
    const t = await team()
    const conversationId = await handedOff(t)
    const people = createPeople(db)
    await people.setRole(t.store.id, t.id.mai, 'agent')
    await people.setRole(t.store.id, t.id.ben, 'admin')
    expect((await kept(conversationId)).sort()).toEqual([t.id.ben, t.id.ann].sort())
  }, 60_000)

  it('a message stored before the hand-off, or by someone who does not take hand-offs, answers nothing; twice answers once', async () => {
    const t = await team()
    const conversationId = await handedOff(t)
    const handoff = (await standing(conversationId))!
    const asBen = { conversationId, by: t.id.ben }
    expect(await answerHandoff(db, undefined, { ...asBen, afterSeq: handoff.seq - 1 })).toBe(false)
    expect(await answerHandoff(db, undefined, { conversationId, by: t.id.kim, afterSeq: handoff.seq + 1 })).toBe(false)
    expect(await answerHandoff(db, undefined, { conversationId, by: 'not-a-person', afterSeq: handoff.seq + 1 })).toBe(false)
    expect(await standing(conversationId)).toEqual(handoff)
    expect(await answerHandoff(db, undefined, { ...asBen, afterSeq: handoff.seq + 1 })).toBe(true)
    expect(await answerHandoff(db, undefined, { ...asBen, afterSeq: handoff.seq + 1 })).toBe(false)
    expect(await standing(conversationId)).toBeNull()
  }, 60_000)
  it('the hand-offs a manager dealt with before hand-offs were answered are answered by migration 35; one still waiting stays', async () => {
    const t = await team()
    const [written, held, waiting] = [await handedOff(t), await handedOff(t), await handedOff(t)]
    await write(await inbox(t.cookie.ben), written, 'I am the manager, I will sort it out.')
    expect((await post(t.cookie.mai, `/api/conversations/${held}/take`)).status).toBe(200)
    await write(await inbox(t.cookie.dao), waiting, 'A manager will be with you shortly.')
    // As a server before this release left them: the marker standing, the notices kept.
    await db.query(`UPDATE conversations SET handoff = handoff - 'answered' WHERE id = ANY ($1::uuid[])`, [[written, held]])
    await db.query(`INSERT INTO handoff_notices (person_id, site_id, conversation_id) SELECT $1, $2, unnest($3::uuid[]) ON CONFLICT DO NOTHING`, [
      t.id.ann,
      t.store.id,
      [written, held],
    ])
    expect(await standing(written)).not.toBeNull()

    await db.exec(MIGRATIONS.find((m) => m.id === 35)!.sql)
    expect(await standing(written)).toBeNull()
    expect(await standing(held)).toBeNull()
    expect([await kept(written), await kept(held)]).toEqual([[], []])
    expect(await standing(waiting)).not.toBeNull()
    expect(await kept(waiting)).not.toEqual([])
  }, 60_000)
})
