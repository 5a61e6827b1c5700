import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { findPostgresBin, startLocalPostgres } from '../db/local-postgres.ts'
import { demoAgentCookie, TestClient } from '../gateway/test-client.ts'
import { findRedisServer, startLocalRedis, type LocalRedis } from '../local-redis.ts'
import { DEMO, PublicDemoLoginError } from '../seed.ts'
import { createAttuneServer, type AttuneServer } from '../server.ts'
import { printed, testCli } from './test-cli.ts'

// The commands on DATABASE_URL, where they may also run while the server does. CI installs
// Debian's postgresql; without it this is skipped.
const bin = findPostgresBin()
let cluster: Awaited<ReturnType<typeof startLocalPostgres>>
let cli: Awaited<ReturnType<typeof testCli>>

describe.runIf(bin)('attune-server on PostgreSQL', () => {
  beforeAll(async () => {
    cluster = await startLocalPostgres(bin!)
    cli = await testCli({ DATABASE_URL: cluster.url, PORT: '0' })
  }, 120_000)
  afterAll(async () => {
    await cli?.remove()
    await cluster?.stop()
  })

  it('init, then team and store commands beside a running server', async () => {
    const init = await cli.run('init', '--store', 'Ban Rak', '--origin', 'https://banrak.example', '--owner-email', 'nok@banrak.example')
    expect(init.code).toBe(0)
    const key = printed(init.out, 'site key')

    const server = cli.background('start')
    await vi.waitFor(() => expect(server.out.join('\n')).toContain('server ready'), { timeout: 90_000, interval: 50 })
    try {
      expect(server.out.join('\n')).toContain('the PostgreSQL database in DATABASE_URL')
      expect((await cli.run('agent', 'add', '--store', key, '--email', 'lek@banrak.example', '--role', 'agent')).code).toBe(0)
      expect((await cli.run('store', 'update', '--store', key, '--origin', 'https://www.banrak.example')).code).toBe(0)
      expect((await cli.run('store', 'list')).out).toMatch(
        new RegExp(`^${key}\\s+Ban Rak\\s+2\\s+https://banrak.example https://www.banrak.example$`, 'm'),
      )
      expect((await cli.run('migrate')).out).toContain('Up to date: the PostgreSQL database in DATABASE_URL is at migration')
    } finally {
      server.stop()
    }
    expect(await server.done).toBe(0)
  }, 180_000)

  // With REDIS_URL a command joins the running servers' bus: what it ends or changes reaches the open inboxes.
  describe.runIf(findRedisServer())('and REDIS_URL', () => {
    const SHOP = 'https://kadluang.example'
    const PASSWORD = 'kad luang passphrase'
    let redis: LocalRedis
    let server: AttuneServer
    const sockets: TestClient[] = []
    beforeAll(async () => {
      redis = await startLocalRedis(findRedisServer()!)
      server = await createAttuneServer({ port: 0, host: '127.0.0.1', databaseUrl: cluster.url, redisUrl: redis.url })
      cli.env.REDIS_URL = redis.url
    }, 120_000)
    afterAll(async () => {
      delete cli.env.REDIS_URL
      await Promise.all(sockets.map((s) => s.close()))
      await server?.close()
      await redis?.stop()
    }, 60_000)

    /** Signs in through the API, as the inbox does: the session cookie. */
    async function signIn(email: string): Promise<string> {
      const res = await fetch(`${server.url}/api/agent/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: PASSWORD }),
      })
      expect(res.status).toBe(200)
      return (res.headers.get('set-cookie') ?? '').split(';')[0]!
    }
    const api = (cookie: string, method: string, path: string, body?: unknown) =>
      fetch(server.url + path, {
        method,
        headers: { cookie, origin: server.url, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })
    async function inbox(cookie: string) {
      const client = await TestClient.agent(server.url, cookie)
      sockets.push(client)
      return client
    }
    const closed = (client: TestClient) => new Promise<number>((resolve) => client.ws.once('close', (code) => resolve(code)))

    it('agent remove, reset-password and role close the open inboxes (4401, 4401, 1012); the removed agent’s chat goes back to the team', async () => {
      const made = await cli.run(
        ...['store', 'create', '--name', 'Kad Luang', '--origin', SHOP],
        ...['--owner-email', 'som@kadluang.example', '--owner-password', PASSWORD],
      )
      const key = printed(made.out, 'site key')
      for (const [name, role] of [
        ['ann', 'agent'],
        ['ben', 'agent'],
        ['mia', 'manager'],
      ] as const) {
        const added = await cli.run('agent', 'add', '--store', key, '--email', `${name}@kadluang.example`, '--role', role, '--password', PASSWORD)
        expect(added.code).toBe(0)
      }
      const [owner, ann, ben, mia] = await Promise.all(['som', 'ann', 'ben', 'mia'].map((name) => signIn(`${name}@kadluang.example`)))
      expect((await api(owner!, 'PUT', '/api/store/assignment', { mode: 'manual', limit: 5 })).status).toBe(200)
      const shopper = await TestClient.visitor(server.url, key, SHOP)
      sockets.push(shopper)
      shopper.send({ type: 'send', clientId: 'kad-1', text: 'Where is my silk scarf?' })
      const { conversationId } = await shopper.next('ack')
      expect((await api(ann!, 'POST', `/api/conversations/${conversationId}/take`)).status).toBe(200)

      // Each inbox listens on Redis from its upgrade, before its welcome: the commands below come after.
      const [annInbox, benInbox, miaInbox] = await Promise.all([inbox(ann!), inbox(ben!), inbox(mia!)])
      const annClosed = closed(annInbox)
      const miaHad = new Set(miaInbox.frames)
      const removed = await cli.run('agent', 'remove', '--store', key, '--email', 'ann@kadluang.example')
      expect(removed).toMatchObject({ code: 0, err: '' })
      expect(await annClosed).toBe(4401)
      expect(removed.out).toContain('1 open conversation went back to the team.')
      await miaInbox.next('conversation', (f) => !miaHad.has(f) && f.conversation.id === conversationId && !f.conversation.assignee)
      expect((await api(ben!, 'POST', `/api/conversations/${conversationId}/take`)).status).toBe(200)

      const benClosed = closed(benInbox)
      expect((await cli.run('agent', 'reset-password', '--email', 'ben@kadluang.example')).code).toBe(0)
      expect(await benClosed).toBe(4401)

      const miaClosed = closed(miaInbox)
      expect((await cli.run('agent', 'role', '--store', key, '--email', 'mia@kadluang.example', '--role', 'agent')).code).toBe(0)
      expect(await miaClosed).toBe(1012)

      // Without Redis the command cannot reach a running server, and says so.
      delete cli.env.REDIS_URL
      const unreached = await cli.run('agent', 'role', '--store', key, '--email', 'mia@kadluang.example', '--role', 'manager')
      expect(unreached.code).toBe(0)
      expect(unreached.err).toContain('it was not told (without REDIS_URL')
    }, 180_000)

    it('demo remove signs the demo team out of a running demo server, which stops serving the demo store', async () => {
      cli.env.REDIS_URL = redis.url
      const demo = await createAttuneServer({ demo: true, port: 0, host: '127.0.0.1', databaseUrl: cluster.url, redisUrl: redis.url })
      try {
        // Another process starting for real on this database is refused while the demo login works.
        await expect(createAttuneServer({ port: 0, host: '127.0.0.1', databaseUrl: cluster.url })).rejects.toBeInstanceOf(PublicDemoLoginError)
        const demoInbox = await TestClient.agent(demo.url, await demoAgentCookie(demo.url))
        sockets.push(demoInbox)
        const site = () => fetch(`${demo.url}/api/sites/${DEMO.siteKey}`).then((res) => res.status)
        // Read once, the store is kept in the server's memory: only the command's word drops it.
        expect(await site()).toBe(200)
        const demoClosed = closed(demoInbox)

        expect(await cli.run('demo', 'remove')).toMatchObject({ code: 0, err: '' })
        expect(await demoClosed).toBe(4401)
        await vi.waitFor(async () => expect(await site()).toBe(404), { timeout: 10_000, interval: 50 })
        await expect(demoAgentCookie(demo.url)).rejects.toThrow('answered 401')
      } finally {
        await demo.close()
      }
    }, 180_000)
  })
})
