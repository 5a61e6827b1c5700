import { PROTOCOL_VERSION } from '@attune/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from './db/database.ts'
import { openPglite } from './db/pglite.ts'
import { identityHash } from './gateway/identify.ts'
import { TestClient } from './gateway/test-client.ts'
import { createAttuneServer, type AttuneServer } from './server.ts'

const SHOP = 'http://localhost:5173'
const SECRET = 'identity-secret-for-tests'
let db: Database
let server: AttuneServer
const sockets: TestClient[] = []

beforeAll(async () => {
  db = await openPglite()
  server = await createAttuneServer({ demo: true, port: 0, host: '127.0.0.1', database: db })
  await db.query(`UPDATE sites SET identity_secret = $1 WHERE key = 'demo'`, [SECRET])
}, 120_000)
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.close()))
  await server?.close()
  await db?.close()
})

/** A shopper's socket on the demo store, greeted. */
async function shopper() {
  const client = await TestClient.open(`${server.url.replace('http', 'ws')}/v1/visitor?siteKey=demo`, { Origin: SHOP })
  sockets.push(client)
  client.send({ type: 'hello', v: PROTOCOL_VERSION })
  const welcome = await client.next('welcome')
  if (welcome.role !== 'visitor') throw new Error('not a visitor welcome')
  return { client, welcome }
}

/** Sends a message; the conversation it went to. */
async function say(client: TestClient, clientId: string, text: string): Promise<string> {
  client.send({ type: 'send', clientId, text })
  return (await client.next('ack', (f) => f.clientId === clientId)).conversationId
}

const loggedEvents = (conversationId: string) =>
  db.query<{ kind: string; author_role: string; phase: string | null }>(
    `SELECT kind, author_role, body->>'phase' AS phase FROM events WHERE conversation_id = $1 ORDER BY seq`,
    [conversationId],
  )

describe('a sign-in that merges two open chats', () => {
  it('closes the account’s older chat without asking how it went; the chat that goes on still asks when it ends', async () => {
    const signIn = { type: 'identify', id: 'user-88', userHash: identityHash(SECRET, 'user-88') } as const
    // The account's chat, open on the phone.
    const phone = await shopper()
    phone.client.send(signIn)
    await phone.client.next('welcome')
    const older = await say(phone.client, 'p1', 'Is my order on its way?')
    // An agent had handed it to the managers (as agent-care.ts's handOff stores it).
    const handoff = { seq: 1, at: new Date().toISOString(), by: 'Dao' }
    await db.query('UPDATE conversations SET handoff = $2 WHERE id = $1', [older, JSON.stringify(handoff)])
    // An anonymous chat on the laptop, then a sign-in there: the phone's chat is closed to make room.
    const laptop = await shopper()
    const goesOn = await say(laptop.client, 'l1', 'Hello from my laptop')
    laptop.client.send(signIn)
    // The welcome comes once the check-in rules ran on the close.
    await laptop.client.next('welcome', (f) => f.role === 'visitor' && f.visitorId === phone.welcome.visitorId)

    expect(await loggedEvents(older)).toContainEqual({ kind: 'conversation.resolved', author_role: 'system', phase: null })
    expect((await loggedEvents(older)).filter((e) => e.kind === 'checkin.asked' && e.phase === 'after')).toEqual([])
    // Ended, its hand-off is answered as a resolve's is: no marker on the Resolved list.
    expect((await db.query('SELECT handoff FROM conversations WHERE id = $1', [older]))[0]).toEqual({ handoff: { ...handoff, answered: true } })

    // The same store's rules ask when the shopper ends a chat.
    laptop.client.send({ type: 'end', clientId: 'e1', conversationId: goesOn })
    await laptop.client.next('event', (f) => f.conversationId === goesOn && f.event.kind === 'checkin.asked' && f.event.phase === 'after')
  })
})
