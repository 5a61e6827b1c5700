import * as v from 'valibot'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { WebhookPayloadSchema, type WebhookEvent, type WebhooksResponse, type WebhookSecretResponse } from '@attune/protocol'
import { createStores } from '../accounts/stores.ts'
import type { Database } from '../db/database.ts'
import { openPglite } from '../db/pglite.ts'
import { TestClient } from '../gateway/test-client.ts'
import { createPeople } from '../accounts/people.ts'
import { createAttuneServer, type AttuneServer, type AttuneServerOptions } from '../server.ts'
import { PRIVATE_WEBHOOK_URLS } from './private-urls.ts'
import { startReceiver, type Receiver } from './receiver.ts'
import { verifyWebhook } from './signing.ts'

/*
 * Webhooks end to end on loopback: a real receiver, the real queue and worker, the demo store's
 * owner managing endpoints over HTTP and a shopper writing over the socket. Retries wait 200 ms
 * here instead of 10 s (a setting, not an assertion).
 */

const SHOP = 'http://127.0.0.1:3000'
const FAST: AttuneServerOptions['webhooks'] = { retryDelaysMs: [200, 200], pollMs: 50, timeoutMs: 60_000 }

let db: Database
let server: AttuneServer
let cookie = ''
const receivers: Receiver[] = []
const clients: TestClient[] = []

const start = () => createAttuneServer({ demo: true, port: 0, host: '127.0.0.1', database: db, webhooks: FAST })

beforeAll(async () => {
  db = await openPglite()
  server = await start()
  cookie = await signIn()
}, 60_000)

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()))
  await Promise.all(receivers.splice(0).map((r) => r.close()))
  await db.query('DELETE FROM webhook_endpoints')
})

afterAll(async () => {
  await server.close()
  await db.close()
})

async function signIn(): Promise<string> {
  const res = await api('POST', '/api/agent/login', { email: 'agent@demo.store', password: 'demo-agent' }, '')
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!
}

function api(method: string, path: string, body?: unknown, withCookie = cookie) {
  return fetch(server.url + path, {
    method,
    headers: { cookie: withCookie, origin: server.url, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
}

async function receiver(): Promise<Receiver> {
  const r = await startReceiver()
  receivers.push(r)
  return r
}

async function addEndpoint(url: string, events: WebhookEvent[]): Promise<WebhookSecretResponse> {
  const res = await api('POST', '/api/webhooks', { url, events })
  expect(res.status, await res.clone().text()).toBe(201)
  return (await res.json()) as WebhookSecretResponse
}

async function shopper(): Promise<TestClient> {
  const client = await TestClient.visitor(server.url, 'demo', SHOP)
  clients.push(client)
  return client
}

async function write(client: TestClient, clientId: string, text: string) {
  client.send({ type: 'send', clientId, text })
  return client.next('ack', (a) => a.clientId === clientId)
}

/**
 * The delivery log's lines for one endpoint: an earlier test's delivery still in flight when its
 * endpoint was removed can land a line (its endpoint gone) after that test ended.
 */
const log = async (endpointId: string) =>
  ((await (await api('GET', '/api/webhooks')).json()) as WebhooksResponse).attempts.filter((a) => a.endpointId === endpointId)

/** Waits for the endpoint's delivery log to hold `count` lines (the worker writes them after each try). */
async function logHas(endpointId: string, count: number) {
  await expect.poll(async () => (await log(endpointId)).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(count)
  return log(endpointId)
}

describe('webhooks', () => {
  it('a 500 is retried; the retry arrives with the same body, signed with the endpoint’s secret', async () => {
    const hook = await receiver()
    hook.plan(500, 200)
    const { secret, endpoint } = await addEndpoint(hook.url, ['message.created'])
    const client = await shopper()
    const ack = await write(client, 'm1', 'Where is my parcel?')
    await hook.until(2)

    const [first, second] = hook.received
    expect(second!.body).toBe(first!.body)
    const now = Math.floor(Date.now() / 1000)
    for (const request of hook.received) {
      expect(verifyWebhook(secret, String(request.headers['attune-signature']), request.body, now)).toBe(true)
      expect(request.headers['attune-event']).toBe('message.created')
    }
    const payload = v.parse(WebhookPayloadSchema, JSON.parse(second!.body))
    expect(payload).toMatchObject({
      type: 'message.created',
      store: { key: 'demo' },
      data: { conversation: { id: ack.conversationId }, message: { seq: ack.seq, text: 'Where is my parcel?', author: { role: 'visitor' } } },
    })

    const lines = await logHas(endpoint.id, 2)
    expect(lines.map(({ endpointId, event, attempt, status, error }) => ({ endpointId, event, attempt, status, error }))).toEqual([
      { endpointId: endpoint.id, event: 'message.created', attempt: 2, status: 200, error: null },
      { endpointId: endpoint.id, event: 'message.created', attempt: 1, status: 500, error: null },
    ])
    expect(lines[1]!.retryAt).not.toBeNull()
    expect(lines[0]!.retryAt).toBeNull()
  }, 60_000)

  it('an endpoint that never answers does not hold up the chat: the next message is acked while it hangs', async () => {
    const hook = await receiver()
    hook.plan('hang', 'hang')
    await addEndpoint(hook.url, ['message.created'])
    const client = await shopper()
    await write(client, 'h1', 'Hello?')
    await hook.until(1)
    expect(hook.stillHanging).toBe(1)

    const ack = await write(client, 'h2', 'Anyone there?')
    expect(ack.seq).toBeGreaterThan(0)
    expect(hook.stillHanging).toBeGreaterThanOrEqual(1)
  }, 60_000)

  it('only the endpoints of the conversation’s store hear it', async () => {
    const ours = await receiver()
    const theirs = await receiver()
    await addEndpoint(ours.url, ['message.created', 'conversation.created'])
    const other = await createStores(db).create({ name: 'Another shop', origins: [SHOP] })
    await db.query(`INSERT INTO webhook_endpoints (id, site_id, url, events, secret) VALUES (gen_random_uuid(), $1, $2, $3, 'whsec_x')`, [
      other.id,
      theirs.url,
      ['message.created', 'conversation.created'],
    ])
    const client = await shopper()
    await write(client, 'i1', 'Mine only')
    await ours.until(2)
    // Both were queued by the same statements that queued ours: had they matched, they would be here.
    const queued = await db.query(
      `SELECT 1 FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id WHERE e.site_id = $1
       UNION ALL SELECT 1 FROM webhook_attempts WHERE site_id = $1`,
      [other.id],
    )
    expect(queued).toHaveLength(0)
    expect(theirs.received).toHaveLength(0)
    expect(ours.received.map((r) => JSON.parse(r.body).type).sort()).toEqual(['conversation.created', 'message.created'])
  }, 60_000)

  it('"Send a test event" posts a signed webhook.test to that endpoint', async () => {
    const hook = await receiver()
    const { endpoint, secret } = await addEndpoint(hook.url, ['conversation.resolved'])
    const res = await api('POST', `/api/webhooks/${endpoint.id}/test`)
    expect(res.status).toBe(202)
    await hook.until(1)
    const [request] = hook.received
    expect(JSON.parse(request!.body)).toMatchObject({ type: 'webhook.test', store: { key: 'demo' } })
    expect(verifyWebhook(secret, String(request!.headers['attune-signature']), request!.body, Math.floor(Date.now() / 1000))).toBe(true)
  }, 60_000)

  it('a rotated secret signs from then on; a removed endpoint hears nothing more', async () => {
    const hook = await receiver()
    const { endpoint, secret: old } = await addEndpoint(hook.url, ['message.created'])
    const rotated = (await (await api('POST', `/api/webhooks/${endpoint.id}/rotate`)).json()) as WebhookSecretResponse
    expect(rotated.secret).not.toBe(old)
    await api('POST', `/api/webhooks/${endpoint.id}/test`)
    await hook.until(1)
    const [request] = hook.received
    const now = Math.floor(Date.now() / 1000)
    expect(verifyWebhook(rotated.secret, String(request!.headers['attune-signature']), request!.body, now)).toBe(true)
    expect(verifyWebhook(old, String(request!.headers['attune-signature']), request!.body, now)).toBe(false)

    expect((await api('DELETE', `/api/webhooks/${endpoint.id}`)).status).toBe(200)
    const listed = (await (await api('GET', '/api/webhooks')).json()) as WebhooksResponse
    expect(listed.endpoints).toEqual([])
    expect(JSON.stringify(listed)).not.toContain(rotated.secret)
  }, 60_000)

  it('erasing a shopper takes the bodies still queued for their conversations', async () => {
    const hook = await receiver()
    const { endpoint } = await addEndpoint(hook.url, ['conversation.resolved'])
    const client = await shopper()
    const ack = await write(client, 'e1', 'Please forget me')
    const [conversation] = await db.query<{ visitor_id: string }>('SELECT visitor_id FROM conversations WHERE id = $1', [ack.conversationId])
    // A body waiting for its next try (due in an hour), as after a failed one.
    await db.query(
      `INSERT INTO webhook_deliveries (id, endpoint_id, conversation_id, event, body, next_at)
       VALUES (gen_random_uuid(), $1, $2, 'message.created', '{"text":"Please forget me"}', now() + interval '1 hour')`,
      [endpoint.id, ack.conversationId],
    )
    expect((await api('DELETE', `/api/visitors/${conversation!.visitor_id}`)).status).toBe(200)
    expect(await db.query('SELECT 1 FROM webhook_deliveries WHERE body LIKE $1', ['%forget me%'])).toHaveLength(0)
  }, 60_000)

  it('refuses plain-http and credentialed URLs with a typed 400', async () => {
    const res = await api('POST', '/api/webhooks', { url: 'http://shop.example/hook', events: ['message.created'] })
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ error: { code: 'bad_request' } })
    const none = await api('POST', '/api/webhooks', { url: 'https://shop.example/hook', events: [] })
    expect(none.status).toBe(400)
  })
})

describe('webhooks across a restart', () => {
  it('a delivery that failed before the server stopped is retried by the next start', async () => {
    const hook = await receiver()
    const port = hook.port
    const { endpoint } = await addEndpoint(hook.url, ['message.created'])
    await hook.close()
    receivers.splice(receivers.indexOf(hook), 1)
    const client = await shopper()
    await write(client, 'r1', 'Are you open tomorrow?')
    const [failed] = await logHas(endpoint.id, 1)
    expect(failed).toMatchObject({ attempt: 1, status: null, error: 'connection refused' })

    await client.close()
    clients.splice(clients.indexOf(client), 1)
    await server.close()
    const back = await startReceiver(port)
    receivers.push(back)
    server = await start()
    cookie = await signIn()
    await back.until(1)
    expect(JSON.parse(back.received[0]!.body)).toMatchObject({ type: 'message.created', data: { message: { text: 'Are you open tomorrow?' } } })
    const [delivered] = await logHas(endpoint.id, 2)
    expect(delivered).toMatchObject({ attempt: 2, status: 200 })
  }, 60_000)
})

describe('webhooks on a server that does not call its own machine (production)', () => {
  let strict: AttuneServer

  // The demo store and its owner are in the database already; this server only does not allow
  // loopback. Its owner has a password of their own: a production server refuses the public one.
  const OWNER_PASSWORD = 'an owner of record'
  beforeAll(async () => {
    const people = createPeople(db)
    await people.setPassword((await people.byEmail('agent@demo.store'))!.id, OWNER_PASSWORD)
    strict = await createAttuneServer({ port: 0, host: '127.0.0.1', database: db, webhooks: FAST })
  }, 60_000)
  afterAll(() => strict.close())

  it('refuses, with a typed 400 that says why, a URL that leads to this machine or a private network', async () => {
    const call = (path: string, body: unknown, withCookie = '') =>
      fetch(strict.url + path, {
        method: 'POST',
        headers: { cookie: withCookie, origin: strict.url, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
    const login = await call('/api/agent/login', { email: 'agent@demo.store', password: OWNER_PASSWORD })
    const owner = (login.headers.get('set-cookie') ?? '').split(';')[0]!
    for (const url of PRIVATE_WEBHOOK_URLS) {
      const res = await call('/api/webhooks', { url, events: ['message.created'] }, owner)
      expect(res.status, url).toBe(400)
      expect(await res.json(), url).toMatchObject({
        error: { code: 'bad_request', message: expect.stringMatching(/own machine or a private network/) },
      })
    }
    expect(await db.query('SELECT 1 FROM webhook_endpoints')).toHaveLength(0)
  })
})
