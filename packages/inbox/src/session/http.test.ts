import { describe, expect, it, vi } from 'vitest'
import { MeResponseSchema } from '@attune/protocol'
import { createCall } from './http.ts'

const answering = (status: number, body: string) => vi.fn(async () => new Response(body, { status }))

describe('createCall', () => {
  it('sends JSON with the session cookie and parses the answer with the schema', async () => {
    const me = { agent: { id: 'p', name: 'Dao', email: 'd@x', siteKey: 'demo', role: 'agent' }, stores: [] }
    const fetch = answering(200, JSON.stringify(me))
    expect(await createCall('https://chat.example', fetch)('POST', '/api/agent/store', MeResponseSchema, { siteKey: 'demo' })).toEqual({
      ok: true,
      value: me,
    })
    expect(fetch).toHaveBeenCalledWith(
      'https://chat.example/api/agent/store',
      expect.objectContaining({ method: 'POST', credentials: 'same-origin', body: '{"siteKey":"demo"}' }),
    )
  })

  it("reads the server's error body: its code, its words and when to retry", async () => {
    const body = JSON.stringify({ error: { code: 'rate_limited', message: 'Too many attempts.', retryAfterSeconds: 30 } })
    expect(await createCall('', answering(429, body))('GET', '/x', null)).toEqual({
      ok: false,
      error: { code: 'rate_limited', message: 'Too many attempts.', retryAfterSeconds: 30 },
    })
  })

  it("counts a proxy's page, an unknown code and a body the schema refuses as the server failing", async () => {
    expect(await createCall('', answering(502, '<html>Bad gateway</html>'))('GET', '/x', null)).toEqual({
      ok: false,
      error: { code: 'server', message: '' },
    })
    const odd = JSON.stringify({ error: { code: 'teapot', message: 'x' } })
    expect((await createCall('', answering(418, odd))('GET', '/x', null)).ok).toBe(false)
    expect(await createCall('', answering(200, '{"agent":{}}'))('GET', '/x', MeResponseSchema)).toEqual({
      ok: false,
      error: { code: 'server', message: '' },
    })
  })

  it('says "network" when there is no answer, and never throws', async () => {
    const offline = vi.fn(async () => Promise.reject(new TypeError('Failed to fetch')))
    expect(await createCall('', offline)('DELETE', '/x', null)).toEqual({ ok: false, error: { code: 'network', message: '' } })
  })
})
