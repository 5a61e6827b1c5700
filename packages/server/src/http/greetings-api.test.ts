import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_GREETINGS } from '@attune/protocol'
import { createPeople } from '../accounts/people.ts'
import { createStores, type StoreRecord } from '../accounts/stores.ts'
import type { Database } from '../db/database.ts'
import { openPglite } from '../db/pglite.ts'
import { createGreetings } from '../greetings.ts'
import { createAttuneServer, type AttuneServer } from '../server.ts'
import { signedIn as signedInAs, type Json } from './test-caller.ts'

// Issue 15: a store's owner and admins set up proactive greetings; each store sees only its own.
const PASSWORD = 'a long enough password'

let db: Database
let server: AttuneServer
let store: StoreRecord
let other: StoreRecord

beforeAll(async () => {
  db = await openPglite()
  server = await createAttuneServer({ port: 0, host: '127.0.0.1', database: db })
  const people = createPeople(db)
  const stores = createStores(db)
  store = await stores.create({ name: 'Siam Silk', origins: ['https://siamsilk.example'] })
  other = await stores.create({ name: 'Other', origins: ['https://other.example'] })
  for (const [name, site] of [
    ['owner', store],
    ['rival', other],
  ] as const) {
    const person = await people.create({ email: `${name}@greetings.example`, name, password: PASSWORD })
    await people.join(site.id, person.id, 'owner')
  }
}, 120_000)

afterAll(async () => {
  await server?.close()
  await db?.close()
})

/** A person of this test's stores, signed in: their calls to the API. */
const signedIn = async (name: string) => (await signedInAs(server.url, `${name}@greetings.example`, PASSWORD)).call

const checkout = {
  condition: { kind: 'url_pattern', pattern: '/checkout*' },
  language: 'en',
  texts: { en: 'Questions about delivery? Ask us.', th: 'มีคำถามเรื่องการจัดส่งไหมคะ ถามเราได้เลยค่ะ' },
}

describe("a store's greetings", () => {
  it('are added off, turned on, edited and removed; the widget is offered only the enabled ones', async () => {
    const owner = await signedIn('owner')
    expect((await owner('GET', '/api/greetings')).body).toEqual({ greetings: [] })
    const added = await owner('POST', '/api/greetings', checkout)
    expect(added.status).toBe(201)
    const { id } = added.body.greeting
    expect(added.body.greeting).toEqual({ id, enabled: false, ...checkout })
    expect(await createGreetings(db).offers(store.id)).toEqual([])

    const on = await owner('PUT', `/api/greetings/${id}`, { ...checkout, enabled: true, texts: { en: 'Need a hand?' } })
    expect(on.body.greeting).toEqual({ id, enabled: true, ...checkout, texts: { en: 'Need a hand?' } })
    expect(await createGreetings(db).offers(store.id)).toEqual([{ id, ...checkout, texts: { en: 'Need a hand?' } }])

    expect((await owner('DELETE', `/api/greetings/${id}`)).body).toEqual({ deleted: true })
    expect((await owner('GET', '/api/greetings')).body).toEqual({ greetings: [] })
  })

  it('refuses a bad greeting with every problem named, and stores nothing', async () => {
    const owner = await signedIn('owner')
    const refused = await owner('POST', '/api/greetings', { ...checkout, condition: { kind: 'url_pattern', pattern: 'checkout' } })
    expect(refused.status).toBe(400)
    expect(refused.body.error.message).toContain('condition.pattern: A page pattern starts with /')
    expect((await owner('GET', '/api/greetings')).body.greetings).toEqual([])
  })

  it("are another store's owner's to neither see nor change", async () => {
    const owner = await signedIn('owner')
    const rival = await signedIn('rival')
    const { id } = (await owner('POST', '/api/greetings', checkout)).body.greeting
    expect((await rival('GET', '/api/greetings')).body.greetings).toEqual([])
    expect((await rival('PUT', `/api/greetings/${id}`, { ...checkout, enabled: true })).status).toBe(404)
    expect((await rival('DELETE', `/api/greetings/${id}`)).status).toBe(404)
    expect((await rival('DELETE', '/api/greetings/not-a-uuid')).status).toBe(404)
    expect((await owner('GET', '/api/greetings')).body.greetings).toEqual([{ id, enabled: false, ...checkout }])
    await owner('DELETE', `/api/greetings/${id}`)
  })

  it(`stop at ${MAX_GREETINGS} a store, with a conflict that says why`, async () => {
    const owner = await signedIn('owner')
    for (let i = 0; i < MAX_GREETINGS; i++) expect((await owner('POST', '/api/greetings', checkout)).status).toBe(201)
    const full = await owner('POST', '/api/greetings', checkout)
    expect(full.status).toBe(409)
    expect(full.body.error.message).toMatch(/at most 20 greetings/)
  })
})

describe("the launcher's answer", () => {
  it("lists the store's greetings that are on, and no other store's", async () => {
    const owner = await signedIn('owner')
    const rival = await signedIn('rival')
    for (const { id } of (await owner('GET', '/api/greetings')).body.greetings) await owner('DELETE', `/api/greetings/${id}`)
    const off = (await owner('POST', '/api/greetings', { ...checkout, texts: { en: 'Off' } })).body.greeting
    const on = (await owner('POST', '/api/greetings', { ...checkout, enabled: true })).body.greeting
    await rival('POST', '/api/greetings', { ...checkout, enabled: true, texts: { en: 'Rival' } })
    const launcher = async (key: string) => (await (await fetch(`${server.url}/api/sites/${key}/launcher`)).json()) as Json
    expect((await launcher(store.key)).greetings).toEqual([{ id: on.id, ...checkout }])
    expect((await launcher(other.key)).greetings).toHaveLength(1)
    expect((await launcher(store.key)).greetings.map((g: Json) => g.id)).not.toContain(off.id)
  })
})
