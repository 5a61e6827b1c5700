import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findPostgresBin, startLocalPostgres, type LocalPostgres } from '../../db/local-postgres.ts'
import { demoAgentCookie, TestClient } from '../../gateway/test-client.ts'
import { findRedisServer, startLocalRedis, type LocalRedis } from '../../local-redis.ts'
import { createAttuneServer, type AttuneServer } from '../../server.ts'
import { testCli, type TestCli } from '../test-cli.ts'

// `visitor erase` beside a running server on DATABASE_URL: through REDIS_URL the server hears of
// it as of the inbox's "Delete shopper's data". CI installs Debian's postgresql and redis-server.
const SHOP = 'http://localhost:5173'
const postgresBin = findPostgresBin()
const redisBin = findRedisServer()
let postgres: LocalPostgres
let redis: LocalRedis
let server: AttuneServer
let cli: TestCli
const sockets: TestClient[] = []

async function track<T extends TestClient>(client: Promise<T>): Promise<T> {
  sockets.push(await client)
  return client
}

/** A shopper who wrote once, with an inbox following their conversation: its memory holds it. */
async function followedShopper(inbox: TestClient, text: string) {
  const shopper = await track(TestClient.visitor(server.url, 'demo', SHOP))
  shopper.send({ type: 'send', clientId: 'first', text })
  const { conversationId } = await shopper.next('ack')
  const { conversation } = await inbox.next('conversation', (f) => f.conversation.id === conversationId)
  inbox.send({ type: 'resume', conversationId, afterSeq: 0 })
  await inbox.next('synced', (f) => f.conversationId === conversationId)
  return { conversationId, visitorId: conversation.visitorId }
}

describe.runIf(postgresBin && redisBin)('attune-server visitor erase beside a running server', () => {
  beforeAll(async () => {
    ;[postgres, redis] = await Promise.all([startLocalPostgres(postgresBin!), startLocalRedis(redisBin!)])
    server = await createAttuneServer({ demo: true, port: 0, host: '127.0.0.1', databaseUrl: postgres.url, redisUrl: redis.url })
    cli = await testCli({ DATABASE_URL: postgres.url, REDIS_URL: redis.url })
  }, 120_000)
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.close()))
    await server?.close()
    await cli?.remove()
    await Promise.allSettled([redis?.stop(), postgres?.stop()])
  }, 60_000)

  it("reaches it through REDIS_URL: the open inboxes drop the shopper's conversation, and it keeps nothing of it in memory", async () => {
    const inbox = await track(TestClient.agent(server.url, await demoAgentCookie(server.url)))
    const { conversationId, visitorId } = await followedShopper(inbox, 'Please forget me')

    expect(await cli.run('visitor', 'erase', '--store', 'demo', '--visitor', visitorId)).toMatchObject({ code: 0, err: '' })
    const { conversation } = await inbox.next('conversation', (f) => f.conversation.id === conversationId && f.conversation.status !== 'open')
    expect(conversation).toMatchObject({ visitorId, lastMessage: null })
    // What it kept of the conversation is gone too: its access check reads memory first (history does).
    inbox.send({ type: 'history', conversationId, beforeSeq: 2 })
    expect(await inbox.next('error', (f) => f.ref === 'history')).toMatchObject({ code: 'not_found' })
  }, 120_000)

  it('says so when it cannot reach it (no REDIS_URL)', async () => {
    const inbox = await track(TestClient.agent(server.url, await demoAgentCookie(server.url)))
    const { visitorId } = await followedShopper(inbox, 'Forget me too')
    delete cli.env.REDIS_URL
    const untold = await cli.run('visitor', 'erase', '--store', 'demo', '--visitor', visitorId)
    expect(untold.code).toBe(0)
    expect(untold.err).toContain('it was not told (without REDIS_URL')
  }, 120_000)
})
