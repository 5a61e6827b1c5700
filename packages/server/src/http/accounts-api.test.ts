import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PROTOCOL_VERSION } from '@attune/protocol'
import { createInvites, INVITE_TTL_MS } from '../accounts/invites.ts'
import { createPeople } from '../accounts/people.ts'
import { createStores, type StoreRecord } from '../accounts/stores.ts'
import type { Database } from '../db/database.ts'
import { openPglite } from '../db/pglite.ts'
import { TestClient } from '../gateway/test-client.ts'
import { createAttuneServer, type AttuneServer } from '../server.ts'
import { apiCaller, signedIn as signedInAs, type Json } from './test-caller.ts'

const PASSWORD = 'a long enough password'

let db: Database
let server: AttuneServer
let store: StoreRecord

beforeAll(async () => {
  db = await openPglite()
  server = await createAttuneServer({ port: 0, host: '127.0.0.1', database: db })
  store = await createStores(db).create({ name: 'Siam Silk', origins: ['https://siamsilk.example'] })
  const owner = await createPeople(db).create({ email: 'owner@siamsilk.example', name: 'Nok', password: PASSWORD })
  await createPeople(db).join(store.id, owner.id, 'owner')
}, 120_000)

afterAll(async () => {
  await server?.close()
  await db?.close()
})

/** A browser-like caller that keeps its session cookie. */
const caller = () => apiCaller(server.url)
const signedIn = (email: string, password = PASSWORD) => signedInAs(server.url, email, password)

/** An inbox connection, greeted. */
async function inbox(cookie: string) {
  const client = await TestClient.open(server.url.replace('http', 'ws') + '/v1/agent', { cookie })
  client.send({ type: 'hello', v: PROTOCOL_VERSION })
  await client.next('welcome')
  return client
}

const closed = (client: TestClient) => new Promise<number>((resolve) => client.ws.once('close', (code) => resolve(code)))

describe('a store owner builds a team', () => {
  it('invites by a one-time link; the invited person sets a password, joins with the role and signs in', async () => {
    const owner = await signedIn('owner@siamsilk.example')
    const invited = await owner.call('POST', '/api/team/invites', { email: 'Ploy@SiamSilk.example', role: 'agent' })
    expect(invited.status).toBe(201)
    expect(invited.body.invite).toMatchObject({ email: 'ploy@siamsilk.example', role: 'agent' })
    // The token travels in the fragment: never in a request line, a log or a Referer.
    const link = new URL(invited.body.link as string)
    expect(link.pathname).toBe('/inbox/invite')
    const token = link.hash.slice(1)
    expect(token.length).toBeGreaterThan(30)

    const guest = caller()
    expect((await guest.call('POST', '/api/invites/lookup', { token })).body).toEqual({
      storeName: 'Siam Silk',
      email: 'ploy@siamsilk.example',
      role: 'agent',
      hasAccount: false,
    })
    const short = await guest.call('POST', '/api/invites/accept', { token, name: 'Ploy', password: 'short' })
    expect(short.status).toBe(400)
    expect(short.body.error.message).toContain('at least 10 characters')
    const accepted = await guest.call('POST', '/api/invites/accept', { token, name: 'Ploy', password: PASSWORD })
    expect(accepted.status).toBe(200)
    expect(accepted.body.agent).toMatchObject({ name: 'Ploy', role: 'agent', siteKey: store.key })
    expect((await guest.call('GET', '/api/agent/me')).body.agent.role).toBe('agent')

    // Used once: the same link is refused after.
    const again = await caller().call('POST', '/api/invites/accept', { token, name: 'X', password: PASSWORD })
    expect(again.status).toBe(410)
    expect(again.body.error.code).toBe('expired')

    const team = await owner.call('GET', '/api/team')
    expect(team.body.members.map((m: Json) => [m.name, m.role])).toEqual([
      ['Nok', 'owner'],
      ['Ploy', 'agent'],
    ])
  })

  it('an invitation expires after 48 hours', async () => {
    let now = Date.parse('2026-12-01T09:00:00Z')
    const invites = createInvites(db, () => now)
    const { token } = await invites.create(store.id, { email: 'late@siamsilk.example', role: 'manager', invitedBy: null })
    now += INVITE_TTL_MS - 1000
    await expect(invites.lookup(token)).resolves.toMatchObject({ role: 'manager' })
    now += 2000
    await expect(invites.lookup(token)).rejects.toMatchObject({ code: 'expired' })
  })

  it('a person already on another store joins with their own password and can switch stores', async () => {
    const other = await createStores(db).create({ name: 'Vientiane Coffee', origins: [] })
    const people = createPeople(db)
    const person = await people.create({ email: 'somchai@coffee.example', name: 'Somchai', password: PASSWORD })
    await people.join(other.id, person.id, 'owner')
    const { token } = await createInvites(db).create(store.id, { email: 'somchai@coffee.example', role: 'manager', invitedBy: null })

    const guest = caller()
    expect((await guest.call('POST', '/api/invites/lookup', { token })).body.hasAccount).toBe(true)
    expect((await guest.call('POST', '/api/invites/accept', { token, password: 'not the password' })).status).toBe(403)
    const joined = await guest.call('POST', '/api/invites/accept', { token, password: PASSWORD })
    expect(joined.body.stores.map((s: Json) => [s.name, s.role])).toEqual([
      ['Vientiane Coffee', 'owner'],
      ['Siam Silk', 'manager'],
    ])
    expect(joined.body.agent.siteKey).toBe(store.key)

    const switched = await guest.call('POST', '/api/agent/store', { siteKey: other.key })
    expect(switched.body.agent).toMatchObject({ siteKey: other.key, role: 'owner' })
    // The store page now is the other store's, which this person owns.
    expect((await guest.call('GET', '/api/store')).body.store.name).toBe('Vientiane Coffee')
    expect((await guest.call('POST', '/api/agent/store', { siteKey: 'no-such-store' })).status).toBe(404)
  })

  it('names every bad origin, and keeps the good ones', async () => {
    const owner = await signedIn('owner@siamsilk.example')
    const bad = await owner.call('PUT', '/api/store', { allowedOrigins: ['https://siamsilk.example/shop', '*.example.com', 'ftp://x.example'] })
    expect(bad.status).toBe(400)
    expect(bad.body.error.message).toContain('https://siamsilk.example/shop')
    expect(bad.body.error.message).toContain('*.example.com')
    expect(bad.body.error.message).toContain('ftp://x.example')
    expect((await owner.call('GET', '/api/store')).body.store.allowedOrigins).toEqual(['https://siamsilk.example'])
    const good = await owner.call('PUT', '/api/store', { allowedOrigins: ['https://siamsilk.example', 'http://localhost:*'] })
    expect(good.body.store.allowedOrigins).toEqual(['https://siamsilk.example', 'http://localhost:*'])
  })
})

describe('sessions end everywhere at once', () => {
  async function member(email: string, role: 'agent' | 'manager') {
    const people = createPeople(db)
    const person = await people.create({ email, name: email.split('@')[0]!, password: PASSWORD })
    await people.join(store.id, person.id, role)
    return { person, session: await signedIn(email) }
  }

  it('removing a person closes their open inbox (4401) and their session stops working', async () => {
    const owner = await signedIn('owner@siamsilk.example')
    const { person, session } = await member('leaving@siamsilk.example', 'agent')
    const socket = await inbox(session.cookie())
    const code = closed(socket)
    expect((await owner.call('DELETE', `/api/team/members/${person.id}`)).status).toBe(200)
    expect(await code).toBe(4401)
    expect((await session.call('GET', '/api/agent/me')).status).toBe(401)
    await expect(TestClient.open(server.url.replace('http', 'ws') + '/v1/agent', { cookie: session.cookie() })).rejects.toThrow('HTTP 401')
  })

  it('a role change makes the inbox reconnect (1012) and learn the new role', async () => {
    const owner = await signedIn('owner@siamsilk.example')
    const { person, session } = await member('growing@siamsilk.example', 'agent')
    const socket = await inbox(session.cookie())
    const code = closed(socket)
    expect((await owner.call('PUT', `/api/team/members/${person.id}`, { role: 'manager' })).status).toBe(200)
    expect(await code).toBe(1012)
    const again = await TestClient.open(server.url.replace('http', 'ws') + '/v1/agent', { cookie: session.cookie() })
    again.send({ type: 'hello', v: PROTOCOL_VERSION })
    const welcome = await again.next('welcome')
    expect(welcome.role === 'agent' && welcome.agent.role).toBe('manager')
    await again.close()
  })

  it('signing out closes that session’s sockets; a password change ends every other session', async () => {
    await member('careful@siamsilk.example', 'agent')
    const phone = await signedIn('careful@siamsilk.example')
    const laptop = await signedIn('careful@siamsilk.example')
    const tablet = await signedIn('careful@siamsilk.example')
    const phoneSocket = await inbox(phone.cookie())
    const laptopSocket = await inbox(laptop.cookie())

    const phoneClosed = closed(phoneSocket)
    await phone.call('POST', '/api/agent/logout')
    expect(await phoneClosed).toBe(4401)

    const laptopClosed = closed(laptopSocket)
    const changed = await tablet.call('PUT', '/api/agent/password', { currentPassword: PASSWORD, newPassword: 'an even longer password' })
    expect(changed.status).toBe(200)
    expect(await laptopClosed).toBe(4401)
    expect((await laptop.call('GET', '/api/agent/me')).status).toBe(401)
    expect((await tablet.call('GET', '/api/agent/me')).status).toBe(200)
    expect((await caller().call('POST', '/api/agent/login', { email: 'careful@siamsilk.example', password: PASSWORD })).status).toBe(401)
  })

  it('the owner cannot be removed or demoted by an admin, and nobody changes their own role', async () => {
    const { session } = await member('admin-to-be@siamsilk.example', 'agent')
    const owner = await signedIn('owner@siamsilk.example')
    const me = (await session.call('GET', '/api/agent/me')).body.agent
    await owner.call('PUT', `/api/team/members/${me.id}`, { role: 'admin' } as Json)
    // The admin's own session reads the new role from the database on each request.
    const ownerId = (await owner.call('GET', '/api/agent/me')).body.agent.id
    expect((await session.call('DELETE', `/api/team/members/${ownerId}`)).status).toBe(403)
    expect((await session.call('PUT', `/api/team/members/${ownerId}`, { role: 'agent' })).status).toBe(403)
    expect((await session.call('PUT', `/api/team/members/${me.id}`, { role: 'manager' })).status).toBe(403)
    expect((await session.call('POST', '/api/team/invites', { email: 'x@y.example', role: 'owner' })).status).toBe(400)
  })

  // Found by security/http-fuzz.test.ts: the database refused the id as a uuid, a 500.
  it('a person id that is not one is nobody on the team: removing, changing or handing the store to it is a typed 404', async () => {
    const owner = await signedIn('owner@siamsilk.example')
    for (const id of ['not-a-uuid', '1234', 'x'.repeat(200)]) {
      for (const [method, path, body] of [
        ['DELETE', `/api/team/members/${id}`, undefined],
        ['PUT', `/api/team/members/${id}`, { role: 'agent' }],
        ['POST', '/api/store/transfer', { personId: id }],
      ] as const) {
        const answer = await owner.call(method, path, body)
        expect(answer.status, `${method} ${path} ${id}`).toBe(404)
        expect(answer.body.error.code).toBe('not_found')
      }
    }
  })
})

describe('sign-in is throttled', () => {
  it('after 10 wrong passwords for an account, even the right one waits, with a typed retry time', async () => {
    const people = createPeople(db)
    const person = await people.create({ email: 'target@siamsilk.example', name: 'Target', password: PASSWORD })
    await people.join(store.id, person.id, 'agent')
    for (let i = 0; i < 10; i++) {
      expect((await caller().call('POST', '/api/agent/login', { email: 'target@siamsilk.example', password: `guess ${i}` })).status).toBe(401)
    }
    const refused = await caller().call('POST', '/api/agent/login', { email: 'TARGET@siamsilk.example', password: PASSWORD })
    expect(refused.status).toBe(429)
    expect(refused.body.error.code).toBe('rate_limited')
    expect(refused.body.error.retryAfterSeconds).toBeGreaterThan(0)
    expect(Number(refused.headers.get('retry-after'))).toBe(refused.body.error.retryAfterSeconds)
    // Someone else signs in as usual.
    expect((await caller().call('POST', '/api/agent/login', { email: 'owner@siamsilk.example', password: PASSWORD })).status).toBe(200)
  })

  /** A 429 as sign-in answers it: typed, with a time to wait. */
  const expectLocked = (answer: { status: number; body: Json }) => {
    expect(answer.status).toBe(429)
    expect(answer.body.error.code).toBe('rate_limited')
    expect(answer.body.error.retryAfterSeconds).toBeGreaterThan(0)
  }

  it('joining with an existing account counts as a sign-in: after 10 wrong passwords the invitation and sign-in both wait', async () => {
    // Another store's admin invites someone who has an account, and guesses at its password.
    const other = await createStores(db).create({ name: 'Luang Prabang Weaves', origins: [] })
    const people = createPeople(db)
    const weaver = await people.create({ email: 'weaver@weaves.example', name: 'Kham', password: PASSWORD })
    await people.join(other.id, weaver.id, 'owner')
    const { token } = await createInvites(db).create(store.id, { email: 'weaver@weaves.example', role: 'agent', invitedBy: null })
    const guest = caller()
    for (let i = 0; i < 10; i++) {
      expect((await guest.call('POST', '/api/invites/accept', { token, password: `guess ${i}` })).status).toBe(403)
    }
    expectLocked(await guest.call('POST', '/api/invites/accept', { token, password: PASSWORD }))
    expectLocked(await caller().call('POST', '/api/agent/login', { email: 'weaver@weaves.example', password: PASSWORD }))
    expect(await people.membership(store.id, weaver.id)).toBeNull()
  })

  it('a password change proves the current password under the same lockout', async () => {
    const people = createPeople(db)
    const person = await people.create({ email: 'borrowed-laptop@siamsilk.example', name: 'Dao', password: PASSWORD })
    await people.join(store.id, person.id, 'agent')
    // Whoever holds a signed-in session guesses the password it was opened with.
    const session = await signedIn('borrowed-laptop@siamsilk.example')
    const change = (currentPassword: string) => session.call('PUT', '/api/agent/password', { currentPassword, newPassword: 'a password of my own' })
    for (let i = 0; i < 10; i++) expect((await change(`guess ${i}`)).status).toBe(403)
    expectLocked(await change(PASSWORD))
    expectLocked(await caller().call('POST', '/api/agent/login', { email: 'borrowed-laptop@siamsilk.example', password: PASSWORD }))
  })
})

describe('a store has one owner', () => {
  // PGlite runs one transaction at a time, so the interleaving is fixed: a role change whose
  // check was read before the transfer writes after it. Both orders are tried.
  it('an owner handing the store to an admin while someone demotes that admin leaves exactly one owner', async () => {
    const people = createPeople(db)
    for (const order of ['demote first', 'transfer first'] as const) {
      const shop = await createStores(db).create({ name: `Handover, ${order}`, origins: [] })
      const tag = order.replace(' ', '-')
      const owner = await people.create({ email: `owner-${tag}@handover.example`, name: 'Malee', password: PASSWORD })
      const admin = await people.create({ email: `admin-${tag}@handover.example`, name: 'Somsak', password: PASSWORD })
      await people.join(shop.id, owner.id, 'owner')
      await people.join(shop.id, admin.id, 'admin')
      const demote = () => people.setRole(shop.id, admin.id, 'agent')
      const transfer = () => people.transferOwnership(shop.id, admin.id)
      const settled = await Promise.allSettled(order === 'demote first' ? [demote(), transfer()] : [transfer(), demote()])
      // The owner's handover goes through either way; the demotion, when it comes second, is refused.
      expect(settled[order === 'demote first' ? 1 : 0], order).toMatchObject({ status: 'fulfilled' })
      const owners = (await people.members(shop.id)).filter((m) => m.role === 'owner')
      expect(
        owners.map((m) => m.id),
        order,
      ).toEqual([admin.id])
    }
  })
})

describe('behind https', () => {
  it('sets Secure cookies and HSTS when the public URL is https, and honours a trusted proxy', async () => {
    const secure = await createAttuneServer({
      port: 0,
      host: '127.0.0.1',
      database: db,
      publicUrl: 'https://chat.siamsilk.example',
      trustProxy: true,
    })
    try {
      const response = await fetch(`${secure.url}/api/agent/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'owner@siamsilk.example', password: PASSWORD }),
      })
      expect(response.headers.get('set-cookie')).toMatch(/; Secure/)
      expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000')
      const cookie = response.headers.get('set-cookie')!.split(';')[0]!
      const page = await fetch(`${secure.url}/api/store`, { headers: { cookie } })
      expect(((await page.json()) as Json).store.serverUrl).toBe('https://chat.siamsilk.example')
    } finally {
      await secure.close()
    }
    // Plain http on loopback: no Secure (the browser would drop the cookie), no HSTS.
    const plain = await fetch(`${server.url}/api/agent/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'owner@siamsilk.example', password: PASSWORD }),
    })
    expect(plain.headers.get('set-cookie')).not.toMatch(/Secure/)
    expect(plain.headers.get('strict-transport-security')).toBeNull()
  })
})

describe('production mode', () => {
  it('has no demo store or login, and `/` points to the inbox', async () => {
    const [demo] = await db.query(`SELECT 1 FROM sites WHERE key = 'demo'`)
    expect(demo).toBeUndefined()
    const login = await caller().call('POST', '/api/agent/login', { email: 'agent@demo.store', password: 'demo-agent' })
    expect(login.status).toBe(401)
    const home = await fetch(`${server.url}/`)
    expect(home.status).toBe(200)
    expect(await home.text()).toContain('href="/inbox"')
  })
})
