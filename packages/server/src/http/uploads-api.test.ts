import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PROTOCOL_VERSION, type Attachment } from '@attune/protocol'
import { createPeople } from '../accounts/people.ts'
import { createStores, type StoreRecord } from '../accounts/stores.ts'
import { createSessions, SESSION_COOKIE } from '../auth/sessions.ts'
import type { Database } from '../db/database.ts'
import { openPglite } from '../db/pglite.ts'
import { TestClient } from '../gateway/test-client.ts'
import { createAttuneServer, type AttuneServer } from '../server.ts'
import { signedUploadUrl } from '../upload-links.ts'
import { createUploads, UPLOAD_QUOTAS } from '../uploads.ts'

// Issue 11, finding 6: quotas, cleanup of files never attached, erasure that removes files, and
// files readable only with the conversation's access.
const SECRET = 'uploads-test-secret'
const SHOP = 'https://shop.example'
const PASSWORD = 'a long enough password'

let db: Database
let server: AttuneServer
let store: StoreRecord
let other: StoreRecord
const cookies: Record<'manager' | 'agent' | 'other', string> = { manager: '', agent: '', other: '' }
const open: TestClient[] = []

beforeAll(async () => {
  db = await openPglite()
  server = await createAttuneServer({ port: 0, host: '127.0.0.1', database: db, secret: SECRET })
  const stores = createStores(db)
  store = await stores.create({ name: 'Files Shop', origins: [SHOP] })
  other = await stores.create({ name: 'Other Shop', origins: [SHOP] })
  const people = createPeople(db)
  const sessions = createSessions(db)
  for (const [who, siteId, role] of [
    ['manager', store.id, 'manager'],
    ['agent', store.id, 'agent'],
    ['other', other.id, 'owner'],
  ] as const) {
    const person = await people.create({ email: `${who}@files.example`, name: who, password: PASSWORD })
    await people.join(siteId, person.id, role)
    cookies[who] = `${SESSION_COOKIE}=${await sessions.create(person.id, siteId)}`
  }
}, 120_000)

afterAll(async () => {
  await Promise.all(open.map((c) => c.close()))
  await server?.close()
  await db?.close()
})

/** A shopper of the store, greeted. */
async function shopper(token?: string) {
  const client = await TestClient.open(`${server.url.replace('http', 'ws')}/v1/visitor?siteKey=${store.key}`, { Origin: SHOP })
  open.push(client)
  client.send({ type: 'hello', v: PROTOCOL_VERSION, ...(token ? { token } : {}) })
  const welcome = await client.next('welcome')
  if (welcome.role !== 'visitor') throw new Error('expected a visitor welcome')
  return { client, token: welcome.token, visitorId: welcome.visitorId }
}

async function upload(token: string, bytes: Buffer | string = 'receipt', type = 'text/plain') {
  const response = await fetch(`${server.url}/api/uploads?siteKey=${store.key}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': type, Origin: SHOP },
    body: bytes,
  })
  return { status: response.status, headers: response.headers, body: (await response.json().catch(() => null)) as Record<string, any> | null }
}

const get = (path: string, cookie?: string) => fetch(server.url + path, cookie ? { headers: { cookie } } : {})

describe('upload quotas', () => {
  it(`let a shopper upload ${UPLOAD_QUOTAS.visitorFiles} files a day; more, even all at once, is a typed 429 with Retry-After`, async () => {
    const { token } = await shopper()
    const answers = await Promise.all(Array.from({ length: UPLOAD_QUOTAS.visitorFiles + 3 }, () => upload(token)))
    expect(answers.filter((a) => a.status === 201)).toHaveLength(UPLOAD_QUOTAS.visitorFiles)
    const refused = answers.filter((a) => a.status !== 201)
    expect(refused).toHaveLength(3)
    for (const answer of refused) {
      expect(answer.status).toBe(429)
      expect(answer.body?.error).toMatchObject({
        code: 'rate_limited',
        message: `At most ${UPLOAD_QUOTAS.visitorFiles} files a day; try again later.`,
      })
      expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0)
    }
    // Another shopper of the same store is not held back by the first one's quota.
    expect((await upload((await shopper()).token)).status).toBe(201)
  }, 120_000)

  it('let a shopper upload 25 MB a day', async () => {
    const { token } = await shopper()
    const big = Buffer.alloc(10 * 1024 * 1024, 1)
    expect((await upload(token, big)).status).toBe(201)
    expect((await upload(token, big)).status).toBe(201)
    const third = await upload(token, big)
    expect(third.status).toBe(429)
    expect(third.body?.error.message).toBe('At most 25 MB of files a day; try again later.')
  }, 120_000)

  it("refuse a store's uploads over its bytes for the day, shoppers' and agents' together", async () => {
    try {
      const uploads = createUploads(db, SECRET, { ...UPLOAD_QUOTAS, storeBytes: 10 })
      const file = { name: 'a.txt', type: 'text/plain', bytes: Buffer.from('12345') }
      await uploads.save(other.id, { role: 'agent', id: 'a1' }, file)
      await uploads.save(other.id, { role: 'visitor', id: 'v1' }, file)
      await expect(uploads.save(other.id, { role: 'visitor', id: 'v2' }, file)).rejects.toMatchObject({
        code: 'quota',
        message: expect.stringContaining('This store has received'),
      })
    } finally {
      await db.query('DELETE FROM uploads WHERE site_id = $1', [other.id])
    }
  }, 120_000)
})

describe('files never attached', () => {
  it('are removed, rows and bytes, a day after their upload; attached ones stay', async () => {
    const uploads = createUploads(db, SECRET)
    const file = { name: 'a.txt', type: 'text/plain', bytes: Buffer.from('abc') }
    const kept = await uploads.save(store.id, { role: 'visitor', id: 'v-cleanup' }, file)
    const dropped = await uploads.save(store.id, { role: 'visitor', id: 'v-cleanup' }, file)
    const fresh = await uploads.save(store.id, { role: 'visitor', id: 'v-cleanup' }, file)
    expect(await uploads.resolve(store.id, [kept.id])).toHaveLength(1)
    await db.query(`UPDATE uploads SET created_at = now() - interval '25 hours' WHERE id = ANY($1::uuid[])`, [[kept.id, dropped.id]])
    expect(await uploads.removeUnattached()).toBe(1)
    expect(await db.query('SELECT 1 FROM upload_bytes WHERE upload_id = $1', [dropped.id])).toEqual([])
    expect(await uploads.read(dropped.id)).toBeNull()
    expect(await uploads.read(kept.id)).not.toBeNull()
    expect(await uploads.read(fresh.id)).not.toBeNull()
  }, 120_000)
})

describe('reading a file', () => {
  async function sentFile() {
    const visitor = await shopper()
    const { body } = await upload(visitor.token, 'the receipt')
    const attachment = body!.attachment as Attachment
    visitor.client.send({ type: 'send', clientId: `f-${attachment.id}`, text: 'my receipt', attachments: [attachment.id] })
    const { conversationId, event } = await visitor.client.next('event')
    return { visitor, attachment, conversationId, event }
  }

  it('works with the signed link the message carries, and with the session of a member of its store who converses', async () => {
    const { attachment, event } = await sentFile()
    expect(attachment.url).toMatch(/^\/api\/uploads\/[0-9a-f-]+\?expires=\d+&sig=[\w-]+$/)
    expect(event).toMatchObject({ attachments: [{ id: attachment.id, url: attachment.url }] })
    const linked = await get(attachment.url)
    expect(linked.status).toBe(200)
    expect(await linked.text()).toBe('the receipt')
    for (const member of [cookies.manager, cookies.agent]) {
      const response = await get(`/api/uploads/${attachment.id}`, member)
      expect(response.status).toBe(200)
      expect(response.headers.get('cache-control')).toBe('private, no-store')
    }
  }, 120_000)

  it("is refused as a missing file without a link, with a forged or expired one, and to another store's member", async () => {
    const { attachment } = await sentFile()
    const expired = signedUploadUrl(SECRET, attachment.id, Date.now() - 9 * 24 * 60 * 60 * 1000)
    const forged = attachment.url.replace(/sig=[\w-]+/, 'sig=' + 'A'.repeat(43))
    const otherFile = attachment.url.replace(attachment.id, '00000000-0000-4000-8000-000000000000')
    for (const path of [`/api/uploads/${attachment.id}`, expired, forged, otherFile, signedUploadUrl('guessed', attachment.id)]) {
      expect((await get(path)).status, path).toBe(404)
    }
    expect((await get(`/api/uploads/${attachment.id}`, cookies.other)).status).toBe(404)
  }, 120_000)

  it('is signed afresh when the conversation is replayed, so a link stored long ago never goes stale', async () => {
    const { visitor, attachment, conversationId } = await sentFile()
    // The link as an older server stored it in the message.
    await db.query(`UPDATE events SET body = jsonb_set(body, '{attachments,0,url}', to_jsonb($2::text)) WHERE conversation_id = $1`, [
      conversationId,
      `/api/uploads/${attachment.id}`,
    ])
    const again = await shopper(visitor.token)
    again.client.send({ type: 'resume', conversationId, afterSeq: 0 })
    const replayed = await again.client.next('event', (f) => f.event.kind === 'message')
    const url = (replayed.event as { attachments: Attachment[] }).attachments[0]!.url
    expect(url).toContain('sig=')
    expect((await get(url)).status).toBe(200)
  }, 120_000)

  it('is no longer possible once the shopper is erased: rows and bytes are gone (DELETE /api/visitors/:id)', async () => {
    const { visitor, attachment } = await sentFile()
    const unattached = (await upload(visitor.token, 'never sent')).body!.attachment as Attachment
    const erased = await fetch(`${server.url}/api/visitors/${visitor.visitorId}`, {
      method: 'DELETE',
      headers: { cookie: cookies.manager, origin: server.url },
    })
    expect(erased.status).toBe(200)
    for (const file of [attachment, unattached]) {
      expect((await get(file.url)).status).toBe(404)
      expect((await get(`/api/uploads/${file.id}`, cookies.manager)).status).toBe(404)
    }
    expect(await db.query('SELECT 1 FROM uploads WHERE id = ANY($1::uuid[])', [[attachment.id, unattached.id]])).toEqual([])
    expect(await db.query('SELECT 1 FROM upload_bytes WHERE upload_id = ANY($1::uuid[])', [[attachment.id, unattached.id]])).toEqual([])
  }, 120_000)
})
