import { PROTOCOL_VERSION } from '@attune/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TestClient } from '../gateway/test-client.ts'
import { createAttuneServer, type AttuneServer } from '../server.ts'

// Issue 11, finding 9: another site's page could sign the team in or out with a form. The session
// cookie is SameSite=Lax, but a store on a sibling subdomain (shop.example beside
// chat.shop.example) is the same site, so the cookie rides along; Content-Type and Origin do not.
let server: AttuneServer
beforeAll(async () => {
  server = await createAttuneServer({ demo: true, port: 0, host: '127.0.0.1' })
})
afterAll(async () => {
  await server.close()
})

const CREDENTIALS = JSON.stringify({ email: 'agent@demo.store', password: 'demo-agent' })
const EVIL = 'https://evil.example'
const post = (path: string, headers: Record<string, string>, body?: string) =>
  fetch(`${server.url}${path}`, { method: 'POST', headers, ...(body === undefined ? {} : { body }) })

async function signIn(): Promise<string> {
  const res = await post('/api/agent/login', { 'content-type': 'application/json', origin: server.url }, CREDENTIALS)
  expect(res.status).toBe(200)
  return res.headers.get('set-cookie')!.split(';')[0]!
}

const signedIn = async (cookie: string) => (await fetch(`${server.url}/api/agent/me`, { headers: { cookie } })).status === 200

describe('requests from another site', () => {
  it('a form posting JSON-looking text to sign-in gets 415 and no session', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const res = await post('/api/agent/login', { 'content-type': type }, CREDENTIALS)
      expect(res.status, type).toBe(415)
      expect(await res.json()).toMatchObject({ error: { code: 'unsupported_type' } })
      expect(res.headers.get('set-cookie')).toBeNull()
    }
    // No Content-Type at all is no JSON either.
    expect((await fetch(`${server.url}/api/agent/login`, { method: 'POST', body: new Blob([CREDENTIALS]) })).status).toBe(415)
  })

  it('sign-in from another origin gets 403 and no session, even as JSON', async () => {
    for (const origin of [EVIL, 'null', 'http://127.0.0.1.evil.example']) {
      const res = await post('/api/agent/login', { 'content-type': 'application/json', origin }, CREDENTIALS)
      expect(res.status, origin).toBe(403)
      expect(await res.json()).toMatchObject({ error: { code: 'forbidden' } })
      expect(res.headers.get('set-cookie')).toBeNull()
    }
  })

  it('sign-out and every other state-changing route from another origin get 403 and change nothing', async () => {
    const cookie = await signIn()
    expect((await post('/api/agent/logout', { cookie, origin: EVIL })).status).toBe(403)
    expect((await post('/api/agent/logout', { cookie, origin: EVIL, 'content-type': 'text/plain' }, '')).status).toBe(403)
    expect(await signedIn(cookie)).toBe(true)
    const forged = [
      ['PUT', '/api/settings'],
      ['DELETE', '/api/visitors/00000000-0000-0000-0000-000000000000'],
      ['POST', '/api/store/identity-secret/rotate'],
      ['PUT', '/api/agent/password'],
    ] as const
    for (const [method, path] of forged) {
      const res = await fetch(`${server.url}${path}`, { method, headers: { cookie, origin: EVIL, 'content-type': 'application/json' }, body: '{}' })
      expect(res.status, `${method} ${path}`).toBe(403)
    }
    expect(await signedIn(cookie)).toBe(true)
  })

  it("the inbox's own calls keep working: JSON with its origin, and sign-out with no body at all", async () => {
    const cookie = await signIn()
    expect((await post('/api/agent/logout', { cookie, origin: server.url })).status).toBe(200)
    expect(await signedIn(cookie)).toBe(false)
    // Tools without a browser send no Origin.
    expect((await post('/api/agent/login', { 'content-type': 'application/json; charset=utf-8' }, CREDENTIALS)).status).toBe(200)
  })

  it('a store page still uploads with its Bearer token, cross-origin', async () => {
    const shopper = await TestClient.open(`${server.url.replace('http', 'ws')}/v1/visitor?siteKey=demo`, { Origin: 'http://localhost:3000' })
    shopper.send({ type: 'hello', v: PROTOCOL_VERSION })
    const { token } = (await shopper.next('welcome')) as { token: string }
    await shopper.close()
    const res = await post(
      '/api/uploads?siteKey=demo',
      { origin: 'http://localhost:3000', authorization: `Bearer ${token}`, 'content-type': 'image/png', 'x-attune-filename': 'a.png' },
      'png bytes',
    )
    expect(res.status).toBe(201)
    // The same request riding on a team member's cookie instead is a forgery.
    const cookie = await signIn()
    const forged = await post('/api/uploads?siteKey=demo', { origin: EVIL, cookie, 'content-type': 'image/png' }, 'png bytes')
    expect(forged.status).toBe(403)
  })
})

describe('behind a proxy', () => {
  it('takes the public URL’s origin, and the forwarded host when the proxy is trusted', async () => {
    const behind = await createAttuneServer({ demo: true, port: 0, host: '127.0.0.1', publicUrl: 'https://chat.shop.example', trustProxy: true })
    try {
      const login = (headers: Record<string, string>) =>
        fetch(`${behind.url}/api/agent/login`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: CREDENTIALS })
      expect((await login({ origin: 'https://chat.shop.example' })).status).toBe(200)
      expect((await login({ origin: 'https://shop.example' })).status).toBe(403)
    } finally {
      await behind.close()
    }
    const proxied = await createAttuneServer({ demo: true, port: 0, host: '127.0.0.1', trustProxy: true })
    try {
      const res = await fetch(`${proxied.url}/api/agent/login`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          origin: 'https://chat.example',
          'x-forwarded-host': 'chat.example',
          'x-forwarded-proto': 'https',
        },
        body: CREDENTIALS,
      })
      expect(res.status).toBe(200)
    } finally {
      await proxied.close()
    }
    // Two servers start here (database, migrations, the demo login's hash): slow on a busy machine.
  }, 120_000)
})
