import { describe, expect, it, vi } from 'vitest'
import type { MeResponse } from '@attune/protocol'
import { createSessionApi } from './api.ts'

const me: MeResponse = {
  agent: { id: 'ag_1', name: 'Dao', email: 'agent@demo.store', siteKey: 'demo', role: 'owner' },
  stores: [
    { siteKey: 'demo', name: 'Demo Store', role: 'owner' },
    { siteKey: 'noodles', name: 'Noodle Bar', role: 'agent' },
  ],
  preferences: { thaiVoice: 'male', language: null, sound: true },
}
const profile = { ...me.agent, stores: me.stores, preferences: me.preferences }

function respond(status: number, body: unknown) {
  return vi.fn(
    async (_url: string | URL | Request, _init?: RequestInit) =>
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  )
}
const refused = (code: string, extra: object = {}) => ({ error: { code, message: 'no', ...extra } })

describe('createSessionApi', () => {
  it('posts the credentials as JSON and returns the person with their role and stores', async () => {
    const fetch = respond(200, me)
    const result = await createSessionApi('', fetch).login('agent@demo.store', 'demo-agent')
    expect(result).toEqual({ ok: true, agent: profile })
    const [url, init] = fetch.mock.calls[0]!
    expect(url).toBe('/api/agent/login')
    expect(init?.method).toBe('POST')
    expect(JSON.parse(String(init?.body))).toEqual({ email: 'agent@demo.store', password: 'demo-agent' })
  })

  it('tells wrong credentials, a refused body, throttling, no store, a failed server and no network apart', async () => {
    const login = (status: number, body: unknown) => createSessionApi('', respond(status, body)).login('a@b.c', 'x')
    expect(await login(401, refused('unauthorized'))).toEqual({ ok: false, reason: 'invalid_credentials' })
    expect(await login(400, refused('bad_request'))).toEqual({ ok: false, reason: 'bad_input' })
    expect(await login(429, refused('rate_limited', { retryAfterSeconds: 240 }))).toEqual({
      ok: false,
      reason: 'rate_limited',
      retryAfterSeconds: 240,
    })
    expect(await login(403, refused('forbidden'))).toEqual({ ok: false, reason: 'no_store' })
    expect(await login(500, {})).toEqual({ ok: false, reason: 'server' })
    const offline = vi.fn(async () => {
      throw new TypeError('Failed to fetch')
    })
    expect(await createSessionApi('', offline).login('a@b.c', 'x')).toEqual({ ok: false, reason: 'network' })
  })

  it('refuses an answer that does not match the protocol, instead of trusting its shape', async () => {
    // A role outside the closed set, and a profile without its stores.
    const badRole = { ...me, agent: { ...me.agent, role: 'superuser' } }
    expect(await createSessionApi('', respond(200, badRole)).login('a@b.c', 'x')).toEqual({ ok: false, reason: 'server' })
    expect(await createSessionApi('', respond(200, { agent: me.agent })).me()).toBeNull()
  })

  it('reads the current person from /me, or null without a valid cookie', async () => {
    expect(await createSessionApi('', respond(200, me)).me()).toEqual(profile)
    expect(await createSessionApi('', respond(401, refused('unauthorized'))).me()).toBeNull()
  })

  it('accepts an answer without preferences, from a server older than them (the defaults hold)', async () => {
    const older = await createSessionApi('', respond(200, { agent: me.agent, stores: me.stores })).me()
    expect(older).toMatchObject({ ...me.agent, stores: me.stores })
    expect(older?.preferences).toBeUndefined()
  })

  it("switches the session to another of the person's stores", async () => {
    const switched: MeResponse = { ...me, agent: { ...me.agent, siteKey: 'noodles', role: 'agent' } }
    const fetch = respond(200, switched)
    expect(await createSessionApi('', fetch).switchStore('noodles')).toEqual({ ok: true, agent: { ...profile, ...switched.agent } })
    expect(fetch.mock.calls[0]![0]).toBe('/api/agent/store')
    expect(JSON.parse(String(fetch.mock.calls[0]![1]?.body))).toEqual({ siteKey: 'noodles' })
    expect(await createSessionApi('', respond(404, refused('not_found'))).switchStore('gone')).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'no' },
    })
  })

  it('signs out with a POST and survives a network failure', async () => {
    const fetch = respond(200, { ok: true })
    await createSessionApi('https://chat.example', fetch).logout()
    expect(fetch).toHaveBeenCalledWith('https://chat.example/api/agent/logout', expect.objectContaining({ method: 'POST' }))
    await expect(
      createSessionApi(
        '',
        vi.fn(async () => Promise.reject(new Error('x'))),
      ).logout(),
    ).resolves.toBeUndefined()
  })
})
