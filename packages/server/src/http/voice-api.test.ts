import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPeople } from '../accounts/people.ts'
import { createStores, type StoreRecord } from '../accounts/stores.ts'
import type { Database } from '../db/database.ts'
import { findPostgresBin, startLocalPostgres } from '../db/local-postgres.ts'
import { openPglite } from '../db/pglite.ts'
import { openPostgres } from '../db/postgres.ts'
import { createAttuneServer, type AttuneServer } from '../server.ts'
import { signedIn as signedInAs, type Answer, type Json } from './test-caller.ts'

// Issue 16: the store's Thai voice reaches its widget; each person's voice is their own.
const PASSWORD = 'a long enough password'

let db: Database
let server: AttuneServer
let store: StoreRecord

beforeAll(async () => {
  db = await openPglite()
  server = await createAttuneServer({ port: 0, host: '127.0.0.1', database: db })
  const people = createPeople(db)
  store = await createStores(db).create({ name: 'Siam Silk', origins: ['https://siamsilk.example'] })
  for (const [name, role] of [
    ['owner', 'owner'],
    ['dao', 'agent'],
    ['ploy', 'agent'],
  ] as const) {
    const person = await people.create({ email: `${name}@siamsilk.example`, name, password: PASSWORD })
    await people.join(store.id, person.id, role)
  }
}, 120_000)

afterAll(async () => {
  await server?.close()
  await db?.close()
})

/** A person of this test's stores, signed in: their calls to the API. */
const signedIn = async (name: string) => (await signedInAs(server.url, `${name}@siamsilk.example`, PASSWORD)).call

/** What the preferences' answers are compared by: all of the status and the body. */
const statusAndBody = ({ status, body }: Answer) => ({ status, body })

const widgetVoice = async () => ((await (await fetch(`${server.url}/api/sites/${store.key}`)).json()) as Json).thaiVoice

describe("a store's Thai voice", () => {
  it('is female (ค่ะ/คะ) until the owner changes it, and the widget reads each change with its configuration', async () => {
    expect(await widgetVoice()).toBe('female')
    const owner = await signedIn('owner')
    expect((await owner('GET', '/api/store')).body.store.thaiVoice).toBe('female')

    const male = await owner('PUT', '/api/store', { thaiVoice: 'male' })
    expect(male.status).toBe(200)
    expect(male.body.store.thaiVoice).toBe('male')
    expect(await widgetVoice()).toBe('male')

    // Renaming leaves the voice as it is.
    expect((await owner('PUT', '/api/store', { name: 'Siam Silk' })).body.store.thaiVoice).toBe('male')
    await owner('PUT', '/api/store', { thaiVoice: 'neutral' })
    expect(await widgetVoice()).toBe('neutral')
  })

  it('refuses a voice outside the three with a typed 400 that names them, and keeps the one it had', async () => {
    const owner = await signedIn('owner')
    const before = await widgetVoice()
    const refused = await owner('PUT', '/api/store', { thaiVoice: 'loud' })
    expect(refused.status).toBe(400)
    expect(refused.body.error.code).toBe('bad_request')
    expect(refused.body.error.message).toContain('female (ค่ะ/คะ), male (ครับ) or neutral')
    expect(await widgetVoice()).toBe(before)
  })
})

describe("a person's Thai voice", () => {
  it('is their own: saved with their account, answered by /me, and nobody else changes', async () => {
    const dao = await signedIn('dao')
    expect((await dao('GET', '/api/agent/me')).body.preferences).toEqual({ thaiVoice: 'female', language: null, sound: true })
    const saved = await dao('PUT', '/api/agent/preferences', { thaiVoice: 'male' })
    expect(statusAndBody(saved)).toEqual({ status: 200, body: { thaiVoice: 'male', language: null, sound: true } })
    expect((await dao('GET', '/api/agent/me')).body.preferences).toEqual({ thaiVoice: 'male', language: null, sound: true })
    // A new session finds it too.
    expect((await (await signedIn('dao'))('GET', '/api/agent/me')).body.preferences).toEqual({ thaiVoice: 'male', language: null, sound: true })

    const ploy = await signedIn('ploy')
    expect((await ploy('GET', '/api/agent/me')).body.preferences).toEqual({ thaiVoice: 'female', language: null, sound: true })
  })

  it('refuses an unknown voice or a missing one with a typed 400, and keeps the saved one', async () => {
    const dao = await signedIn('dao')
    await dao('PUT', '/api/agent/preferences', { thaiVoice: 'neutral' })
    for (const body of [{ thaiVoice: 'ค่ะ' }, {}]) {
      const refused = await dao('PUT', '/api/agent/preferences', body)
      expect(refused.status).toBe(400)
      expect(refused.body.error.code).toBe('bad_request')
    }
    expect((await dao('GET', '/api/agent/me')).body.preferences).toEqual({ thaiVoice: 'neutral', language: null, sound: true })
  })
})

describe("a person's inbox language (issue 14)", () => {
  it('follows them to a new session, leaves their Thai voice alone, and goes back to the browser’s with null', async () => {
    const ploy = await signedIn('ploy')
    expect(statusAndBody(await ploy('PUT', '/api/agent/preferences', { language: 'lo' }))).toEqual({
      status: 200,
      body: { thaiVoice: 'female', language: 'lo', sound: true },
    })
    const elsewhere = await signedIn('ploy')
    expect((await elsewhere('GET', '/api/agent/me')).body.preferences).toEqual({ thaiVoice: 'female', language: 'lo', sound: true })
    // Saving a voice keeps the language, and the other way round.
    await elsewhere('PUT', '/api/agent/preferences', { thaiVoice: 'male' })
    expect((await ploy('GET', '/api/agent/me')).body.preferences).toEqual({ thaiVoice: 'male', language: 'lo', sound: true })
    expect((await ploy('PUT', '/api/agent/preferences', { language: null })).body).toEqual({ thaiVoice: 'male', language: null, sound: true })
  })

  it('takes Indonesian (id) as any other, and keeps it for the next session', async () => {
    const dao = await signedIn('dao')
    const saved = await dao('PUT', '/api/agent/preferences', { language: 'id' })
    expect(saved.status).toBe(200)
    expect(saved.body.language).toBe('id')
    expect((await (await signedIn('dao'))('GET', '/api/agent/me')).body.preferences.language).toBe('id')
    // Its older code is the browser's business (the inbox's chooseLanguage), not a language to keep.
    expect((await dao('PUT', '/api/agent/preferences', { language: 'in' })).status).toBe(400)
  })

  it("takes Arabic (ar) and keeps it for the next session; a regional tag is the browser's business", async () => {
    const dao = await signedIn('dao')
    expect((await dao('PUT', '/api/agent/preferences', { language: 'ar' })).body.language).toBe('ar')
    expect((await (await signedIn('dao'))('GET', '/api/agent/me')).body.preferences.language).toBe('ar')
    expect((await dao('PUT', '/api/agent/preferences', { language: 'ar-SA' })).status).toBe(400)
  })

  it('refuses a language the inbox does not speak with a typed 400, and keeps the saved one', async () => {
    const ploy = await signedIn('ploy')
    await ploy('PUT', '/api/agent/preferences', { language: 'fil' })
    for (const body of [{ language: 'de' }, { language: 'TH' }, { language: 7 }]) {
      const refused = await ploy('PUT', '/api/agent/preferences', body)
      expect(refused.status).toBe(400)
      expect(refused.body.error.code).toBe('bad_request')
    }
    expect((await ploy('GET', '/api/agent/me')).body.preferences.language).toBe('fil')
  })
})

// Migrations 34 and 36 let 'id' and 'ar' past people.language's check: on PostgreSQL as on PGlite above (skipped
// where PostgreSQL is not installed; CI installs Debian's postgresql).
const postgresBin = findPostgresBin()
describe.runIf(postgresBin)("a person's inbox language on a real PostgreSQL", () => {
  let cluster: Awaited<ReturnType<typeof startLocalPostgres>>
  let pg: Database
  let pgServer: AttuneServer
  beforeAll(async () => {
    cluster = await startLocalPostgres(postgresBin!)
    pg = await openPostgres(cluster.url)
    pgServer = await createAttuneServer({ port: 0, host: '127.0.0.1', database: pg })
    const people = createPeople(pg)
    const shop = await createStores(pg).create({ name: 'Toko Batik', origins: ['https://tokobatik.example'] })
    await people.join(shop.id, (await people.create({ email: 'sari@tokobatik.example', name: 'Sari', password: PASSWORD })).id, 'agent')
  }, 120_000)
  afterAll(async () => {
    await pgServer?.close()
    await pg?.close()
    await cluster?.stop()
  })

  it('stores Indonesian (id), and still refuses a language the inbox does not speak', async () => {
    const sari = (await signedInAs(pgServer.url, 'sari@tokobatik.example', PASSWORD)).call
    expect(statusAndBody(await sari('PUT', '/api/agent/preferences', { language: 'id' }))).toEqual({
      status: 200,
      body: { thaiVoice: 'female', language: 'id', sound: true },
    })
    expect((await sari('GET', '/api/agent/me')).body.preferences.language).toBe('id')
    expect((await sari('PUT', '/api/agent/preferences', { language: 'ms' })).status).toBe(400)
    // The check itself, under the API's: a value the inbox does not speak is still refused there.
    await expect(pg.query("UPDATE people SET language = 'ms' WHERE email = 'sari@tokobatik.example'")).rejects.toThrow(/people_language_check/)
  })

  it('stores Arabic (ar): migration 36 lets it past the check', async () => {
    const sari = (await signedInAs(pgServer.url, 'sari@tokobatik.example', PASSWORD)).call
    expect((await sari('PUT', '/api/agent/preferences', { language: 'ar' })).status).toBe(200)
    expect((await sari('GET', '/api/agent/me')).body.preferences.language).toBe('ar')
    await expect(pg.query("UPDATE people SET language = 'fa' WHERE email = 'sari@tokobatik.example'")).rejects.toThrow(/people_language_check/)
  })
})

describe("a person's alert sound (issue 14, decision 028)", () => {
  it('is on until they turn it off, follows them to a new session, and leaves their other choices alone', async () => {
    const owner = await signedIn('owner')
    expect((await owner('GET', '/api/agent/me')).body.preferences.sound).toBe(true)
    await owner('PUT', '/api/agent/preferences', { language: 'th' })
    expect(statusAndBody(await owner('PUT', '/api/agent/preferences', { sound: false }))).toEqual({
      status: 200,
      body: { thaiVoice: 'female', language: 'th', sound: false },
    })
    const elsewhere = await signedIn('owner')
    expect((await elsewhere('GET', '/api/agent/me')).body.preferences).toEqual({ thaiVoice: 'female', language: 'th', sound: false })
    // Another choice saved keeps the sound off; nobody else's is touched.
    await elsewhere('PUT', '/api/agent/preferences', { thaiVoice: 'neutral' })
    expect((await owner('GET', '/api/agent/me')).body.preferences.sound).toBe(false)
    expect((await (await signedIn('dao'))('GET', '/api/agent/me')).body.preferences.sound).toBe(true)
    expect((await owner('PUT', '/api/agent/preferences', { sound: true })).body.sound).toBe(true)
  })

  it('refuses a sound that is not true or false with a typed 400, and keeps the saved one', async () => {
    const owner = await signedIn('owner')
    await owner('PUT', '/api/agent/preferences', { sound: false })
    for (const body of [{ sound: 'off' }, { sound: 0 }, { sound: null }]) {
      const refused = await owner('PUT', '/api/agent/preferences', body)
      expect(refused.status).toBe(400)
      expect(refused.body.error.code).toBe('bad_request')
    }
    expect((await owner('GET', '/api/agent/me')).body.preferences.sound).toBe(false)
  })
})
