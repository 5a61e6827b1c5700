import { randomUUID } from 'node:crypto'
import {
  FeedbackActedResponseSchema,
  FeedbackResponseSchema,
  FollowUpSentResponseSchema,
  FollowUpsResponseSchema,
  InsightsResponseSchema,
  PROTOCOL_VERSION,
  type CheckInAnswer,
  type Role,
} from '@attune/protocol'
import * as v from 'valibot'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPeople } from '../accounts/people.ts'
import { createSessions, SESSION_COOKIE } from '../auth/sessions.ts'
import type { Database } from '../db/database.ts'
import { openPglite } from '../db/pglite.ts'
import { identityHash } from '../gateway/identify.ts'
import { ROWS_OF_A_SHOPPER } from '../identity.ts'
import { TestClient } from '../gateway/test-client.ts'
import { createLog } from '../log.ts'
import { exportVisitor } from '../visitors.ts'
import { createAttuneServer, type AttuneServer } from '../server.ts'

// After the chat (issue 16): the follow-up list, asking once more, and feedback that is answered.

const SHOP = 'http://localhost:5173'
let db: Database
let server: AttuneServer
let siteId = ''
const cookies: Partial<Record<Role, string>> = {}
const ids: Partial<Record<Role, string>> = {}
const sockets: TestClient[] = []

beforeAll(async () => {
  db = await openPglite()
  server = await createAttuneServer({ demo: true, port: 0, host: '127.0.0.1', database: db })
  const [site] = await db.query<{ id: string }>(`SELECT id FROM sites WHERE key = 'demo'`)
  siteId = site!.id
  const people = createPeople(db)
  const sessions = createSessions(db)
  for (const role of ['manager', 'agent'] as const) {
    const person = await people.create({ email: `${role}@after.test`, name: `The ${role}`, password: 'correct horse battery' })
    await people.join(siteId, person.id, role)
    ids[role] = person.id
    cookies[role] = `${SESSION_COOKIE}=${await sessions.create(person.id, siteId)}`
  }
}, 120_000)

afterAll(async () => {
  await Promise.all(sockets.map((s) => s.close()))
  await server?.close()
  await db?.close()
})

function api(role: Role | null, path: string, init: { method?: string; body?: unknown } = {}) {
  const headers: Record<string, string> = { origin: server.url }
  if (role) headers.cookie = cookies[role]!
  if (init.body !== undefined) headers['content-type'] = 'application/json'
  return fetch(server.url + path, {
    method: init.method ?? 'GET',
    headers,
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  })
}

/** A shopper's socket; with a token, the same shopper coming back. */
async function shopper(token?: string) {
  const client = await TestClient.open(`${server.url.replace('http', 'ws')}/v1/visitor?siteKey=demo`, { Origin: SHOP })
  sockets.push(client)
  client.send({ type: 'hello', v: PROTOCOL_VERSION, ...(token ? { token } : {}) })
  const welcome = await client.next('welcome')
  if (welcome.role !== 'visitor') throw new Error('not a visitor welcome')
  return { client, welcome }
}

/** A chat written straight to the log, ended, with these answers: for the list's rules. Unassigned unless given an assignee. */
async function endedChat(answers: CheckInAnswer[], assigneeId: string | null = null): Promise<string> {
  const log = createLog(db)
  const id = randomUUID()
  const visitorId = randomUUID()
  await db.query('INSERT INTO visitors (id, site_id) VALUES ($1, $2)', [visitorId, siteId])
  await db.query(`INSERT INTO conversations (id, site_id, visitor_id, status, assignee_id) VALUES ($1, $2, $3, 'resolved', $4)`, [
    id,
    siteId,
    visitorId,
    assigneeId,
  ])
  const visitor = { role: 'visitor', id: visitorId } as const
  const system = { role: 'system', id: 'attune' } as const
  await log.append(id, { kind: 'message', author: visitor, clientId: randomUUID(), body: { text: 'where is my order?' } })
  for (const answer of answers) {
    await log.append(id, { kind: 'checkin.asked', author: system, clientId: randomUUID(), body: { phase: answer.phase, trigger: 'agent' } })
    await log.append(id, { kind: 'checkin.answered', author: visitor, clientId: randomUUID(), body: { answer } })
  }
  await log.append(id, { kind: 'conversation.resolved', author: { role: 'agent', id: 'a1' }, clientId: randomUUID(), body: {} })
  return id
}

async function followUps(role: Role = 'agent') {
  const response = await api(role, '/api/follow-ups')
  expect(response.status).toBe(200)
  return v.parse(FollowUpsResponseSchema, await response.json()).followUps
}

describe('the follow-up list', () => {
  it('takes a chat that ended upset, one answered "No" to resolved, and one left at "Not yet", each with its reason', async () => {
    const upset = await endedChat([{ phase: 'after', mood: 2, resolved: 'partly' }])
    const unresolved = await endedChat([{ phase: 'after', mood: 4, resolved: 'no' }])
    const notUnderstood = await endedChat([{ phase: 'during', understood: false }])
    const list = await followUps()
    const reasonOf = (id: string) => list.find((f) => f.conversationId === id)?.reason
    expect(reasonOf(upset)).toBe('upset')
    expect(reasonOf(unresolved)).toBe('unresolved')
    expect(reasonOf(notUnderstood)).toBe('not_understood')
    expect(list.find((f) => f.conversationId === upset)).toMatchObject({ moodAfter: 2, sentAt: null, askedAt: null, moodFollowUp: null })
  })

  it('leaves out chats that ended okay, resolved and understood', async () => {
    const fine = await endedChat([
      { phase: 'during', understood: false },
      { phase: 'during', understood: true },
      { phase: 'after', mood: 3, resolved: 'yes' },
    ])
    expect((await followUps()).map((f) => f.conversationId)).not.toContain(fine)
  })

  it('refuses a chat not on the list (409), another store’s or a malformed id (404), and a second send (409)', async () => {
    const fine = await endedChat([{ phase: 'after', mood: 5, resolved: 'yes' }])
    expect((await api('agent', `/api/follow-ups/${fine}`, { method: 'POST' })).status).toBe(409)
    expect((await api('agent', `/api/follow-ups/${randomUUID()}`, { method: 'POST' })).status).toBe(404)
    expect((await api('agent', '/api/follow-ups/not-a-uuid', { method: 'POST' })).status).toBe(404)
    const upset = await endedChat([{ phase: 'after', mood: 1 }])
    const sent = await api('agent', `/api/follow-ups/${upset}`, { method: 'POST' })
    expect(v.parse(FollowUpSentResponseSchema, await sent.json()).followUp).toMatchObject({ reason: 'upset', sentBy: 'The agent' })
    expect((await api('agent', `/api/follow-ups/${upset}`, { method: 'POST' })).status).toBe(409)
  })

  it('shows an agent their own chats and the unassigned: a colleague’s is neither listed nor followed up (404), as a manager may', async () => {
    const people = createPeople(db)
    const colleague = await people.create({ email: 'colleague@after.test', name: 'The colleague', password: 'correct horse battery' })
    await people.join(siteId, colleague.id, 'agent')
    const theirs = await endedChat([{ phase: 'after', mood: 1 }], colleague.id)
    const mine = await endedChat([{ phase: 'after', mood: 1 }], ids.agent!)
    const listed = (await followUps('agent')).map((f) => f.conversationId)
    expect(listed).toContain(mine)
    expect(listed).not.toContain(theirs)
    expect((await followUps('manager')).map((f) => f.conversationId)).toContain(theirs)
    expect((await api('agent', `/api/follow-ups/${theirs}`, { method: 'POST' })).status).toBe(404)
    expect((await api('manager', `/api/follow-ups/${theirs}`, { method: 'POST' })).status).toBe(200)
  })

  it('is for signed-in members only', async () => {
    expect((await api(null, '/api/follow-ups')).status).toBe(401)
    expect((await api(null, `/api/follow-ups/${randomUUID()}`, { method: 'POST' })).status).toBe(401)
  })
})

describe('following up', () => {
  it('the shopper is asked once, on the same faces, when their widget next connects; the answer is stored and counts as recovered', async () => {
    // A shopper ends their chat very upset.
    const first = await shopper()
    first.client.send({ type: 'send', clientId: 'm1', text: 'my parcel is lost' })
    const { conversationId } = await first.client.next('ack')
    first.client.send({ type: 'end', clientId: 'e1', conversationId })
    await first.client.next('event', (f) => f.event.kind === 'checkin.asked' && f.event.phase === 'after')
    first.client.send({ type: 'answer', conversationId, clientId: 'a1', answer: { phase: 'after', mood: 1, comment: 'Nobody knew where it was' } })
    await first.client.next('ack', (f) => f.clientId === 'a1')
    first.client.send({ type: 'read', conversationId, seq: 1 })
    // Before any follow-up, the follow-up card cannot be answered.
    first.client.send({ type: 'answer', conversationId, clientId: 'x1', answer: { phase: 'follow_up', mood: 5 } })
    expect(await first.client.next('error')).toMatchObject({ code: 'not_allowed', ref: 'x1' })
    await first.client.close()

    expect((await followUps()).find((f) => f.conversationId === conversationId)?.reason).toBe('upset')
    expect((await api('agent', `/api/follow-ups/${conversationId}`, { method: 'POST' })).status).toBe(200)

    // The shopper comes back: the welcome resumes that chat, where the follow-up is asked.
    const back = await shopper(first.welcome.token)
    // With how far they read it: the chat an agent followed up is read with its marks (not the latest).
    expect(back.welcome.conversation).toMatchObject({ id: conversationId, readSeq: 1 })
    back.client.send({ type: 'resume', conversationId, afterSeq: 0 })
    const asked = await back.client.next('event', (f) => f.event.kind === 'checkin.asked' && f.event.phase === 'follow_up')
    expect(asked.event).toMatchObject({ trigger: 'follow_up', author: { role: 'system' } })
    back.client.send({ type: 'answer', conversationId, clientId: 'f1', answer: { phase: 'follow_up', mood: 4 } })
    await back.client.next('ack', (f) => f.clientId === 'f1')
    await back.client.close()

    // Once: coming back again asks nothing more.
    const again = await shopper(first.welcome.token)
    again.client.send({ type: 'history', conversationId, beforeSeq: 1000 })
    const { events } = await again.client.next('history')
    expect(events.filter((e) => e.kind === 'checkin.asked' && e.phase === 'follow_up')).toHaveLength(1)
    expect(events.filter((e) => e.kind === 'checkin.answered' && e.answer.phase === 'follow_up')).toHaveLength(1)

    const listed = (await followUps()).find((f) => f.conversationId === conversationId)
    expect(listed).toMatchObject({ sentBy: 'The agent', moodAfter: 1, moodFollowUp: 4 })
    expect(listed?.askedAt).not.toBeNull()

    const insights = v.parse(InsightsResponseSchema, await (await api('manager', '/api/insights')).json())
    expect(insights.summary.recoveredAfterFollowUp).toEqual({ value: 1, count: 1, n: 1 })
    const csv = await (await api('manager', '/api/insights.csv')).text()
    const [header, ...rows] = csv.trim().split('\r\n')
    const columns = header!.split(',')
    const row = rows.find((r) => r.startsWith(conversationId))!.split(',')
    expect(row[columns.indexOf('moodFollowUp')]).toBe('4')
    expect(row[columns.indexOf('recoveredAfterFollowUp')]).toBe('true')
    expect(row[columns.indexOf('comment')]).toBe('Nobody knew where it was')
  })

  it('a shopper in another chat now is not interrupted: the follow-up waits until that chat is over', async () => {
    const first = await shopper()
    first.client.send({ type: 'send', clientId: 'm1', text: 'wrong size' })
    const { conversationId } = await first.client.next('ack')
    first.client.send({ type: 'end', clientId: 'e1', conversationId })
    await first.client.next('event', (f) => f.event.kind === 'checkin.asked' && f.event.phase === 'after')
    first.client.send({ type: 'answer', conversationId, clientId: 'a1', answer: { phase: 'after', mood: 2 } })
    await first.client.next('ack', (f) => f.clientId === 'a1')
    await first.client.close()
    expect((await api('agent', `/api/follow-ups/${conversationId}`, { method: 'POST' })).status).toBe(200)
    // Meanwhile the shopper started a new chat (from another device, say).
    const newer = randomUUID()
    await db.query(`INSERT INTO conversations (id, site_id, visitor_id) VALUES ($1, $2, $3)`, [newer, siteId, first.welcome.visitorId])

    const during = await shopper(first.welcome.token)
    expect(during.welcome.conversation?.id).toBe(newer)
    expect((await followUps()).find((f) => f.conversationId === conversationId)?.askedAt).toBeNull()

    await db.query(`UPDATE conversations SET status = 'resolved' WHERE id = $1`, [newer])
    const after = await shopper(first.welcome.token)
    expect(after.welcome.conversation?.id).toBe(conversationId)
    expect((await followUps()).find((f) => f.conversationId === conversationId)?.askedAt).not.toBeNull()
  })

  it('a shopper who turned off check-ins is not followed up (403); one who turns them off after it was sent is never listed as asked', async () => {
    const first = await shopper()
    first.client.send({ type: 'send', clientId: 'm1', text: 'charged twice' })
    const { conversationId } = await first.client.next('ack')
    first.client.send({ type: 'end', clientId: 'e1', conversationId })
    await first.client.next('event', (f) => f.event.kind === 'checkin.asked' && f.event.phase === 'after')
    first.client.send({ type: 'answer', conversationId, clientId: 'a1', answer: { phase: 'after', mood: 1 } })
    await first.client.next('ack', (f) => f.clientId === 'a1')
    await first.client.close()
    const optOut = (out: boolean) => db.query('UPDATE visitors SET checkins_opted_out = $2 WHERE id = $1', [first.welcome.visitorId, out])

    await optOut(true)
    const refused = await api('agent', `/api/follow-ups/${conversationId}`, { method: 'POST' })
    expect(refused.status).toBe(403)
    expect(await refused.json()).toMatchObject({ error: { code: 'forbidden' } })

    await optOut(false)
    expect((await api('agent', `/api/follow-ups/${conversationId}`, { method: 'POST' })).status).toBe(200)
    await optOut(true)
    const back = await shopper(first.welcome.token)
    back.client.send({ type: 'history', conversationId, beforeSeq: 1000 })
    const { events } = await back.client.next('history')
    expect(events.filter((e) => e.kind === 'checkin.asked' && e.phase === 'follow_up')).toHaveLength(0)
    expect((await followUps()).find((f) => f.conversationId === conversationId)).toMatchObject({ sentBy: 'The agent', askedAt: null })
  })
})

describe('feedback', () => {
  it('lists the comments with the moods around them, filters by acted on, and a manager marks one acted on with a note', async () => {
    const slow = await endedChat([
      { phase: 'before', mood: 2, topic: 'order' },
      { phase: 'after', mood: 3, comment: 'Delivery took ten days' },
    ])
    const rude = await endedChat([{ phase: 'after', mood: 1, comment: 'The agent was short with me' }])
    await endedChat([{ phase: 'after', mood: 5 }])

    const list = async (query = '') => v.parse(FeedbackResponseSchema, await (await api('manager', `/api/feedback${query}`)).json()).feedback
    const all = await list()
    expect(all.find((f) => f.conversationId === slow)).toMatchObject({
      moodBefore: 2,
      moodAfter: 3,
      comment: 'Delivery took ten days',
      actedOn: null,
    })
    expect(all.map((f) => f.conversationId)).toContain(rude)
    expect(all.every((f) => f.comment.length > 0)).toBe(true)
    expect((await list('?topic=order')).map((f) => f.conversationId)).toEqual([slow])

    const acted = await api('manager', `/api/feedback/${slow}/acted`, { method: 'POST', body: { note: '  We added a second courier.  ' } })
    expect(acted.status).toBe(200)
    expect(v.parse(FeedbackActedResponseSchema, await acted.json()).feedback.actedOn).toMatchObject({
      note: 'We added a second courier.',
      by: 'The manager',
    })
    expect((await list('?acted=yes')).map((f) => f.conversationId)).toEqual([slow])
    expect((await list('?acted=no')).map((f) => f.conversationId)).not.toContain(slow)
    expect((await api('manager', '/api/feedback?acted=maybe')).status).toBe(400)

    const csv = await (await api('manager', '/api/insights.csv')).text()
    expect(
      csv
        .split('\r\n')
        .find((r) => r.startsWith(slow))
        ?.endsWith(',Delivery took ten days,We added a second courier.'),
    ).toBe(true)
  })

  it('an agent may not read or answer feedback; an empty note, a chat without a comment and another store’s chat are refused', async () => {
    const chat = await endedChat([{ phase: 'after', mood: 2, comment: 'meh' }])
    const silent = await endedChat([{ phase: 'after', mood: 2 }])
    expect((await api('agent', '/api/feedback')).status).toBe(403)
    expect((await api('agent', `/api/feedback/${chat}/acted`, { method: 'POST', body: { note: 'Fixed' } })).status).toBe(403)
    expect((await api(null, `/api/feedback/${chat}/acted`, { method: 'POST', body: { note: 'Fixed' } })).status).toBe(401)
    expect((await api('manager', `/api/feedback/${chat}/acted`, { method: 'POST', body: { note: '   ' } })).status).toBe(400)
    expect((await api('manager', `/api/feedback/${silent}/acted`, { method: 'POST', body: { note: 'Fixed' } })).status).toBe(409)
    expect((await api('manager', `/api/feedback/${randomUUID()}/acted`, { method: 'POST', body: { note: 'Fixed' } })).status).toBe(404)
  })

  it('an identified shopper is told once "You told us …, we …"; an anonymous one never', async () => {
    const secret = 'identity-secret-for-tests'
    await db.query('UPDATE sites SET identity_secret = $2 WHERE id = $1', [siteId, secret])
    const first = await shopper()
    first.client.send({ type: 'identify', id: 'user-42', userHash: identityHash(secret, 'user-42') })
    const identified = await first.client.next('welcome')
    if (identified.role !== 'visitor') throw new Error('not a visitor welcome')
    expect(identified.toldUs).toBeUndefined()
    first.client.send({ type: 'send', clientId: 'm1', text: 'the app keeps logging me out' })
    const { conversationId } = await first.client.next('ack', (f) => f.clientId === 'm1')
    first.client.send({ type: 'end', clientId: 'e1', conversationId })
    await first.client.next('event', (f) => f.event.kind === 'checkin.asked' && f.event.phase === 'after')
    first.client.send({ type: 'answer', conversationId, clientId: 'a1', answer: { phase: 'after', mood: 3, comment: 'Please fix the login' } })
    await first.client.next('ack', (f) => f.clientId === 'a1')
    await first.client.close()

    const anonymous = await endedChat([{ phase: 'after', mood: 3, comment: 'Nice' }])
    await api('manager', `/api/feedback/${anonymous}/acted`, { method: 'POST', body: { note: 'Thanks' } })
    await api('manager', `/api/feedback/${conversationId}/acted`, { method: 'POST', body: { note: 'We fixed the login in the app.' } })
    const feedback = v.parse(FeedbackResponseSchema, await (await api('manager', '/api/feedback')).json()).feedback
    expect(feedback.find((f) => f.conversationId === conversationId)?.identified).toBe(true)
    expect(feedback.find((f) => f.conversationId === anonymous)?.identified).toBe(false)

    const back = await shopper(identified.token)
    expect(back.welcome.toldUs).toEqual({ comment: 'Please fix the login', note: 'We fixed the login in the app.' })
    const again = await shopper(identified.token)
    expect(again.welcome.toldUs).toBeUndefined()
    const [told] = await db.query<{ told_at: Date | null }>('SELECT told_at FROM feedback_actions WHERE conversation_id = $1', [anonymous])
    expect(told?.told_at).toBeNull()
  })

  it('stays with a shopper who signs in on the device after the chat, and so do their "no more mail", "no more check-ins" and files, never an address left there', async () => {
    const secret = 'identity-secret-for-tests'
    await db.query('UPDATE sites SET identity_secret = $2 WHERE id = $1', [siteId, secret])
    const signIn = { type: 'identify', id: 'user-77', userHash: identityHash(secret, 'user-77') } as const
    // The account exists: the shopper signed in once on another device.
    const elsewhere = await shopper()
    elsewhere.client.send(signIn)
    const account = await elsewhere.client.next('welcome')
    if (account.role !== 'visitor') throw new Error('not a visitor welcome')
    await elsewhere.client.close()

    // On this device, not signed in: a chat that ended upset, followed up and acted on.
    const device = await shopper()
    device.client.send({ type: 'send', clientId: 'm1', text: 'My parcel is lost' })
    const { conversationId } = await device.client.next('ack', (f) => f.clientId === 'm1')
    device.client.send({ type: 'end', clientId: 'e1', conversationId })
    await device.client.next('event', (f) => f.event.kind === 'checkin.asked' && f.event.phase === 'after')
    device.client.send({ type: 'answer', conversationId, clientId: 'a1', answer: { phase: 'after', mood: 1, comment: 'Nobody answered' } })
    await device.client.next('ack', (f) => f.clientId === 'a1')
    expect((await api('agent', `/api/follow-ups/${conversationId}`, { method: 'POST' })).status).toBe(200)
    expect((await api('manager', `/api/feedback/${conversationId}/acted`, { method: 'POST', body: { note: 'We sent a new parcel.' } })).status).toBe(
      200,
    )
    // On a shared device, not necessarily by the account's person: an address, "no more", a file.
    await db.query(
      `UPDATE visitors SET notify_email = 'someone@shared.example', mail_unsubscribed_at = now(), checkins_opted_out = true WHERE id = $1`,
      [device.welcome.visitorId],
    )
    const file = randomUUID()
    await db.query(
      `INSERT INTO uploads (id, site_id, uploader_role, uploader_id, name, type, size) VALUES ($1, $2, 'visitor', $3, 'receipt.png', 'image/png', 10)`,
      [file, siteId, device.welcome.visitorId],
    )

    device.client.send(signIn)
    const merged = await device.client.next('welcome', (f) => f.role === 'visitor' && f.visitorId === account.visitorId)
    expect(merged.role).toBe('visitor')
    const moved = (table: string) => db.query<{ visitor_id: string }>(`SELECT visitor_id FROM ${table} WHERE conversation_id = $1`, [conversationId])
    expect(await moved('follow_ups')).toEqual([{ visitor_id: account.visitorId }])
    expect(await moved('feedback_actions')).toEqual([{ visitor_id: account.visitorId }])
    expect((await followUps()).find((f) => f.conversationId === conversationId)?.sentAt).not.toBeNull()
    const [choices] = await db.query<{ unsubscribed: boolean; checkins_opted_out: boolean; notify_email: string | null }>(
      'SELECT mail_unsubscribed_at IS NOT NULL AS unsubscribed, checkins_opted_out, notify_email FROM visitors WHERE id = $1',
      [account.visitorId],
    )
    // Less contact holds; an address to mail the account's replies to never moves (it may be a stranger's).
    expect(choices).toEqual({ unsubscribed: true, checkins_opted_out: true, notify_email: null })
    expect(await db.query('SELECT uploader_id FROM uploads WHERE id = $1', [file])).toEqual([{ uploader_id: account.visitorId }])
  })

  it("the merge moves every table that holds a shopper's rows", async () => {
    const tables = await db.query<{ table_name: string }>(
      `SELECT DISTINCT c.table_name FROM information_schema.key_column_usage c
         JOIN information_schema.referential_constraints r ON r.constraint_name = c.constraint_name
         JOIN information_schema.constraint_column_usage u ON u.constraint_name = r.unique_constraint_name
        WHERE u.table_name = 'visitors' ORDER BY c.table_name`,
    )
    expect(tables.map((t) => t.table_name)).toEqual([...ROWS_OF_A_SHOPPER].sort())
  })

  it("is in the shopper's data export, and goes with it when they are erased", async () => {
    const chat = await endedChat([{ phase: 'after', mood: 1, comment: 'Broken on arrival' }])
    expect((await api('agent', `/api/follow-ups/${chat}`, { method: 'POST' })).status).toBe(200)
    expect((await api('manager', `/api/feedback/${chat}/acted`, { method: 'POST', body: { note: 'We changed the packaging.' } })).status).toBe(200)
    const [row] = await db.query<{ visitor_id: string }>('SELECT visitor_id FROM conversations WHERE id = $1', [chat])
    const exported = await exportVisitor(db, siteId, row!.visitor_id)
    expect(exported?.conversations[0]).toMatchObject({
      followUp: { reason: 'upset', askedAt: null },
      commentActedOn: { note: 'We changed the packaging.', toldAt: null },
    })
    expect((await api('manager', `/api/visitors/${row!.visitor_id}`, { method: 'DELETE' })).status).toBe(200)
    expect(await db.query('SELECT 1 FROM follow_ups WHERE conversation_id = $1', [chat])).toEqual([])
    expect(await db.query('SELECT 1 FROM feedback_actions WHERE conversation_id = $1', [chat])).toEqual([])
  })
})
