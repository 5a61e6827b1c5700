import { MAX_CANNED_REPLIES } from '@attune/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPeople } from '../accounts/people.ts'
import { createStores, type StoreRecord } from '../accounts/stores.ts'
import type { Database } from '../db/database.ts'
import { openPglite } from '../db/pglite.ts'
import { createAttuneServer, type AttuneServer } from '../server.ts'
import { signedIn as signedInAs, type Json } from './test-caller.ts'

// Issue 14: a store's canned replies, written by its managers (and above), read by all who converse.
const PASSWORD = 'a long enough password'

let db: Database
let server: AttuneServer
let store: StoreRecord

beforeAll(async () => {
  db = await openPglite()
  server = await createAttuneServer({ port: 0, host: '127.0.0.1', database: db })
  const people = createPeople(db)
  const stores = createStores(db)
  store = await stores.create({ name: 'Siam Silk', origins: ['https://siamsilk.example'] })
  const other = await stores.create({ name: 'Other', origins: ['https://other.example'] })
  for (const [name, site, role] of [
    ['manager', store, 'manager'],
    ['agent', store, 'agent'],
    ['rival', other, 'owner'],
  ] as const) {
    const person = await people.create({ email: `${name}@canned.example`, name, password: PASSWORD })
    await people.join(site.id, person.id, role)
  }
}, 120_000)

afterAll(async () => {
  await server?.close()
  await db?.close()
})

/** A person of this test's stores, signed in: their calls to the API. */
const signedIn = async (name: string) => (await signedInAs(server.url, `${name}@canned.example`, PASSWORD)).call

const delivery = {
  title: 'Delivery times',
  shortcut: 'delivery',
  language: 'en',
  texts: { en: 'Hi {shopper_name}, parcels arrive in 2–3 days.', th: 'สวัสดีค่ะคุณ{shopper_name} พัสดุจะถึงภายใน 2–3 วันค่ะ' },
}

describe("a store's canned replies", () => {
  it('are added, read by an agent, edited and removed by a manager', async () => {
    const manager = await signedIn('manager')
    const agent = await signedIn('agent')
    const added = await manager('POST', '/api/canned-replies', { ...delivery, shortcut: '/delivery' })
    expect(added.status).toBe(201)
    const { id } = added.body.cannedReply
    expect(added.body.cannedReply).toEqual({ id, ...delivery })
    expect((await agent('GET', '/api/canned-replies')).body).toEqual({ cannedReplies: [{ id, ...delivery }] })

    const edited = await manager('PUT', `/api/canned-replies/${id}`, { ...delivery, title: 'Shipping', texts: { en: 'Two to three days.' } })
    expect(edited.body.cannedReply).toEqual({ id, ...delivery, title: 'Shipping', texts: { en: 'Two to three days.' } })
    expect((await agent('PUT', `/api/canned-replies/${id}`, delivery)).status).toBe(403)
    expect((await agent('DELETE', `/api/canned-replies/${id}`)).status).toBe(403)

    expect((await manager('DELETE', `/api/canned-replies/${id}`)).body).toEqual({ deleted: true })
    expect((await agent('GET', '/api/canned-replies')).body).toEqual({ cannedReplies: [] })
  })

  it('refuse an unknown placeholder, naming the field and the placeholder, and store nothing', async () => {
    const manager = await signedIn('manager')
    const refused = await manager('POST', '/api/canned-replies', { ...delivery, texts: { en: 'Hi {customer}!' } })
    expect(refused.status).toBe(400)
    expect(refused.body.error).toEqual({
      code: 'bad_request',
      message: 'texts.en: Unknown placeholder {customer}: use {shopper_name}, {agent_name}, {store_name}.',
    })
    expect((await manager('GET', '/api/canned-replies')).body.cannedReplies).toEqual([])
  })

  it('keep each shortcut once in a store, on adding and on editing, while another store may use it', async () => {
    const manager = await signedIn('manager')
    const rival = await signedIn('rival')
    const first = (await manager('POST', '/api/canned-replies', delivery)).body.cannedReply
    const second = (await manager('POST', '/api/canned-replies', { ...delivery, shortcut: 'returns' })).body.cannedReply
    const again = await manager('POST', '/api/canned-replies', delivery)
    expect(again.status).toBe(409)
    expect(again.body.error.message).toBe('shortcut: /delivery is taken by another canned reply in this store.')
    expect((await manager('PUT', `/api/canned-replies/${second.id}`, delivery)).status).toBe(409)
    expect((await rival('POST', '/api/canned-replies', delivery)).status).toBe(201)
    expect((await manager('GET', '/api/canned-replies')).body.cannedReplies.map((r: Json) => r.shortcut)).toEqual(['delivery', 'returns'])
    for (const { id } of [first, second]) await manager('DELETE', `/api/canned-replies/${id}`)
  })

  it("are another store's owner's to neither see nor change", async () => {
    const manager = await signedIn('manager')
    const rival = await signedIn('rival')
    const { id } = (await manager('POST', '/api/canned-replies', { ...delivery, shortcut: 'mine' })).body.cannedReply
    expect((await rival('GET', '/api/canned-replies')).body.cannedReplies.map((r: Json) => r.id)).not.toContain(id)
    expect((await rival('PUT', `/api/canned-replies/${id}`, delivery)).status).toBe(404)
    expect((await rival('DELETE', `/api/canned-replies/${id}`)).status).toBe(404)
    expect((await rival('DELETE', '/api/canned-replies/not-a-uuid')).status).toBe(404)
    expect((await manager('GET', '/api/canned-replies')).body.cannedReplies).toEqual([{ id, ...delivery, shortcut: 'mine' }])
  })

  it('refuse one more than the store keeps with a 409 naming no field, unlike a taken shortcut', async () => {
    const manager = await signedIn('manager')
    await db.query(
      `INSERT INTO canned_replies (id, site_id, title, shortcut, language, texts)
       SELECT gen_random_uuid(), $1, 'Saved', 'saved-' || n, 'en', '{"en": "Hi."}'
       FROM generate_series(1, $2::int - (SELECT count(*)::int FROM canned_replies WHERE site_id = $1)) n`,
      [store.id, MAX_CANNED_REPLIES],
    )
    const refused = await manager('POST', '/api/canned-replies', { ...delivery, shortcut: 'one-more' })
    expect(refused.status).toBe(409)
    expect(refused.body.error).toEqual({ code: 'conflict', message: 'A store keeps at most 200 canned replies; remove one first.' })
    expect((await manager('GET', '/api/canned-replies')).body.cannedReplies).toHaveLength(MAX_CANNED_REPLIES)
    await db.query(`DELETE FROM canned_replies WHERE site_id = $1 AND shortcut LIKE 'saved-%'`, [store.id])
  })
})
