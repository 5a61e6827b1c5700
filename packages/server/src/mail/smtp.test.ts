import { PROTOCOL_VERSION } from '@attune/protocol'
import { createServer } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../db/database.ts'
import { migrate } from '../db/migrations.ts'
import { openPglite } from '../db/pglite.ts'
import { TestClient } from '../gateway/test-client.ts'
import { createAttuneServer, type AttuneServer } from '../server.ts'
import { createSmtpMailer } from './mailer.ts'
import { createMailQueue, sendDue } from './queue.ts'
import { startTestSmtp } from './test-smtp.ts'

const SHOP = 'http://localhost:5173'
const open: TestClient[] = []
let smtp: Awaited<ReturnType<typeof startTestSmtp>>
let server: AttuneServer
let db: Database

beforeAll(async () => {
  smtp = await startTestSmtp()
  db = await openPglite()
  server = await createAttuneServer({ database: db, demo: true, port: 0, host: '127.0.0.1', mail: { smtpUrl: smtp.url, replyDelayMs: 200 } })
}, 60_000)
afterAll(async () => {
  await Promise.all(open.map((c) => c.close()))
  await server.close()
  await db.close()
  await smtp.close()
})

async function shopper(token?: string) {
  const client = await TestClient.open(`${server.url.replace('http', 'ws')}/v1/visitor?siteKey=demo`, { Origin: SHOP })
  open.push(client)
  client.send({ type: 'hello', v: PROTOCOL_VERSION, ...(token ? { token } : {}) })
  const welcome = await client.next('welcome')
  if (welcome.role !== 'visitor') throw new Error('expected a visitor welcome')
  return { client, welcome }
}

async function agent() {
  const login = await fetch(`${server.url}/api/agent/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'agent@demo.store', password: 'demo-agent' }),
  })
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  const client = await TestClient.open(`${server.url.replace('http', 'ws')}/v1/agent`, { Cookie: cookie, Origin: server.url })
  open.push(client)
  client.send({ type: 'hello', v: PROTOCOL_VERSION })
  await client.next('welcome')
  return { client, cookie }
}

const api = (path: string, init: RequestInit & { token?: string } = {}) =>
  fetch(`${server.url}${path}`, {
    ...init,
    headers: { Origin: SHOP, 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
  })

describe('mail over a real SMTP server on loopback', () => {
  it('emails an unread agent reply in the shopper’s language; its link reopens the chat; unsubscribe stops the next', async () => {
    const ann = await shopper()
    ann.client.send({ type: 'open', page: `${SHOP}/products/kettle?colour=red`, locale: 'th-TH' })
    ann.client.send({ type: 'send', clientId: 'm1', text: 'ส่งของวันไหนคะ' })
    const { conversationId } = await ann.client.next('ack')
    const saved = await api('/api/sites/demo/visitor/email', {
      method: 'PUT',
      token: ann.welcome.token,
      body: JSON.stringify({ email: ' Ann@Example.com ' }),
    })
    expect(saved.status).toBe(200)
    const left = await api('/api/sites/demo/visitor/email', { token: ann.welcome.token })
    expect(await left.json()).toEqual({ email: 'ann@example.com', known: null })
    await ann.client.close()

    const alex = await agent()
    alex.client.send({ type: 'send', conversationId, clientId: 'a1', text: 'พรุ่งนี้เช้าค่ะ <b>ไม่ต้องห่วง</b>' })
    await alex.client.next('ack')

    const mail = await smtp.next()
    expect(mail.to).toMatchObject({ text: 'ann@example.com' })
    expect(mail.subject).toContain('ตอบข้อความของคุณแล้ว')
    expect(mail.text).toContain('พรุ่งนี้เช้าค่ะ <b>ไม่ต้องห่วง</b>')
    expect(mail.html).toContain('&#60;b&#62;')
    expect(mail.headerLines.map((h) => h.line)).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click')

    // The reopen link: the store page the chat started on, the token in the fragment only.
    const link = new URL(/https?:\/\/\S+#attune-resume=\S+/.exec(mail.text!)![0])
    expect(`${link.origin}${link.pathname}${link.search}`).toBe(`${SHOP}/products/kettle?colour=red`)
    const resumed = await api('/api/sites/demo/resume', {
      method: 'POST',
      body: JSON.stringify({ token: link.hash.slice('#attune-resume='.length) }),
    })
    expect(resumed.status).toBe(200)
    const { visitorToken } = (await resumed.json()) as { visitorToken: string; conversationId: string }
    const back = await shopper(visitorToken)
    expect(back.welcome.visitorId).toBe(ann.welcome.visitorId)
    expect(back.welcome.conversation?.id).toBe(conversationId)
    await back.client.close()

    // Unsubscribe without signing in: the link shows a button, the button stops the mail.
    const unsubscribe = /https?:\/\/\S+\/api\/mail\/unsubscribe\?t=\S+/.exec(mail.text!)![0]
    const page = await fetch(unsubscribe)
    expect(await page.text()).toContain('หยุดรับอีเมล')
    const done = await fetch(unsubscribe, { method: 'POST' })
    expect(await done.text()).toContain('คุณจะไม่ได้รับอีเมล')
    alex.client.send({ type: 'send', conversationId, clientId: 'a2', text: 'อีกเรื่องค่ะ' })
    await alex.client.next('ack')
    const [notices] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM reply_notices WHERE conversation_id = $1', [conversationId])
    expect(notices?.n).toBe(0)
  }, 30_000)

  it('emails an invitation to a new teammate', async () => {
    // The demo agent owns the demo store.
    const { cookie } = await agent()
    const res = await fetch(`${server.url}/api/team/invites`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, Origin: server.url },
      body: JSON.stringify({ email: 'bo@example.com', role: 'agent' }),
    })
    expect(res.status).toBe(201)
    const { link } = (await res.json()) as { link: string }
    const mail = await smtp.next()
    expect(mail.to).toMatchObject({ text: 'bo@example.com' })
    expect(mail.text).toContain(link)
  }, 30_000)

  it('keeps no invitation link in the database once its mail is sent, but keeps the record of it', async () => {
    const { cookie } = await agent()
    const res = await fetch(`${server.url}/api/team/invites`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, Origin: server.url },
      body: JSON.stringify({ email: 'kit@example.com', role: 'manager' }),
    })
    const token = new URL(((await res.json()) as { link: string }).link).hash.slice(1)
    const record = async () =>
      (await db.query<{ subject: string; sent_at: Date | null }>(`SELECT subject, sent_at FROM mail_queue WHERE to_address = 'kit@example.com'`))[0]
    await expect.poll(async () => (await record())?.sent_at ?? null, { timeout: 20_000 }).not.toBeNull()
    expect(smtp.received.some((m) => m.text?.includes(token))).toBe(true)
    expect((await record())?.subject).toContain('invited you')

    const bodies = await db.query<{ text_body: string; html_body: string | null }>('SELECT text_body, html_body FROM mail_queue')
    expect(bodies.filter((b) => `${b.text_body} ${b.html_body}`.includes(token))).toEqual([])
  }, 30_000)
})

describe('a mail server that is down', () => {
  it('gets the message once it is back', async () => {
    // A free port, closed again: nothing listens there yet.
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number }
        probe.close(() => resolve(port))
      })
    })
    const local = await openPglite()
    await migrate(local)
    let clock = Date.now()
    const queue = createMailQueue(local, () => clock)
    const mailer = createSmtpMailer(`smtp://127.0.0.1:${port}`, 'Shop <shop@example.com>')
    await queue.enqueue(local, { to: 'ann@example.com', subject: 'Your reply', text: 'Tomorrow.' })
    expect(await sendDue(queue, mailer)).toBe(0)

    const later = await startTestSmtp(port)
    clock += 60_000
    expect(await sendDue(queue, mailer)).toBe(1)
    clock += 24 * 60 * 60_000
    expect(await sendDue(queue, mailer)).toBe(0)
    expect(later.received.map((m) => m.subject)).toEqual(['Your reply'])
    await later.close()
    await local.close()
  }, 60_000)
})
