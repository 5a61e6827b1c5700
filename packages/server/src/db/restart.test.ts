import { PROTOCOL_VERSION, type ServerFrame } from '@attune/protocol'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TestClient } from '../gateway/test-client.ts'
import { createLog } from '../log.ts'
import { createAttuneServer, type AttuneServer } from '../server.ts'
import { findPostgresBin, startLocalPostgres, type LocalPostgres } from './local-postgres.ts'
import { openPostgres } from './postgres.ts'

// Issue 11, finding 1: with DATABASE_URL, PostgreSQL ending a pooled connection used to kill the
// process (an 'error' event nobody listened to). These run the server in this process: had it
// died, so would the test run.
const bin = findPostgresBin()
let cluster: LocalPostgres
let server: AttuneServer

describe.runIf(bin)('a server on PostgreSQL while PostgreSQL restarts', () => {
  beforeAll(async () => {
    cluster = await startLocalPostgres(bin!)
    server = await createAttuneServer({ demo: true, port: 0, host: '127.0.0.1', databaseUrl: cluster.url })
  }, 120_000)
  afterAll(async () => {
    await server?.close()
    await cluster?.stop()
  })

  async function shopper(): Promise<{ client: TestClient; conversationId: () => string | undefined }> {
    const client = await TestClient.open(`${server.url.replace('http', 'ws')}/v1/visitor?siteKey=demo`, { Origin: 'http://localhost:3000' })
    client.send({ type: 'hello', v: PROTOCOL_VERSION })
    await client.next('welcome')
    const conversationId = () => client.frames.flatMap((f) => (f.type === 'ack' ? [f.conversationId] : []))[0]
    return { client, conversationId }
  }

  /** The server's answer to one send: its ack or its error, whichever comes. */
  async function answerTo(client: TestClient, clientId: string, text: string): Promise<ServerFrame> {
    const from = client.frames.length
    client.send({ type: 'send', clientId, text })
    const found = () =>
      client.frames.slice(from).find((f) => (f.type === 'ack' && f.clientId === clientId) || (f.type === 'error' && f.ref === clientId))
    while (!found()) await new Promise((resolve) => client.ws.once('message', resolve))
    return found()!
  }

  /** What core's outbox does with a retryable refusal: send the same clientId again. */
  async function sendUntilAcked(client: TestClient, clientId: string, text: string): Promise<ServerFrame> {
    for (;;) {
      const answer = await answerTo(client, clientId, text)
      if (answer.type === 'ack') return answer
      expect(answer).toMatchObject({ type: 'error', code: expect.stringMatching(/^(unavailable|internal)$/) })
    }
  }

  async function terminateOtherBackends(): Promise<number> {
    const admin = new pg.Client({ connectionString: cluster.url })
    await admin.connect()
    try {
      const rows = await admin.query(
        "SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND backend_type = 'client backend'",
      )
      return rows.rowCount ?? 0
    } finally {
      await admin.end()
    }
  }

  it('outlives PostgreSQL ending its idle pooled connections, and the next send is acked', async () => {
    const { client } = await shopper()
    expect(await answerTo(client, 't1', 'before')).toMatchObject({ type: 'ack', clientId: 't1' })
    // Several requests at once leave several idle connections in the pool.
    await Promise.all(Array.from({ length: 5 }, () => fetch(`${server.url}/readyz`)))
    expect(await terminateOtherBackends()).toBeGreaterThan(0)
    expect(await sendUntilAcked(client, 't2', 'after')).toMatchObject({ type: 'ack', clientId: 't2' })
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200)
    await client.close()
  })

  it('while PostgreSQL is down answers typed "not now" errors, and recovers by itself with nothing acked lost', async () => {
    const login = await fetch(`${server.url}/api/agent/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'agent@demo.store', password: 'demo-agent' }),
    })
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!
    const { client, conversationId } = await shopper()
    expect(await answerTo(client, 'd1', 'acked before the restart')).toMatchObject({ type: 'ack', clientId: 'd1' })
    const others = await Promise.all([shopper(), shopper(), shopper()])
    for (const [i, other] of others.entries()) expect(await answerTo(other.client, `o${i}`, 'hello')).toMatchObject({ type: 'ack' })

    await cluster.down()
    const me = await fetch(`${server.url}/api/agent/me`, { headers: { cookie } })
    expect(me.status).toBe(503)
    expect(me.headers.get('retry-after')).toBe('5')
    expect(await me.json()).toMatchObject({ error: { code: 'unavailable', retryAfterSeconds: 5 } })
    const ready = await fetch(`${server.url}/readyz`)
    expect(ready.status).toBe(503)
    expect(await ready.json()).toEqual({ status: 'unavailable', database: 'down', bus: 'up' })
    // Liveness: the process is fine, only the database is not.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
    // On the socket, "not now" with a hint: core's outbox keeps the message and sends it again, for
    // as long as the database is away (an `internal` would be given up after five tries).
    // The hint is 5 s and up to half as long again, so what was refused together comes back spread.
    const refused = await Promise.all([
      answerTo(client, 'd2', 'sent while down'),
      ...others.map((other, i) => answerTo(other.client, `o${i}-down`, 'sent while down')),
    ])
    for (const [i, answer] of refused.entries())
      expect(answer).toMatchObject({ type: 'error', code: 'unavailable', ref: i === 0 ? 'd2' : `o${i - 1}-down` })
    const hints = refused.map((answer) => (answer.type === 'error' ? answer.retryAfterMs : undefined))
    for (const hint of hints) expect(hint).toSatisfy((ms: number) => ms >= 5000 && ms < 7500)
    expect(new Set(hints).size).toBeGreaterThan(1)

    await cluster.up()
    expect(await sendUntilAcked(client, 'd2', 'sent while down')).toMatchObject({ type: 'ack', clientId: 'd2' })
    for (const [i, other] of others.entries()) {
      expect(await sendUntilAcked(other.client, `o${i}-down`, 'sent while down')).toMatchObject({ type: 'ack' })
      await other.client.close()
    }
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200)
    expect((await fetch(`${server.url}/api/agent/me`, { headers: { cookie } })).status).toBe(200)

    const db = await openPostgres(cluster.url)
    try {
      const events = await createLog(db).readAfter(conversationId()!, 0)
      const texts = events.flatMap((e) => (e.kind === 'message' ? [e.text] : []))
      expect(texts).toEqual(['acked before the restart', 'sent while down'])
    } finally {
      await db.close()
    }
    await client.close()
  })
})
