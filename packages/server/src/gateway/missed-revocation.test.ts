import { CloseCode, type Role } from '@attune/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPeople } from '../accounts/people.ts'
import { createStores } from '../accounts/stores.ts'
import { createSessions } from '../auth/sessions.ts'
import type { Database } from '../db/database.ts'
import { findPostgresBin, startLocalPostgres, type LocalPostgres } from '../db/local-postgres.ts'
import { openPglite } from '../db/pglite.ts'
import { openPostgres } from '../db/postgres.ts'
import { findRedisServer, startLocalRedis, type LocalRedis } from '../local-redis.ts'
import { createAttuneServer, type AttuneServer } from '../server.ts'
import { demoAgentCookie, TestClient } from './test-client.ts'

// A revocation is said once, on the bus. An inbox whose process did not hear it (Redis away for a
// moment, or a command run where no server could be told) is closed when the process checks its
// open inboxes against the database again: when the bus reconnects, and every few minutes.
const SHOP = 'http://localhost:5173'
const PASSWORD = 'a long enough password'
const METRICS_TOKEN = 'scrape-token-0123456789'
const open: TestClient[] = []
let serial = 0

async function track<T extends TestClient>(client: Promise<T>): Promise<T> {
  open.push(await client)
  return client
}

/** A new member of the demo store's team, with this role. */
async function teammate(db: Database, role: Exclude<Role, 'owner'>) {
  const people = createPeople(db)
  const email = `teammate-${++serial}@demo.store`
  const person = await people.create({ email, name: `Teammate ${serial}`, password: PASSWORD })
  await people.join((await createStores(db).byKey('demo')).id, person.id, role)
  return { id: person.id, email }
}

/** A session cookie of the person's, signed in on `serverUrl`. */
async function signIn(serverUrl: string, email: string): Promise<string> {
  const res = await fetch(`${serverUrl}/api/agent/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  })
  expect(res.status).toBe(200)
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
}

/** The code the socket is closed with, once it is (undefined while open). */
function closeCode(client: TestClient): () => number | undefined {
  let code: number | undefined
  client.ws.once('close', (closedWith) => (code = closedWith))
  return () => code
}

/** A shopper's new conversation on `serverUrl`: the colleague's inbox there hears of it, Eve's reply after her close goes nowhere. */
async function nextConversation(serverUrl: string, colleague: TestClient, eve: TestClient) {
  const shopper = await track(TestClient.visitor(serverUrl, 'demo', SHOP))
  shopper.send({ type: 'send', clientId: 's1', text: 'Is the red scarf back in stock?' })
  const { conversationId } = await shopper.next('ack')
  await colleague.next('conversation', (f) => f.conversation.id === conversationId)
  eve.send({ type: 'send', clientId: 'eve-1', conversationId, text: 'Yes, and here is a discount code.' })
  shopper.send({ type: 'resume', conversationId, afterSeq: 0 })
  await shopper.next('synced', (f) => f.conversationId === conversationId)
  expect(shopper.frames.filter((f) => f.type === 'event' && f.event.kind === 'message' && f.event.author.role === 'agent')).toEqual([])
  expect(colleague.ws.readyState).toBe(colleague.ws.OPEN)
}

const postgresBin = findPostgresBin()
const redisBin = findRedisServer()

describe.runIf(postgresBin && redisBin)('an inbox on one process whose revocation was said on the other while Redis was away', () => {
  let postgres: LocalPostgres
  let redis: LocalRedis
  let db: Database
  let a: AttuneServer
  let b: AttuneServer
  const serve = () =>
    createAttuneServer({ demo: true, port: 0, host: '127.0.0.1', databaseUrl: postgres.url, redisUrl: redis.url, metricsToken: METRICS_TOKEN })

  beforeAll(async () => {
    ;[postgres, redis] = await Promise.all([startLocalPostgres(postgresBin!), startLocalRedis(redisBin!)])
    a = await serve()
    b = await serve()
    db = await openPostgres(postgres.url)
  }, 120_000)
  afterAll(async () => {
    await Promise.all(open.map((c) => c.close()))
    await Promise.allSettled([a?.close(), b?.close(), db?.close()])
    await Promise.allSettled([redis?.stop(), postgres?.stop()])
  }, 60_000)

  /** How many of its publishes a process counted dropped (Redis away). */
  async function dropped(server: AttuneServer): Promise<number> {
    const text = await (await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text()
    return Number(/^attune_bus_dropped_total (\S+)$/m.exec(text)?.[1])
  }

  type Person = { id: string; email: string }

  /**
   * Eve's and an untouched colleague's inboxes open on B; Redis goes away; what `prepare` returns
   * is answered 200 on A, its revocation dropped; Redis comes back. B closes Eve's inbox alone, with `code`.
   */
  async function revokedWhileAway(prepare: (eve: Person) => Promise<() => Promise<Response>>, code: number) {
    const eve = await teammate(db, 'manager')
    const colleague = await teammate(db, 'manager')
    const eveInbox = await track(TestClient.agent(b.url, await signIn(b.url, eve.email)))
    const colleagueInbox = await track(TestClient.agent(b.url, await signIn(b.url, colleague.email)))
    const eveClosed = closeCode(eveInbox)
    const revoke = await prepare(eve)
    const droppedBefore = await dropped(a)

    await redis.down()
    expect((await revoke()).status).toBe(200)
    // A counted its publish lost: the revocation never reaches B by itself.
    await expect.poll(() => dropped(a), { timeout: 30_000 }).toBeGreaterThan(droppedBefore)
    expect(eveClosed()).toBeUndefined()
    await redis.up()

    // Generous: B's client tries Redis again every 2 s at most, on a machine shared with other suites.
    await expect.poll(eveClosed, { timeout: 60_000 }).toBe(code)
    await nextConversation(b.url, colleagueInbox, eveInbox)
  }

  /** A request to A from the demo store's owner, signed in while Redis is still there. */
  async function asOwner(method: string, path: string, body?: unknown): Promise<() => Promise<Response>> {
    const cookie = await demoAgentCookie(a.url)
    const headers = { cookie, origin: a.url, 'content-type': 'application/json' }
    return () => fetch(`${a.url}${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) })
  }

  it('removed from the team: closed as a live removal is (session ended)', async () => {
    await revokedWhileAway((eve) => asOwner('DELETE', `/api/team/members/${eve.id}`), CloseCode.SessionEnded)
  }, 180_000)

  it('demoted: closed to reconnect and learn the new role', async () => {
    await revokedWhileAway((eve) => asOwner('PUT', `/api/team/members/${eve.id}`, { role: 'agent' }), CloseCode.Reconnect)
  }, 180_000)

  it('signed out everywhere by a password change on another device: closed as the session ended', async () => {
    await revokedWhileAway(async (eve) => {
      const otherDevice = await signIn(a.url, eve.email)
      const headers = { cookie: otherDevice, origin: a.url, 'content-type': 'application/json' }
      const body = JSON.stringify({ currentPassword: PASSWORD, newPassword: 'another long enough password' })
      return () => fetch(`${a.url}/api/agent/password`, { method: 'PUT', headers, body })
    }, CloseCode.SessionEnded)
  }, 180_000)
})

describe('an inbox whose revocation no server heard (a command run without REDIS_URL)', () => {
  let db: Database
  let server: AttuneServer
  let recheck: (() => void) | undefined

  beforeAll(async () => {
    db = await openPglite()
    server = await createAttuneServer({
      database: db,
      demo: true,
      port: 0,
      host: '127.0.0.1',
      recheckInboxes: (check) => {
        recheck = check
        return () => (recheck = undefined)
      },
    })
  }, 60_000)
  afterAll(async () => {
    await Promise.all(open.map((c) => c.close()))
    await server?.close()
    await db?.close()
  })

  it("is closed at the next periodic check, each with its live revocation's code; colleagues and shoppers stay", async () => {
    const [removed, demoted, signedOut, colleague] = await Promise.all([
      teammate(db, 'manager'),
      teammate(db, 'manager'),
      teammate(db, 'agent'),
      teammate(db, 'manager'),
    ])
    const inbox = async (person: { email: string }) => track(TestClient.agent(server.url, await signIn(server.url, person.email)))
    const [removedInbox, demotedInbox, signedOutInbox, colleagueInbox] = await Promise.all([
      inbox(removed),
      inbox(demoted),
      inbox(signedOut),
      inbox(colleague),
    ])
    const closes = [removedInbox, demotedInbox, signedOutInbox].map(closeCode)
    const siteId = (await createStores(db).byKey('demo')).id

    // What `agent remove`, `agent role` and `agent reset-password` write, with no server told.
    const people = createPeople(db)
    await people.leave(siteId, removed.id)
    await people.setRole(siteId, demoted.id, 'agent')
    await createSessions(db).destroyAll(signedOut.id)
    expect(closes.map((code) => code())).toEqual([undefined, undefined, undefined])

    expect(recheck).toBeTypeOf('function')
    recheck!()
    await expect.poll(() => closes.map((code) => code())).toEqual([CloseCode.SessionEnded, CloseCode.Reconnect, CloseCode.SessionEnded])
    await nextConversation(server.url, colleagueInbox, removedInbox)
  })
})
