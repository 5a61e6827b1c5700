import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPeople } from '../accounts/people.ts'
import { createStores, type StoreRecord } from '../accounts/stores.ts'
import { createSessions, SESSION_COOKIE } from '../auth/sessions.ts'
import type { Database } from '../db/database.ts'
import { openPglite } from '../db/pglite.ts'
import { TestClient } from '../gateway/test-client.ts'
import { createAttuneServer, type AttuneServer } from '../server.ts'

const SHOP = 'https://shop.example'

let db: Database
let server: AttuneServer
let store: StoreRecord
const cookies: Record<string, string> = {}
const open: TestClient[] = []

beforeAll(async () => {
  db = await openPglite()
  server = await createAttuneServer({ port: 0, host: '127.0.0.1', database: db })
  store = await createStores(db).create({ name: 'Complaints', origins: [SHOP] })
  const people = createPeople(db)
  const sessions = createSessions(db)
  for (const role of ['owner', 'manager', 'agent'] as const) {
    const person = await people.create({ email: `${role}@complaints.test`, name: role, password: 'correct horse battery' })
    await people.join(store.id, person.id, role)
    cookies[role] = `${SESSION_COOKIE}=${await sessions.create(person.id, store.id)}`
  }
}, 120_000)

afterAll(async () => {
  await Promise.all(open.map((c) => c.close()))
  await server?.close()
  await db?.close()
})

async function connect(role: string) {
  const client = await TestClient.agent(server.url, cookies[role]!)
  open.push(client)
  return client
}

async function shopperSays(text: string) {
  const shopper = await TestClient.visitor(server.url, store.key, SHOP)
  open.push(shopper)
  shopper.send({ type: 'send', clientId: `m-${Math.random()}`, text })
  return shopper.next('ack')
}

/** Frames are handled in order: once a ping is answered, whatever came before it has arrived. */
async function settle(client: TestClient) {
  client.send({ type: 'ping' })
  await client.next('pong')
}

describe('public-complaint alerts', () => {
  it('a shopper’s threat of a 1-star review alerts the manager and the owner, not the agent, naming the conversation', async () => {
    const [manager, owner, agent] = await Promise.all([connect('manager'), connect('owner'), connect('agent')])
    const { conversationId, seq } = await shopperSays('Sort this out or I leave a 1-star review')
    const alert = await manager.next('alert')
    expect(alert.alert).toMatchObject({ kind: 'complaint', conversationId, seq, detail: '1-star', visitorName: null })
    expect((await owner.next('alert')).alert.conversationId).toBe(conversationId)
    // The agent heard about the conversation (its card shows the cue) but got no alert.
    await agent.next('conversation', (f) => f.conversation.id === conversationId)
    await settle(agent)
    expect(agent.frames.filter((f) => f.type === 'alert')).toEqual([])
  })

  it('an ordinary message alerts nobody; each threatening message alerts once and is counted in insights', async () => {
    const manager = await connect('manager')
    const shopper = await TestClient.visitor(server.url, store.key, SHOP)
    open.push(shopper)
    shopper.send({ type: 'send', clientId: 'plain', text: 'Where is my parcel?' })
    const { conversationId } = await shopper.next('ack')
    shopper.send({ type: 'send', clientId: 'threat', conversationId, text: 'Answer me or I post a 1-star review' })
    const threat = await shopper.next('ack')
    expect((await manager.next('alert')).alert).toMatchObject({ conversationId, seq: threat.seq })
    // Sent again (a retry after a lost ack): acked with the same seq, never alerted twice.
    shopper.send({ type: 'send', clientId: 'threat', conversationId, text: 'Answer me or I post a 1-star review' })
    await shopper.next('ack')
    await settle(shopper)
    await settle(manager)
    expect(manager.frames.filter((f) => f.type === 'alert')).toHaveLength(1)

    const quiet = await shopperSays('Thanks, all good')
    const response = await fetch(`${server.url}/api/insights`, { headers: { cookie: cookies.manager! } })
    const body = (await response.json()) as { complaints: { conversationIds: string[] } }
    expect(body.complaints.conversationIds).toContain(conversationId)
    expect(body.complaints.conversationIds).not.toContain(quiet.conversationId)
  })

  it('threats in Thai, Filipino and Lao alert the manager too', async () => {
    const manager = await connect('manager')
    // "If it is not sorted out I will complain to the OCPB", "I will report you to the DTI",
    // "I will post it to shame the shop".
    for (const text of ['ถ้าไม่จัดการให้ จะร้องเรียน สคบ', 'Irereklamo ko kayo sa DTI', 'ຖ້າບໍ່ແກ້ໄຂ ຂ້ອຍຈະໂພສປະຈານ']) {
      const { conversationId } = await shopperSays(text)
      expect((await manager.next('alert', (f) => f.alert.conversationId === conversationId)).alert.kind).toBe('complaint')
    }
  })

  it('a store that switched complaint alerts off is not alerted, but the cue is still counted', async () => {
    await db.query(`UPDATE sites SET empathy_settings = '{"complaintAlerts": false}' WHERE id = $1`, [store.id])
    try {
      const manager = await connect('manager')
      const { conversationId } = await shopperSays('One more delay and it is a 1-star review')
      await manager.next('conversation', (f) => f.conversation.id === conversationId)
      await settle(manager)
      expect(manager.frames.filter((f) => f.type === 'alert')).toEqual([])
      const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM complaint_cues WHERE conversation_id = $1', [conversationId])
      expect(row?.n).toBe(1)
    } finally {
      await db.query(`UPDATE sites SET empathy_settings = '{}' WHERE id = $1`, [store.id])
    }
  })
})
