import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPeople } from '../accounts/people.ts'
import { createStores, type StoreRecord } from '../accounts/stores.ts'
import type { Database } from '../db/database.ts'
import { openPglite } from '../db/pglite.ts'
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
