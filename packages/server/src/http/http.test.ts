import { mkdir, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAttuneServer, type AttuneServer } from '../server.ts'
import { tempDir } from '../test-db.ts'

let server: AttuneServer
let assets: Awaited<ReturnType<typeof tempDir>>

beforeAll(async () => {
  assets = await tempDir()
  const dirs = {
    store: join(assets.path, 'store'),
    inbox: join(assets.path, 'inbox'),
    widget: join(assets.path, 'widget'),
    loader: join(assets.path, 'loader'),
  }
  for (const d of Object.values(dirs)) await mkdir(d, { recursive: true })
  await writeFile(join(dirs.store, 'index.html'), '<h1>store</h1>')
  await writeFile(join(dirs.inbox, 'index.html'), '<h1>inbox</h1>')
  await writeFile(join(dirs.inbox, 'app.css'), 'body{}')
  await writeFile(join(dirs.widget, 'chunk-abc.js'), 'export {}')
  await writeFile(join(dirs.widget, 'panel-abc.js'), PANEL)
  await writeFile(join(dirs.widget, 'face.png'), Buffer.alloc(2048, 7))
  await writeFile(join(dirs.loader, 'loader.js'), 'window.Attune=1')
  await writeFile(join(assets.path, 'secret.txt'), 'do not serve')
  // In memory: these tests need no restart.
  server = await createAttuneServer({ demo: true, port: 0, host: '127.0.0.1', assets: dirs })
})
afterAll(async () => {
  await server.close()
  await assets.remove()
})

const PANEL = `export const rows = [${Array.from({ length: 400 }, (_, i) => `"row ${i}"`).join(',')}]\n`

const get = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init)

/** A raw GET (fetch would decode the body and hide what went over the wire). */
function rawGet(path: string, acceptEncoding?: string): Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding }
    request(`${server.url}${path}`, { headers }, (res) => {
      const parts: Buffer[] = []
      res.on('data', (part: Buffer) => parts.push(part))
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(parts) }))
    })
      .on('error', reject)
      .end()
  })
}
/** A raw request: fetch would normalise the path, and these tests send what a browser would not. */
function rawRequest(method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request(`${server.url}${path}`, { method, headers }, (res) => {
      let text = ''
      res.on('data', (part: Buffer) => (text += part.toString()))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }))
    })
      .on('error', reject)
      .end(body)
  })
}
const login = (body: string) => get('/api/agent/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body })

describe('http', () => {
  it('reports health with version and database kind', async () => {
    const res = await get('/healthz')
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ status: 'ok', database: 'embedded' })
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('reports readiness: the database and the bus answer', async () => {
    const res = await get('/readyz')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ status: 'ready', database: 'up', bus: 'up' })
  })

  it('signs an agent in with an HttpOnly cookie, knows them, and signs them out', async () => {
    const res = await login(JSON.stringify({ email: 'agent@demo.store', password: 'demo-agent' }))
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ agent: { name: 'Alex', email: 'agent@demo.store' } })
    const setCookie = res.headers.get('set-cookie') ?? ''
    expect(setCookie).toMatch(/attune_session=.+; HttpOnly; SameSite=Lax; Path=\//)
    const cookie = setCookie.split(';')[0] ?? ''

    expect(await (await get('/api/agent/me', { headers: { cookie } })).json()).toMatchObject({ agent: { name: 'Alex' } })
    expect((await get('/api/agent/logout', { method: 'POST', headers: { cookie } })).status).toBe(200)
    const after = await get('/api/agent/me', { headers: { cookie } })
    expect(after.status).toBe(401)
    expect(await after.json()).toMatchObject({ error: { code: 'unauthorized' } })
  })

  it('refuses a wrong password with 401 and a malformed body with 400, both typed', async () => {
    const wrong = await login(JSON.stringify({ email: 'agent@demo.store', password: 'nope' }))
    expect(wrong.status).toBe(401)
    expect(await wrong.json()).toMatchObject({ error: { code: 'unauthorized' } })
    for (const body of ['{oops', JSON.stringify({ email: 1 })]) {
      const bad = await login(body)
      expect(bad.status).toBe(400)
      expect(await bad.json()).toMatchObject({ error: { code: 'bad_request' } })
    }
  })

  it('serves the widget config with CORS only to the site’s allowed origins', async () => {
    const ok = await get('/api/sites/demo', { headers: { origin: 'http://localhost:3000' } })
    expect(await ok.json()).toMatchObject({ name: 'Demo Store', checkIns: { moments: { before: true, during: true, after: true } } })
    expect(ok.headers.get('access-control-allow-origin')).toBe('http://localhost:3000')
    const foreign = await get('/api/sites/demo', { headers: { origin: 'https://evil.example' } })
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull()
    const missing = await get('/api/sites/nope')
    expect(missing.status).toBe(404)
    expect(await missing.json()).toMatchObject({ error: { code: 'not_found' } })
  })

  it('serves each app with its content type and cache policy', async () => {
    const loader = await get('/widget/loader.js')
    expect(loader.headers.get('content-type')).toContain('text/javascript')
    expect(loader.headers.get('cache-control')).toBe('no-cache')
    const chunk = await get('/widget/chunk-abc.js')
    expect(chunk.headers.get('cache-control')).toContain('immutable')
    expect(await (await get('/')).text()).toBe('<h1>store</h1>')
    const spa = await get('/inbox/conversations/123')
    expect(spa.headers.get('content-type')).toContain('text/html')
    expect(await spa.text()).toBe('<h1>inbox</h1>')
    expect((await get('/inbox/app.css')).headers.get('content-type')).toContain('text/css')
    expect((await get('/inbox/missing.js')).status).toBe(404)
  })

  it('serves the inbox with a strict Content-Security-Policy and never inside a frame (issue 11)', async () => {
    for (const path of ['/inbox', '/inbox/', '/inbox/team']) {
      const res = await get(path)
      expect(res.headers.get('x-frame-options'), path).toBe('DENY')
      const policy = Object.fromEntries(
        (res.headers.get('content-security-policy') ?? '').split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]),
      )
      expect(policy, path).toEqual({
        'default-src': "'self'",
        'script-src': "'self' 'report-sample'",
        'style-src': "'self'",
        'img-src': "'self' data: blob:",
        'connect-src': `'self' ${server.url.replace('http', 'ws')}`,
        'object-src': "'none'",
        'frame-ancestors': "'none'",
        'base-uri': "'none'",
        'form-action': "'self'",
      })
    }
    // The store's pages and the widget they embed are the store's business, not ours to frame-block.
    expect((await get('/widget/chunk-abc.js')).headers.get('x-frame-options')).toBeNull()
  })

  it('lets stores on any origin load the widget as a module script (CORS on /widget/*)', async () => {
    for (const path of ['/widget/loader.js', '/widget/chunk-abc.js']) {
      expect((await get(path)).headers.get('access-control-allow-origin')).toBe('*')
    }
    expect((await get('/')).headers.get('access-control-allow-origin')).toBeNull()
  })

  it('sends text files compressed: Brotli when accepted, else gzip, else as they are', async () => {
    const br = await rawGet('/widget/panel-abc.js', 'gzip, deflate, br')
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.headers.vary).toBe('Accept-Encoding')
    expect(Number(br.headers['content-length'])).toBe(br.body.length)
    expect(br.body.length).toBeLessThan(PANEL.length / 4)
    expect(brotliDecompressSync(br.body).toString()).toBe(PANEL)

    const gz = await rawGet('/widget/panel-abc.js', 'gzip, br;q=0')
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gz.body).toString()).toBe(PANEL)

    const plain = await rawGet('/widget/panel-abc.js')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString()).toBe(PANEL)
    expect((await rawGet('/widget/panel-abc.js', 'identity')).headers['content-encoding']).toBeUndefined()
  })

  it('leaves images and tiny files alone', async () => {
    expect((await rawGet('/widget/face.png', 'br, gzip')).headers['content-encoding']).toBeUndefined()
    const tiny = await rawGet('/widget/chunk-abc.js', 'br, gzip')
    expect(tiny.headers['content-encoding']).toBeUndefined()
    expect(tiny.body.toString()).toBe('export {}')
  })

  it('never serves a file outside its folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/widget/..%2f..%2fsecret.txt', '/inbox/..%2f..%2fsecret.txt']) {
      const res = await get(path)
      expect(await res.text()).not.toContain('do not serve')
    }
  })

  it('answers a path with malformed percent-encoding with a typed 400 (issue 11)', async () => {
    for (const path of ['/inbox/%E0%A4%A', '/inbox/%', '/widget/%', '/widget/loader.js%zz', '/%', '/api/agent/%E0']) {
      const res = await rawRequest('GET', path)
      expect(res.status, path).toBe(400)
      expect(JSON.parse(res.body), path).toEqual({ error: { code: 'bad_request', message: 'The path is not valid URL encoding.' } })
    }
  })

  // Found by security/http-fuzz.test.ts: PostgreSQL refuses NUL in text, and these were 500s.
  it('answers a NUL in the path or the query with a typed 400, before any route asks the database', async () => {
    for (const path of ['/api/sites/%00/launcher', '/api/sites/demo%00/launcher', '/api/uploads?siteKey=%00', '/api/conversations/search?q=a%00b']) {
      const res = await rawRequest(path.startsWith('/api/uploads') ? 'OPTIONS' : 'GET', path)
      expect(res.status, path).toBe(400)
      expect(JSON.parse(res.body), path).toEqual({ error: { code: 'bad_request', message: 'The address holds a NUL character (%00).' } })
    }
  })

  it('refuses a body with NUL or an unpaired surrogate in any string, a field the route reads or not, naming where', async () => {
    for (const [body, where] of [
      ['{"email":"a\\u0000@b.example","password":"x"}', 'email'],
      ['{"email":"a@b.example","password":"x","extra":{"deep":["\\ud800"]}}', 'extra.deep.0'],
      ['{"email":"a@b.example","password":"x","\\u0000":1}', '\u0000'],
    ] as const) {
      const res = await login(body)
      expect(res.status, body).toBe(400)
      expect(await res.json(), body).toEqual({ error: { code: 'bad_request', message: `${where}: Contains NUL or an unpaired surrogate.` } })
    }
  })

  it('reads a body nested 8,000 deep (16 KB of brackets) without running out of stack: the route answers it', async () => {
    const depth = 8_000
    const res = await login(`{"email":"a@b.example","password":"x","n":${'['.repeat(depth)}${']'.repeat(depth)}}`)
    expect(res.status).toBe(401)
    const deepNul = await login(`{"email":"a@b.example","password":"x","n":${'['.repeat(depth)}"\\u0000"${']'.repeat(depth)}}`)
    expect(deepNul.status).toBe(400)
    expect(await deepNul.json()).toEqual({
      error: { code: 'bad_request', message: `n${'.0'.repeat(depth)}: Contains NUL or an unpaired surrogate.` },
    })
  })
})
