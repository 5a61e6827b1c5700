import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createInvites } from '../accounts/invites.ts'
import { createStores } from '../accounts/stores.ts'
import type { Database } from '../db/database.ts'
import { migrate } from '../db/migrations.ts'
import { openPglite } from '../db/pglite.ts'
import { RETRY_DELAYS_MS, retryDelay } from './backoff.ts'
import type { Mail, Mailer } from './mailer.ts'
import { createMailQueue, sendDue } from './queue.ts'

let db: Database
let clock = Date.parse('2026-12-01T22:00:00Z')
const now = () => clock
const mail: Mail = { to: 'ann@example.com', subject: 'Hello', text: 'Hi Ann' }

/** A mail server we can take down and bring back; it keeps what it accepted. */
function fakeServer() {
  const received: Mail[] = []
  let up = true
  const mailer: Mailer = {
    async send(m) {
      if (!up) throw new Error('connect ECONNREFUSED 127.0.0.1:2525')
      received.push(m)
    },
  }
  return { mailer, received, down: () => (up = false), up: () => (up = true) }
}

beforeAll(async () => {
  db = await openPglite()
  await migrate(db)
}, 60_000)
afterAll(() => db.close())
beforeEach(async () => {
  await db.query('DELETE FROM mail_queue')
})

describe('backoff', () => {
  it('waits longer after each failure and gives up after the last delay', () => {
    expect(retryDelay(1)).toBe(60_000)
    expect(retryDelay(2)).toBe(5 * 60_000)
    for (let i = 1; i < RETRY_DELAYS_MS.length; i++) expect(retryDelay(i + 1)!).toBeGreaterThan(retryDelay(i)!)
    expect(retryDelay(RETRY_DELAYS_MS.length + 1)).toBeNull()
  })
})

describe('the mail queue', () => {
  it('sends a queued message once', async () => {
    const queue = createMailQueue(db, now)
    const server = fakeServer()
    await queue.enqueue(db, mail)
    expect(await sendDue(queue, server.mailer)).toBe(1)
    expect(await sendDue(queue, server.mailer)).toBe(0)
    expect(server.received).toEqual([mail])
  })

  it('loses nothing while the mail server is down: retried after the backoff, delivered once', async () => {
    const queue = createMailQueue(db, now)
    const server = fakeServer()
    server.down()
    await queue.enqueue(db, mail)
    expect(await sendDue(queue, server.mailer)).toBe(0)
    const [failed] = await db.query<{ attempts: number; last_error: string }>('SELECT attempts, last_error FROM mail_queue')
    expect(failed).toMatchObject({ attempts: 1, last_error: expect.stringContaining('ECONNREFUSED') })

    server.up()
    clock += 30_000
    expect(await sendDue(queue, server.mailer)).toBe(0) // not before its time
    clock += 30_000
    expect(await sendDue(queue, server.mailer)).toBe(1)
    clock += 24 * 60 * 60_000
    expect(await sendDue(queue, server.mailer)).toBe(0)
    expect(server.received).toEqual([mail])
  })

  it('gives up after the last retry and keeps the error', async () => {
    const queue = createMailQueue(db, now)
    const server = fakeServer()
    server.down()
    await queue.enqueue(db, mail)
    for (let i = 0; i <= RETRY_DELAYS_MS.length; i++) {
      await sendDue(queue, server.mailer)
      clock += 25 * 60 * 60_000
    }
    const [row] = await db.query<{ attempts: number; given_up_at: unknown; last_error: string }>(
      'SELECT attempts, given_up_at, last_error FROM mail_queue',
    )
    expect(row).toMatchObject({ attempts: RETRY_DELAYS_MS.length + 1, last_error: expect.stringContaining('ECONNREFUSED') })
    expect(row?.given_up_at).not.toBeNull()
    // Its links may still work: a message that will never go out keeps no body.
    expect(await db.query('SELECT text_body, html_body FROM mail_queue')).toEqual([{ text_body: '', html_body: null }])
    server.up()
    expect(await sendDue(queue, server.mailer)).toBe(0)
  })

  it('hands a message to one sender only, and to another after the lease of one that died', async () => {
    const queue = createMailQueue(db, now)
    await queue.enqueue(db, mail)
    const [first, second] = await Promise.all([queue.claim(10), queue.claim(10)])
    expect(first!.length + second!.length).toBe(1)
    expect(await queue.claim(10)).toEqual([])
    clock += 11 * 60_000
    expect(await queue.claim(10)).toHaveLength(1)
  })

  it('survives a restart: a new queue on the same database sends what the old one left', async () => {
    await createMailQueue(db, now).enqueue(db, mail)
    const server = fakeServer()
    expect(await sendDue(createMailQueue(db, now), server.mailer)).toBe(1)
    expect(server.received).toHaveLength(1)
  })
})

describe('an invitation’s mail', () => {
  it('goes with the invitation when it is replaced, revoked or accepted before the mail was sent', async () => {
    const store = await createStores(db).create({ name: 'Queue shop', origins: [] })
    const queue = createMailQueue(db, now)
    const invites = createInvites(db, now)
    const invite = async (email: string) => {
      const created = await invites.create(store.id, { email, role: 'agent', invitedBy: null })
      await queue.enqueue(db, { to: email, subject: 'Join us', text: `#${created.token}` }, { kind: 'invite', siteId: store.id })
      return created
    }
    const waiting = async () =>
      (await db.query<{ text_body: string }>('SELECT text_body FROM mail_queue WHERE sent_at IS NULL')).map((r) => r.text_body)

    await invite('ann@example.com')
    const latest = await invite('ann@example.com')
    expect(await waiting()).toEqual([`#${latest.token}`])
    await invites.revoke(store.id, latest.invite.id)
    expect(await waiting()).toEqual([])

    const bo = await invite('bo@example.com')
    await invites.accept(bo.token, { name: 'Bo', password: 'a long enough password' }, async () => false)
    expect(await waiting()).toEqual([])
  })
})
