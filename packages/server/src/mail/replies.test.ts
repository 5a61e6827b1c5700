import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../db/database.ts'
import { openPglite } from '../db/pglite.ts'
import { TestClient } from '../gateway/test-client.ts'
import { createAttuneServer, type AttuneServer } from '../server.ts'
import { eraseVisitor } from '../visitors.ts'
import type { Mail, Mailer } from './mailer.ts'
import { createMailQueue, sendDue } from './queue.ts'
import { createReplyMail, storePage } from './replies.ts'

const SHOP = 'http://localhost:5173'
const HOUR = 60 * 60_000
const open: TestClient[] = []
let server: AttuneServer
let db: Database
/** What the server's own worker sent (a sent mail's bodies are not kept in the queue). */
const serverSent: Mail[] = []

beforeAll(async () => {
  db = await openPglite()
  // The server's own worker waits an hour; the tests move their own clock past it.
  server = await createAttuneServer({
    database: db,
    demo: true,
    port: 0,
    host: '127.0.0.1',
    mail: { replyDelayMs: HOUR, mailer: { send: async (m) => void serverSent.push(m) } },
  })
}, 60_000)
afterAll(async () => {
  await Promise.all(open.map((c) => c.close()))
  await server.close()
  await db.close()
})

async function client(path: string, headers: Record<string, string>, hello: Record<string, unknown> = {}) {
  const { client: c, welcome } = await TestClient.greeted(`${server.url.replace('http', 'ws')}${path}`, headers, hello)
  open.push(c)
  return { c, welcome }
}

/** A shopper who wrote and left an address, and the agent who answers them. */
async function chat(email: string) {
  const { c: ann, welcome } = await client('/v1/visitor?siteKey=demo', { Origin: SHOP })
  if (welcome.role !== 'visitor') throw new Error('expected a visitor')
  ann.send({ type: 'open', page: `${SHOP}/cart`, locale: 'en' })
  ann.send({ type: 'send', clientId: 'm1', text: 'Is it in stock?' })
  const { conversationId } = await ann.next('ack')
  await fetch(`${server.url}/api/sites/demo/visitor/email`, {
    method: 'PUT',
    headers: { Origin: SHOP, 'content-type': 'application/json', authorization: `Bearer ${welcome.token}` },
    body: JSON.stringify({ email }),
  })
  const login = await fetch(`${server.url}/api/agent/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'agent@demo.store', password: 'demo-agent' }),
  })
  const { c: alex } = await client('/v1/agent', { Cookie: (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '', Origin: server.url })
  const reply = async (text: string, clientId: string) => {
    alex.send({ type: 'send', conversationId, clientId, text })
    const { seq } = await alex.next('ack')
    // The reply's wait starts after its ack; frames are served in order, so once the pong is back it has.
    alex.send({ type: 'ping' })
    await alex.next('pong')
    return seq
  }
  return { ann, visitorId: welcome.visitorId, token: welcome.token, conversationId, reply }
}

/** Replies as the server would mail them once the wait is over, `after` ms from now. */
async function mailed(after: number): Promise<Mail[]> {
  const sent: Mail[] = []
  const mailer: Mailer = { send: async (m) => void sent.push(m) }
  const now = () => Date.now() + after
  const queue = createMailQueue(db, now)
  await createReplyMail({ db, queue, secret: 's'.repeat(32), serverUrl: () => server.url, delayMs: HOUR, now }).mailDue()
  await sendDue(queue, mailer)
  return sent
}

describe('reply emails', () => {
  it('gathers the replies of the wait in one email, and the next wait only newer ones', async () => {
    const { reply } = await chat('gather@example.com')
    await reply('We have two left.', 'a1')
    await reply('Shall I hold one for you?', 'a2')
    expect(await mailed(0)).toEqual([]) // the wait is not over
    const [first, ...more] = (await mailed(2 * HOUR)).filter((m) => m.to === 'gather@example.com')
    expect(more).toEqual([])
    expect(first!.text).toContain('We have two left.')
    expect(first!.text).toContain('Shall I hold one for you?')
    expect(first!.text).toContain(`${SHOP}/cart#attune-resume=`)

    await reply('Held until Friday.', 'a3')
    const [second] = (await mailed(2 * HOUR)).filter((m) => m.to === 'gather@example.com')
    expect(second!.text).toContain('Held until Friday.')
    expect(second!.text).not.toContain('We have two left.')
  })

  it('sends nothing when the shopper read the reply in the widget first', async () => {
    const { ann, conversationId, reply } = await chat('reader@example.com')
    const seq = await reply('It is in stock.', 'a1')
    ann.send({ type: 'read', conversationId, seq })
    // The read frame has no answer of its own: wait until the mark is stored.
    await expect
      .poll(
        async () => (await db.query<{ seq: number }>('SELECT visitor_read_seq AS seq FROM conversations WHERE id = $1', [conversationId]))[0]?.seq,
        {
          timeout: 10_000,
        },
      )
      .toBe(seq)
    expect((await mailed(2 * HOUR)).filter((m) => m.to === 'reader@example.com')).toEqual([])
  })

  it('erasing the shopper erases their address and their queued mail', async () => {
    const { visitorId, reply } = await chat('erase@example.com')
    await reply('Noted.', 'a1')
    const queue = createMailQueue(db)
    await createReplyMail({ db, queue, secret: 's'.repeat(32), serverUrl: () => server.url, now: () => Date.now() + 2 * HOUR }).mailDue()
    const count = async () =>
      (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM mail_queue WHERE to_address = 'erase@example.com'`))[0]!.n
    expect(await count()).toBe(1)
    const [row] = await db.query<{ site_id: string }>('SELECT site_id FROM visitors WHERE id = $1', [visitorId])
    expect(await eraseVisitor(db, row!.site_id, visitorId)).toBe(true)
    expect(await count()).toBe(0)
    expect(await db.query(`SELECT 1 FROM visitors WHERE notify_email = 'erase@example.com'`)).toEqual([])
  })
})

describe('a transcript by email', () => {
  it('queues the shopper’s own conversation, as lines, at most five a day', async () => {
    const { token, conversationId, reply } = await chat('transcript@example.com')
    await reply('It ships tomorrow.', 'a1')
    const ask = (id = conversationId) =>
      fetch(`${server.url}/api/sites/demo/transcript`, {
        method: 'POST',
        headers: { Origin: SHOP, 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ conversationId: id }),
      })
    expect((await ask()).status).toBe(202)
    const transcript = () => serverSent.find((m) => m.to === 'transcript@example.com')?.text
    await expect.poll(transcript, { timeout: 10_000 }).toMatch(/\] You: Is it in stock\?\n\[.*\] Alex: It ships tomorrow\./)
    // Another shopper's conversation is not found.
    const other = await chat('other@example.com')
    expect((await ask(other.conversationId)).status).toBe(404)
    for (let i = 1; i < 5; i++) expect((await ask()).status).toBe(202)
    const refused = await ask()
    expect(refused.status).toBe(429)
    expect(refused.headers.get('access-control-allow-origin')).toBe(SHOP)
  })
})

describe('the store page a reopen link points to', () => {
  it('is the page the chat started on when it is the store’s own, else its first origin', () => {
    const origins = ['https://shop.example', 'http://localhost:*']
    expect(storePage('https://shop.example/p/1?x=1', origins)).toBe('https://shop.example/p/1?x=1')
    expect(storePage('https://evil.example/phish', origins)).toBe('https://shop.example/')
    expect(storePage(null, origins)).toBe('https://shop.example/')
    expect(storePage('not a url', ['http://localhost:*'])).toBeNull()
  })
})
