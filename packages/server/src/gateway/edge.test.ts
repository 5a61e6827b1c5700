import { PROTOCOL_VERSION } from '@attune/protocol'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createAttuneServer, type AttuneServer, type AttuneServerOptions } from '../server.ts'
import { TestClient } from './test-client.ts'

/*
 * Issue 11, finding 5: 500 greeted sockets from one address opened 500 conversations in 5.5 s,
 * and sockets that never said hello stayed open for ever. Small limits here, real sockets on
 * loopback; addresses are told apart with X-Forwarded-For behind a trusted proxy.
 */
const SHOP = 'http://localhost:5173'
const servers: AttuneServer[] = []
const clients: TestClient[] = []

afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()))
  await Promise.all(servers.map((s) => s.close()))
})

/** A server of its own, started before the describe's tests (setup may be slow on a busy machine). */
function serve(gateway: AttuneServerOptions['gateway']): () => AttuneServer {
  let server: AttuneServer | undefined
  beforeAll(async () => {
    server = await createAttuneServer({ demo: true, port: 0, host: '127.0.0.1', trustProxy: true, gateway })
    servers.push(server)
  })
  return () => server!
}

async function connect(server: AttuneServer, address: string, greet = true) {
  const client = await TestClient.open(`${server.url.replace('http', 'ws')}/v1/visitor?siteKey=demo`, { Origin: SHOP, 'X-Forwarded-For': address })
  clients.push(client)
  if (greet) {
    client.send({ type: 'hello', v: PROTOCOL_VERSION })
    await client.next('welcome')
  }
  return client
}

const closeCode = (client: TestClient) =>
  new Promise<number>((resolve) => (client.ws.readyState === client.ws.CLOSED ? resolve(-1) : client.ws.once('close', (code) => resolve(code))))

describe('connection limits', () => {
  const started = serve({ connectionsPerIp: 2, connectionsPerStore: 3 })
  it('refuses the upgrade with 429 past the sockets one address or one store may hold, and frees a slot on close', async () => {
    const server = started()
    const first = await connect(server, '203.0.113.1')
    await connect(server, '203.0.113.1')
    await expect(connect(server, '203.0.113.1')).rejects.toThrow('HTTP 429')
    await connect(server, '203.0.113.2')
    // The store is full now, whatever the address.
    await expect(connect(server, '203.0.113.3')).rejects.toThrow('HTTP 429')
    await first.close()
    await vi.waitFor(() => connect(server, '203.0.113.1'), { timeout: 10_000, interval: 100 })
  })
})

describe('conversation limits', () => {
  const started = serve({ conversationsPerIp: { burst: 2, perMinute: 1 }, conversationsPerStore: { burst: 3, perMinute: 1 } })
  it('answers a new conversation past the limit with rate_limited and a retry hint; an open one takes messages on', async () => {
    const server = started()
    const shoppers = [await connect(server, '198.51.100.1'), await connect(server, '198.51.100.1'), await connect(server, '198.51.100.1')]
    for (const [i, client] of shoppers.slice(0, 2).entries()) {
      client.send({ type: 'send', clientId: `m${i}`, text: 'hello' })
      await client.next('ack')
    }
    shoppers[2]!.send({ type: 'send', clientId: 'm2', text: 'hello' })
    const refused = await shoppers[2]!.next('error')
    expect(refused).toMatchObject({ code: 'rate_limited', ref: 'm2' })
    expect(refused.retryAfterMs).toBeGreaterThan(0)
    // `open` opens a conversation too: the same limit.
    shoppers[2]!.send({ type: 'open' })
    expect(await shoppers[2]!.next('error')).toMatchObject({ code: 'rate_limited', ref: 'open' })
    // A shopper whose conversation is open is not slowed down by the limit on new ones.
    shoppers[0]!.send({ type: 'send', clientId: 'm0b', text: 'still here' })
    expect(await shoppers[0]!.next('ack', (f) => f.clientId === 'm0b')).toMatchObject({ seq: 2 })

    // From another address, the store's own limit: one more, then refused.
    const elsewhere = [await connect(server, '198.51.100.2'), await connect(server, '198.51.100.3')]
    elsewhere[0]!.send({ type: 'send', clientId: 'e0', text: 'hello' })
    await elsewhere[0]!.next('ack')
    elsewhere[1]!.send({ type: 'send', clientId: 'e1', text: 'hello' })
    expect(await elsewhere[1]!.next('error')).toMatchObject({ code: 'rate_limited', ref: 'e1' })
  })
})

describe('hello timeout', () => {
  const started = serve({ helloTimeoutMs: 300 })
  it('closes a socket that never says hello with 4408 and keeps a greeted one', async () => {
    const server = started()
    const greeted = await connect(server, '192.0.2.1')
    const silent = await connect(server, '192.0.2.2', false)
    expect(await closeCode(silent)).toBe(4408)
    // The silent socket opened after the greeted one, so the greeted one has outlived the timeout.
    greeted.send({ type: 'ping' })
    await greeted.next('pong')
  })
})
