import { createHmac } from 'node:crypto'
import type { TranscriptTextResponse } from '@attune/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createStores } from '../accounts/stores.ts'
import { revokeVisitorTokens } from '../auth/visitor-auth.ts'
import type { Database } from '../db/database.ts'
import { openPglite } from '../db/pglite.ts'
import { identityHash } from '../gateway/identify.ts'
import { TestClient } from '../gateway/test-client.ts'
import type { Mail } from '../mail/mailer.ts'
import { createMailQueue, sendDue } from '../mail/queue.ts'
import { createReplyMail } from '../mail/replies.ts'
import { TRANSCRIPTS_PER_DAY } from '../mail/transcript.ts'
import { RESUME_TTL_MS } from '../mail/links.ts'
import { createAttuneServer, type AttuneServer } from '../server.ts'
import { eraseVisitor } from '../visitors.ts'

// The widget's mail routes (http/mail-api.ts): transcripts, reopen links, unsubscribe links.

const SHOP = 'http://localhost:5173'
const SECRET = 'm'.repeat(32)
const HOUR = 60 * 60_000
const sockets: TestClient[] = []
let db: Database
let server: AttuneServer
let demoSiteId = ''

beforeAll(async () => {
  db = await openPglite()
  // The server's own worker waits an hour before mailing a reply; the tests mail with their own clock.
  server = await createAttuneServer({
    database: db,
    demo: true,
    port: 0,
    host: '127.0.0.1',
    secret: SECRET,
    mail: { replyDelayMs: HOUR, mailer: { send: async () => {} } },
  })
  demoSiteId = (await db.query<{ id: string }>(`SELECT id FROM sites WHERE key = 'demo'`))[0]!.id
}, 60_000)
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.close()))
  await server.close()
  await db.close()
})

async function socket(path: string, headers: Record<string, string>, hello: Record<string, unknown> = {}) {
  const greeted = await TestClient.greeted(`${server.url.replace('http', 'ws')}${path}`, headers, hello)
  sockets.push(greeted.client)
  return greeted
}

/** A shopper of the store who wrote once, optionally leaving an address for replies. */
async function shopper(siteKey = 'demo', { email, locale = 'en' }: { email?: string; locale?: string } = {}) {
  const { client, welcome } = await socket(`/v1/visitor?siteKey=${siteKey}`, { Origin: SHOP })
  if (welcome.role !== 'visitor') throw new Error('expected a visitor welcome')
  client.send({ type: 'open', page: `${SHOP}/cart`, locale })
  client.send({ type: 'send', clientId: 'm1', text: 'Is it in stock?' })
  const { conversationId } = await client.next('ack')
  if (email) await widget('PUT', `/api/sites/${siteKey}/visitor/email`, { email }, welcome.token)
  return { client, visitorId: welcome.visitorId, token: welcome.token, conversationId }
}

function widget(method: string, path: string, body: unknown, token?: string) {
  const headers: Record<string, string> = { Origin: SHOP, 'content-type': 'application/json' }
  if (token) headers.authorization = `Bearer ${token}`
  return fetch(`${server.url}${path}`, { method, headers, body: JSON.stringify(body) })
}

let agent: TestClient | undefined
/** The demo agent answers a conversation (each reply starts the wait before it is mailed). */
async function reply(conversationId: string, clientId: string) {
  if (!agent) {
    const login = await fetch(`${server.url}/api/agent/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'agent@demo.store', password: 'demo-agent' }),
    })
    agent = (await socket('/v1/agent', { Cookie: (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '', Origin: server.url })).client
  }
  agent.send({ type: 'send', conversationId, clientId, text: 'It ships tomorrow.' })
  await agent.next('ack', (f) => f.clientId === clientId)
  // The wait starts after the ack; frames are served in order, so once the pong is back it has.
  agent.send({ type: 'ping' })
  await agent.next('pong')
}

/** The reply mail to `to`, as the server would send it once the wait is over, its clock `after` ms ahead. */
async function mailed(to: string, after: number): Promise<{ resumeToken: string; unsubscribeUrl: string }> {
  const sent: Mail[] = []
  const now = () => Date.now() + after
  const queue = createMailQueue(db, now)
  await createReplyMail({ db, queue, secret: SECRET, serverUrl: () => server.url, delayMs: HOUR, now }).mailDue()
  await sendDue(queue, { send: async (m) => void sent.push(m) })
  const mail = sent.find((m) => m.to === to)!
  return { resumeToken: /#attune-resume=(\S+)/.exec(mail.text)![1]!, unsubscribeUrl: mail.unsubscribeUrl! }
}

const resume = (token: string) => widget('POST', '/api/sites/demo/resume', { token })

describe('a transcript by email', () => {
  const ask = (siteKey: string, who: { token: string; conversationId: string }, email: string) =>
    widget('POST', `/api/sites/${siteKey}/transcript`, { conversationId: who.conversationId, email }, who.token)

  it('twenty asked at once queue five: the count and the insert are one step', async () => {
    const ann = await shopper()
    const statuses = await Promise.all(Array.from({ length: 20 }, (_, i) => ask('demo', ann, `someone${i}@example.com`).then((r) => r.status)))
    expect(statuses.filter((s) => s === 202)).toHaveLength(TRANSCRIPTS_PER_DAY.shopper)
    expect(statuses.filter((s) => s === 429)).toHaveLength(20 - TRANSCRIPTS_PER_DAY.shopper)
    const [queued] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM mail_queue WHERE kind = 'transcript' AND visitor_id = $1`, [
      ann.visitorId,
    ])
    expect(queued?.n).toBe(TRANSCRIPTS_PER_DAY.shopper)
  })

  it('a store’s daily cap holds across its shoppers, however many, with the same typed 429', async () => {
    const store = await createStores(db).create({ name: 'Cap Shop', origins: [SHOP] })
    // The day's transcripts but one, each asked by another new shopper.
    await db.query(
      `WITH shoppers AS (INSERT INTO visitors (id, site_id) SELECT gen_random_uuid(), $1 FROM generate_series(2, $2) RETURNING id)
       INSERT INTO mail_queue (kind, site_id, visitor_id, to_address, subject, text_body, next_attempt_at, sent_at)
       SELECT 'transcript', $1, id, 'someone@example.com', 'Your conversation', '', now(), now() FROM shoppers`,
      [store.id, TRANSCRIPTS_PER_DAY.store],
    )
    const last = await ask(store.key, await shopper(store.key), 'last@example.com')
    expect(last.status).toBe(202)
    const refused = await ask(store.key, await shopper(store.key), 'one-more@example.com')
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toBe('3600')
    expect(refused.headers.get('access-control-allow-origin')).toBe(SHOP)
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('rate_limited')
  })
})

describe('a transcript as text (the download)', () => {
  const asText = (siteKey: string, token: string | undefined, body: Record<string, unknown>) =>
    widget('POST', `/api/sites/${siteKey}/transcript/text`, body, token)
  const codeOf = async (response: Response) => ((await response.json()) as { error: { code: string } }).error.code

  it('is the whole conversation, past a page of events, in the shopper’s language and time zone', async () => {
    const somchai = await shopper('demo', { locale: 'th-TH' })
    // Sixty lines from Maya after the shopper's question, a minute apart from 23:30 UTC.
    await db.query(
      `INSERT INTO events (conversation_id, seq, kind, author_role, author_id, author_name, body, created_at)
       SELECT $1, (SELECT max(seq) FROM events WHERE conversation_id = $1) + n, 'message', 'agent', 'maya', 'Maya',
              jsonb_build_object('text', 'Line ' || n), timestamptz '2026-12-06 23:30:00+00' + make_interval(mins => n)
       FROM generate_series(1, 60) n`,
      [somchai.conversationId],
    )
    const answer = await asText('demo', somchai.token, { conversationId: somchai.conversationId, timeZone: 'Asia/Bangkok' })
    expect(answer.status).toBe(200)
    expect(answer.headers.get('access-control-allow-origin')).toBe(SHOP)
    const lines = ((await answer.json()) as TranscriptTextResponse).text.split('\n')
    expect(lines).toHaveLength(61)
    expect(lines[0]).toMatch(/^\[\d{4}-\d\d-\d\d \d\d:\d\d\] คุณ: Is it in stock\?$/)
    expect(lines[1]).toBe('[2026-12-07 06:31] Maya: Line 1')
    expect(lines[60]).toBe('[2026-12-07 07:30] Maya: Line 60')

    // No time zone said: UTC, as the copy by email.
    const utc = await asText('demo', somchai.token, { conversationId: somchai.conversationId })
    expect(((await utc.json()) as TranscriptTextResponse).text.split('\n')[1]).toBe('[2026-12-06 23:31] Maya: Line 1')
  })

  it('named by no id, is of the chat the shopper’s timeline ends with: their newest conversation with a line', async () => {
    const dao = await shopper()
    dao.client.send({ type: 'end', clientId: 'e1', conversationId: dao.conversationId })
    await dao.client.next('ack', (f) => f.clientId === 'e1')
    // Opening the chat again opens the next conversation, which holds no line yet (its before card at most).
    dao.client.send({ type: 'open' })
    const { conversationId: next } = await dao.client.next('synced', (f) => f.conversationId !== dao.conversationId)
    const lines = async () => ((await (await asText('demo', dao.token, {})).json()) as TranscriptTextResponse).text.split('\n')
    expect(await lines()).toEqual([expect.stringMatching(/\] You: Is it in stock\?$/)])

    dao.client.send({ type: 'send', clientId: 'm2', text: 'One more thing' })
    expect(await dao.client.next('ack', (f) => f.clientId === 'm2')).toMatchObject({ conversationId: next })
    expect(await lines()).toEqual([expect.stringMatching(/\] You: One more thing$/)])
    // Named, the ended one still answers.
    const named = await asText('demo', dao.token, { conversationId: dao.conversationId })
    expect(((await named.json()) as TranscriptTextResponse).text).toMatch(/Is it in stock\?$/)
  })

  it('is refused, typed, for another shopper’s conversation, another store’s, a stranger, and a made-up time zone', async () => {
    const [ann, bob] = [await shopper(), await shopper()]
    const theirs = await asText('demo', bob.token, { conversationId: ann.conversationId })
    expect(theirs.status).toBe(404)
    expect(theirs.headers.get('access-control-allow-origin')).toBe(SHOP)
    expect(await codeOf(theirs)).toBe('not_found')

    const store = await createStores(db).create({ name: 'Other Shop', origins: [SHOP] })
    const elsewhere = await shopper(store.key)
    // This store's shopper, another store's conversation: missing; another store's shopper: no visitor here.
    expect(await codeOf(await asText('demo', ann.token, { conversationId: elsewhere.conversationId }))).toBe('not_found')
    expect(await codeOf(await asText('demo', elsewhere.token, { conversationId: elsewhere.conversationId }))).toBe('unauthorized')
    expect(await codeOf(await asText('demo', undefined, { conversationId: ann.conversationId }))).toBe('unauthorized')

    const zone = await asText('demo', ann.token, { conversationId: ann.conversationId, timeZone: 'Mars/Olympus' })
    expect(zone.status).toBe(400)
    expect(await codeOf(zone)).toBe('bad_request')
  })
})

describe('a reopen link', () => {
  it("carried in a shopper's hello, welcomes the conversation's shopper on another device; one not genuine, as the hello's token says", async () => {
    const ann = await shopper('demo', { email: 'hello-reopen@example.com' })
    await reply(ann.conversationId, 'h1')
    const { resumeToken } = await mailed('hello-reopen@example.com', 2 * HOUR)
    const reopened = await socket('/v1/visitor?siteKey=demo', { Origin: SHOP }, { reopen: resumeToken })
    expect(reopened.welcome).toMatchObject({ visitorId: ann.visitorId, conversation: { id: ann.conversationId } })

    const bob = await shopper('demo')
    const refused = await socket('/v1/visitor?siteKey=demo', { Origin: SHOP }, { token: bob.token, reopen: `${resumeToken}x` })
    expect(refused.welcome).toMatchObject({ visitorId: bob.visitorId, conversation: { id: bob.conversationId } })
  })

  it('mailed before `visitor revoke` answers 404; one mailed after still opens the chat', async () => {
    const ann = await shopper('demo', { email: 'revoked@example.com' })
    await reply(ann.conversationId, 'r1')
    const before = await mailed('revoked@example.com', 2 * HOUR)
    // The device was lost: the operator revokes the shopper's tokens, after the mail went out.
    expect(await revokeVisitorTokens(db, demoSiteId, ann.visitorId, Date.now() + 3 * HOUR)).toBe(true)
    const refused = await resume(before.resumeToken)
    expect(refused.status).toBe(404)
    expect(((await refused.json()) as { error: { message: string } }).error.message).toBe('This link has expired or is not valid.')

    await reply(ann.conversationId, 'r2')
    const after = await mailed('revoked@example.com', 4 * HOUR)
    const opened = await resume(after.resumeToken)
    expect(opened.status).toBe(200)
    expect(((await opened.json()) as { conversationId: string }).conversationId).toBe(ann.conversationId)
  })
})

describe('links mailed before the shopper signed in on the device', () => {
  const IDENTITY_SECRET = 'identity-secret-for-tests'
  let accounts = 0

  /** A reply mailed to an address left on a device, then a sign-in there that merges the device's shopper into a known account. */
  async function mailedThenSignedIn(locale: string) {
    await db.query('UPDATE sites SET identity_secret = $2 WHERE id = $1', [demoSiteId, IDENTITY_SECRET])
    const id = `user-${++accounts}`
    const signIn = { type: 'identify', id, userHash: identityHash(IDENTITY_SECRET, id) }
    const elsewhere = await socket('/v1/visitor?siteKey=demo', { Origin: SHOP })
    elsewhere.client.send(signIn)
    const account = await elsewhere.client.next('welcome')
    if (account.role !== 'visitor') throw new Error('expected a visitor welcome')
    const to = `device${accounts}@example.com`
    const device = await shopper('demo', { email: to, locale })
    await reply(device.conversationId, `s${accounts}`)
    const links = await mailed(to, 2 * HOUR)
    device.client.send(signIn)
    await device.client.next('welcome', (f) => f.role === 'visitor' && f.visitorId === account.visitorId)
    return links
  }

  it('the unsubscribe link still answers, in the mail’s language: mail to that address has stopped', async () => {
    const { unsubscribeUrl } = await mailedThenSignedIn('th-TH')
    const page = await fetch(unsubscribeUrl)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('หยุดรับอีเมล')
    const done = await fetch(unsubscribeUrl, { method: 'POST' })
    expect(done.status).toBe(200)
    expect(await done.text()).toContain('คุณจะไม่ได้รับอีเมล')
  })

  it('the reopen link does not open the account the chat was merged into', async () => {
    const { resumeToken } = await mailedThenSignedIn('en')
    expect((await resume(resumeToken)).status).toBe(404)
  })
})

describe('links mailed before links named their store and issue time', () => {
  /** A token as the first formats signed it. */
  function firstFormat(purpose: 'resume' | 'unsubscribe', payload: string): string {
    const key = createHmac('sha256', SECRET).update(`mail:${purpose}`).digest()
    return `${payload}.${createHmac('sha256', key).update(payload).digest('base64url')}`
  }

  it('still reopen the chat, and still stop the mail, also once the shopper is gone', async () => {
    const ann = await shopper('demo', { email: 'old-links@example.com' })
    const expires = Math.floor((Date.now() + RESUME_TTL_MS) / 1000).toString(36)
    const opened = await resume(firstFormat('resume', `r1.${ann.conversationId}.${expires}`))
    expect(opened.status).toBe(200)
    expect(((await opened.json()) as { conversationId: string }).conversationId).toBe(ann.conversationId)

    const unsubscribe = `${server.url}/api/mail/unsubscribe?t=${firstFormat('unsubscribe', `u1.${ann.visitorId}`)}`
    expect((await fetch(unsubscribe, { method: 'POST' })).status).toBe(200)
    const [row] = await db.query<{ stopped: boolean }>('SELECT mail_unsubscribed_at IS NOT NULL AS stopped FROM visitors WHERE id = $1', [
      ann.visitorId,
    ])
    expect(row?.stopped).toBe(true)
    expect(await eraseVisitor(db, demoSiteId, ann.visitorId)).toBe(true)
    const gone = await fetch(unsubscribe, { method: 'POST' })
    expect(gone.status).toBe(200)
    expect(await gone.text()).toContain('You will not get more emails about replies from this store.')
  })
})
