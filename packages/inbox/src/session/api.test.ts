import { describe, expect, it, vi } from 'vitest'
import { createSessionApi } from './api.ts'

const agent = { id: 'ag_1', name: 'Dao', email: 'agent@demo.store' }

function respond(status: number, body: unknown) {
  return vi.fn(async (_url: string | URL | Request, _init?: RequestInit) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  )
}

describe('createSessionApi', () => {
  it('posts the credentials as JSON and returns the agent', async () => {
    const fetch = respond(200, { agent })
    const result = await createSessionApi('', fetch).login('agent@demo.store', 'demo-agent')
    expect(result).toEqual({ ok: true, agent })
    const [url, init] = fetch.mock.calls[0]!
    expect(url).toBe('/api/agent/login')
    expect(init?.method).toBe('POST')
    expect(JSON.parse(String(init?.body))).toEqual({ email: 'agent@demo.store', password: 'demo-agent' })
  })

  it('tells wrong credentials, a refused body, a failed server and no network apart', async () => {
    const error = { error: { code: 'unauthorized', message: 'no' } }
    expect(await createSessionApi('', respond(401, error)).login('a@b.c', 'x')).toEqual({
      ok: false,
      reason: 'invalid_credentials',
    })
    expect(await createSessionApi('', respond(400, error)).login('', '')).toEqual({ ok: false, reason: 'bad_input' })
    expect(await createSessionApi('', respond(500, {})).login('a@b.c', 'x')).toEqual({ ok: false, reason: 'server' })
    const offline = vi.fn(async () => {
      throw new TypeError('Failed to fetch')
    })
    expect(await createSessionApi('', offline).login('a@b.c', 'x')).toEqual({ ok: false, reason: 'network' })
  })

  it('reads the current agent from /me, or null without a valid cookie', async () => {
    expect(await createSessionApi('', respond(200, { agent })).me()).toEqual(agent)
    expect(await createSessionApi('', respond(401, {})).me()).toBeNull()
  })

  it("keeps the site key uploads need when the server sends it", async () => {
    expect(await createSessionApi('', respond(200, { agent: { ...agent, siteKey: 'demo' } })).me()).toEqual({
      ...agent,
      siteKey: 'demo',
    })
  })

  it('signs out with a POST and survives a network failure', async () => {
    const fetch = respond(204, null)
    await createSessionApi('https://chat.example', fetch).logout()
    expect(fetch).toHaveBeenCalledWith('https://chat.example/api/agent/logout', expect.objectContaining({ method: 'POST' }))
    await expect(createSessionApi('', vi.fn(async () => Promise.reject(new Error('x')))).logout()).resolves.toBeUndefined()
  })
})
