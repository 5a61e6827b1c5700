import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { findPostgresBin, startLocalPostgres, type LocalPostgres } from './db/local-postgres.ts'
import { demoAgentCookie, TestClient } from './gateway/test-client.ts'
import { startReceiver } from './webhooks/receiver.ts'
import { findRedisServer, startLocalRedis, type LocalRedis } from './local-redis.ts'
import { createAttuneServer, type AttuneServer } from './server.ts'

// Two processes behind a load balancer serve one store: the conversation lives in PostgreSQL,
// and what happens live (events, typing, receipts, check-ins) crosses between them on Redis. CI
// installs Debian's postgresql and redis-server; the test starts both on loopback.
const SHOP = 'http://localhost:5173'
const postgresBin = findPostgresBin()
const redisBin = findRedisServer()
let postgres: LocalPostgres
let redis: LocalRedis
let a: AttuneServer
let b: AttuneServer
const open: TestClient[] = []
/** How far both processes' clock is ahead of the real one: a test moves it instead of waiting. */
let ahead = 0

const METRICS_TOKEN = 'scrape-token-0123456789'
/** One series' value in a process's /metrics. */
async function sample(server: AttuneServer, series: string): Promise<number> {
  const text = await (await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text()
  return Number(new RegExp(`^${series} (\\S+)$`, 'm').exec(text)?.[1])
}
const serve = (databaseUrl: string, redisUrl: string) =>
  createAttuneServer({ demo: true, port: 0, host: '127.0.0.1', databaseUrl, redisUrl, metricsToken: METRICS_TOKEN, now: () => Date.now() + ahead })

async function track<T extends TestClient>(client: Promise<T>): Promise<T> {
  open.push(await client)
  return client
}

describe.runIf(postgresBin && redisBin)('two server processes on one PostgreSQL and one Redis', () => {
  beforeAll(async () => {
    ;[postgres, redis] = await Promise.all([startLocalPostgres(postgresBin!), startLocalRedis(redisBin!)])
    a = await serve(postgres.url, redis.url)
    b = await serve(postgres.url, redis.url)
  }, 120_000)
  afterAll(async () => {
    await Promise.all(open.map((c) => c.close()))
    await Promise.allSettled([a?.close(), b?.close()])
    await Promise.allSettled([redis?.stop(), postgres?.stop()])
  }, 60_000)
  afterEach(() => {
    ahead = 0
  })

  it('a shopper on one and an agent on the other chat normally: messages, typing, receipts and the list', async () => {
    const shopper = await track(TestClient.visitor(a.url, 'demo', SHOP))
    const agent = await track(TestClient.agent(b.url, await demoAgentCookie(b.url)))

    shopper.send({ type: 'send', clientId: 'm1', text: 'Is the blue one in stock?' })
    const { conversationId } = await shopper.next('ack')
    // The agent's list on the other process hears of the new conversation.
    await agent.next('conversation', (f) => f.conversation.id === conversationId)

    agent.send({ type: 'resume', conversationId, afterSeq: 0 })
    await agent.next('synced', (f) => f.conversationId === conversationId)
    agent.send({ type: 'typing', conversationId, typing: true })
    expect(await shopper.next('typing')).toMatchObject({ role: 'agent', typing: true })

    agent.send({ type: 'send', clientId: 'a1', conversationId, text: 'Yes, two left.' })
    const reply = await agent.next('ack', (f) => f.clientId === 'a1')
    expect(await shopper.next('event', (f) => f.event.seq === reply.seq)).toMatchObject({
      event: { text: 'Yes, two left.', author: { role: 'agent' } },
    })

    shopper.send({ type: 'typing', conversationId, typing: true })
    expect(await agent.next('typing', (f) => f.conversationId === conversationId)).toMatchObject({ role: 'visitor', typing: true })
    shopper.send({ type: 'read', conversationId, seq: reply.seq })
    expect(await agent.next('read', (f) => f.conversationId === conversationId)).toMatchObject({ role: 'visitor', seq: reply.seq })

    // What crossed between them is timed where it was heard: the bus's latency, in /metrics.
    expect(await sample(a, 'attune_bus_seconds_count')).toBeGreaterThan(0)
  })

  it('a shopper on one process is not asked how they feel while an agent on the other types an answer, and is once the agent stops', async () => {
    const shopper = await track(TestClient.visitor(a.url, 'demo', SHOP))
    const agent = await track(TestClient.agent(b.url, await demoAgentCookie(b.url)))
    shopper.send({ type: 'send', clientId: 't1', text: 'Does the blue one come in a larger size?' })
    const { conversationId } = await shopper.next('ack')
    agent.send({ type: 'resume', conversationId, afterSeq: 0 })
    await agent.next('synced', (f) => f.conversationId === conversationId)
    agent.send({ type: 'typing', conversationId, typing: true })
    // Heard on the first: the second had told Redis before it published the frame.
    await shopper.next('typing', (f) => f.typing)

    // Two minutes, past the store's wait (90 s), the agent still typing; the shopper writes again
    // and the first process's rules read the conversation: its card says whether they asked.
    ahead = 120_000
    shopper.send({ type: 'send', clientId: 't2', conversationId, text: 'Hello?' })
    const card = await agent.next('conversation', (f) => f.conversation.id === conversationId && f.conversation.lastMessage?.text === 'Hello?')
    expect(card.conversation.empathy).toMatchObject({ pending: null })

    agent.send({ type: 'typing', conversationId, typing: false })
    expect(await shopper.next('event', (f) => f.event.kind === 'checkin.asked')).toMatchObject({ conversationId, event: { phase: 'during' } })
  })

  it('a shopper on one process sees the agents online on the other come and go', async () => {
    const shopper = await track(TestClient.visitor(a.url, 'demo', SHOP))
    const { agentsOnline: before } = await shopper.next('presence')
    const cookie = await demoAgentCookie(b.url)
    const agent = await TestClient.agent(b.url, cookie)
    expect(await shopper.next('presence', (f) => f.agentsOnline === before + 1)).toBeTruthy()
    // A shopper arriving now on the first process is told at once, not only at the next change.
    const later = await track(TestClient.visitor(a.url, 'demo', SHOP))
    expect(await later.next('presence')).toEqual({ type: 'presence', agentsOnline: before + 1 })
    await agent.close()
    expect(await shopper.next('presence', (f) => f.agentsOnline === before)).toBeTruthy()
  })

  it('when one process goes away, its shopper resumes on the other and misses nothing', async () => {
    const third = await serve(postgres.url, redis.url)
    const shopper = await TestClient.visitor(third.url, 'demo', SHOP)
    const welcome = shopper.frames.find((f) => f.type === 'welcome')
    if (welcome?.type !== 'welcome' || welcome.role !== 'visitor') throw new Error('expected a visitor welcome')
    shopper.send({ type: 'send', clientId: 'k1', text: 'Hello?' })
    const { conversationId, seq } = await shopper.next('ack')

    await third.close()
    const agent = await track(TestClient.agent(b.url, await demoAgentCookie(b.url)))
    agent.send({ type: 'send', clientId: 'k2', conversationId, text: 'Hi! Still here.' })
    await agent.next('ack', (f) => f.clientId === 'k2')

    // The shopper's widget reconnects to a live process with its token and resumes after its last seq.
    const back = await track(TestClient.open(`${a.url.replace('http', 'ws')}/v1/visitor?siteKey=demo`, { Origin: SHOP }))
    back.send({ type: 'hello', v: 1, token: welcome.token })
    expect(await back.next('welcome')).toMatchObject({ visitorId: welcome.visitorId, conversation: { id: conversationId } })
    back.send({ type: 'resume', conversationId, afterSeq: seq })
    expect(await back.next('event')).toMatchObject({ event: { text: 'Hi! Still here.', author: { role: 'agent' } } })
    expect(await back.next('synced')).toMatchObject({ conversationId })
  })

  /**
   * A shopper on the first process, an agent on the second, in one conversation the first keeps in
   * memory, and the agent's "Check in" asked on the second: the shopper's during card waits.
   */
  async function checkInAskedOnB() {
    const shopper = await track(TestClient.visitor(a.url, 'demo', SHOP))
    const agent = await track(TestClient.agent(b.url, await demoAgentCookie(b.url)))
    shopper.send({ type: 'send', clientId: 'p1', text: 'Where is my order?' })
    const { conversationId } = await shopper.next('ack')
    agent.send({ type: 'resume', conversationId, afterSeq: 0 })
    await agent.next('synced', (f) => f.conversationId === conversationId)
    // Once the inbox hears of this message, the first process's rules have read the conversation and keep it.
    shopper.send({ type: 'send', clientId: 'p2', conversationId, text: 'Hello?' })
    await agent.next('conversation', (f) => f.conversation.id === conversationId && f.conversation.lastMessage?.text === 'Hello?')
    agent.send({ type: 'ask', clientId: 'p3', conversationId })
    await agent.next('ack', (f) => f.clientId === 'p3')
    return { shopper, agent, conversationId }
  }

  it("a shopper's message on one process is judged with what the agent did on the other (issue 12: conversations kept in memory)", async () => {
    const { shopper, agent, conversationId } = await checkInAskedOnB()
    shopper.send({ type: 'send', clientId: 'p4', conversationId, text: 'Any news?' })
    // The first process's card after this message knows the card is pending: it read the ask written on the other.
    const card = await agent.next('conversation', (f) => f.conversation.id === conversationId && f.conversation.lastMessage?.text === 'Any news?')
    expect(card.conversation.empathy).toMatchObject({ pending: 'during' })
  })

  it("the shopper's answer on one process to the check-in asked on the other is stored, not refused", async () => {
    const { shopper, conversationId } = await checkInAskedOnB()
    await shopper.next('event', (f) => f.event.kind === 'checkin.asked' && f.event.phase === 'during')
    // The first process keeps the conversation as it was before the ask: the answer reads the log itself.
    shopper.send({ type: 'answer', conversationId, clientId: 'p4', answer: { phase: 'during', understood: false } })
    expect(await shopper.answerTo('p4')).toMatchObject({ type: 'ack', conversationId })
  })

  it('wrong passwords tried on one process count on the other: the sign-in throttle is shared', async () => {
    const attempt = (server: AttuneServer, password: string) =>
      fetch(`${server.url}/api/agent/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'nobody@demo.store', password }),
      })
    for (let i = 0; i < 5; i++) expect((await attempt(a, `wrong-${i}`)).status).toBe(401)
    for (let i = 5; i < 10; i++) expect((await attempt(b, `wrong-${i}`)).status).toBe(401)
    // Ten failures in all: the eleventh attempt waits, on either process, instead of being checked.
    const refused = await attempt(a, 'wrong-10')
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await attempt(b, 'wrong-11')).status).toBe(429)
  })

  it("a store's origins changed on one process are seen at the other's next upgrade (issue 12: settings kept in memory)", async () => {
    // The second process reads the store and keeps it.
    await track(TestClient.visitor(b.url, 'demo', SHOP))
    const cookie = await demoAgentCookie(a.url)
    const store = (await (await fetch(`${a.url}/api/store`, { headers: { cookie } })).json()) as { store: { allowedOrigins: string[] } }
    const put = (allowedOrigins: string[]) =>
      fetch(`${a.url}/api/store`, {
        method: 'PUT',
        headers: { cookie, origin: a.url, 'content-type': 'application/json' },
        body: JSON.stringify({ allowedOrigins }),
      })
    const opensOnB = () =>
      TestClient.visitor(b.url, 'demo', 'https://second.example').then(
        (c) => (open.push(c), true),
        () => false,
      )
    expect((await put([...store.store.allowedOrigins, 'https://second.example'])).status).toBe(200)
    // The change reaches the other process through Redis, a moment later.
    await expect.poll(opensOnB, { timeout: 10_000 }).toBe(true)
    expect((await put(store.store.allowedOrigins)).status).toBe(200)
    await expect.poll(opensOnB, { timeout: 10_000 }).toBe(false)
  })

  it('a webhook endpoint added on one process hears the events stored by the other (issue 12: endpoints kept in memory)', async () => {
    const hook = await startReceiver()
    try {
      // The second process stores an event, and keeps the store's endpoints: none.
      const shopper = await track(TestClient.visitor(b.url, 'demo', SHOP))
      shopper.send({ type: 'send', clientId: 'w1', text: 'Before the endpoint' })
      await shopper.next('ack', (f) => f.clientId === 'w1')
      const cookie = await demoAgentCookie(a.url)
      const added = await fetch(`${a.url}/api/webhooks`, {
        method: 'POST',
        headers: { cookie, origin: a.url, 'content-type': 'application/json' },
        body: JSON.stringify({ url: hook.url, events: ['message.created'] }),
      })
      expect(added.status).toBe(201)
      const { endpoint } = (await added.json()) as { endpoint: { id: string } }
      // Written until one is heard: the change crosses Redis a moment after the answer.
      const heard = () => hook.received.some((r) => (JSON.parse(r.body) as { type: string }).type === 'message.created')
      for (let i = 0; !heard() && i < 50; i++) {
        shopper.send({ type: 'send', clientId: `w2-${i}`, text: 'After the endpoint' })
        await shopper.next('ack', (f) => f.clientId === `w2-${i}`)
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
      await expect.poll(heard, { timeout: 10_000 }).toBe(true)
      await fetch(`${a.url}/api/webhooks/${endpoint.id}`, { method: 'DELETE', headers: { cookie, origin: a.url } })
    } finally {
      await hook.close()
    }
  }, 60_000)

  it('Redis going away costs only live fan-out between processes, and it comes back by itself', async () => {
    const shopper = await track(TestClient.visitor(a.url, 'demo', SHOP))
    const agent = await track(TestClient.agent(b.url, await demoAgentCookie(b.url)))
    shopper.send({ type: 'send', clientId: 'r1', text: 'First' })
    const { conversationId } = await shopper.next('ack')
    agent.send({ type: 'resume', conversationId, afterSeq: 0 })
    await agent.next('synced', (f) => f.conversationId === conversationId)

    const droppedBefore = await sample(a, 'attune_bus_dropped_total')
    await redis.down()
    // Still stored and acked while Redis is away: the log is in PostgreSQL.
    shopper.send({ type: 'send', clientId: 'r2', text: 'Second' })
    const second = await shopper.next('ack', (f) => f.clientId === 'r2')
    // What the other process missed meanwhile is counted where it was published.
    await expect.poll(() => sample(a, 'attune_bus_dropped_total'), { timeout: 30_000 }).toBeGreaterThan(droppedBefore)
    await redis.up()

    // Once both processes are back on Redis, live events flow again; the agent catches up from the log.
    let third: unknown
    for (let attempt = 0; !third && attempt < 100; attempt++) {
      shopper.send({ type: 'send', clientId: `r3-${attempt}`, text: `Third ${attempt}` })
      const ack = await shopper.next('ack', (f) => f.clientId === `r3-${attempt}`)
      third = await agent.next('event', (f) => f.event.seq === ack.seq).catch(() => undefined)
    }
    expect(third).toBeDefined()
    agent.send({ type: 'resume', conversationId, afterSeq: 1 })
    expect(await agent.next('event', (f) => f.event.seq === second.seq)).toMatchObject({ event: { text: 'Second' } })
  }, 120_000)

  it('after Redis comes back, an agent on the other process gets the message it missed, with nothing sent after it', async () => {
    const shopper = await track(TestClient.visitor(a.url, 'demo', SHOP))
    const agent = await track(TestClient.agent(b.url, await demoAgentCookie(b.url)))
    shopper.send({ type: 'send', clientId: 'q1', text: 'First' })
    const { conversationId } = await shopper.next('ack')
    agent.send({ type: 'resume', conversationId, afterSeq: 0 })
    await agent.next('synced', (f) => f.conversationId === conversationId)

    const droppedBefore = await sample(a, 'attune_bus_dropped_total')
    await redis.down()
    shopper.send({ type: 'send', clientId: 'q2', text: 'Last words' })
    const last = await shopper.next('ack', (f) => f.clientId === 'q2')
    await expect.poll(() => sample(a, 'attune_bus_dropped_total'), { timeout: 30_000 }).toBeGreaterThan(droppedBefore)
    await redis.up()

    // The shopper's message was the conversation's last event: no later one reveals the gap, the
    // reconnection does. The inbox's list hears of it too. Generous: the client retries every 2 s.
    const missed = await agent.next('event', (f) => f.conversationId === conversationId && f.event.seq === last.seq, 60_000)
    expect(missed).toMatchObject({ event: { text: 'Last words' } })
    await agent.next('conversation', (f) => f.conversation.id === conversationId && f.conversation.lastSeq === last.seq, 60_000)
  }, 120_000)
  it('after Redis comes back, an inbox on the other process drops a conversation resolved meanwhile', async () => {
    const shopper = await track(TestClient.visitor(a.url, 'demo', SHOP))
    const watching = await track(TestClient.agent(b.url, await demoAgentCookie(b.url)))
    shopper.send({ type: 'send', clientId: 'z1', text: 'Do you ship to Vientiane?' })
    const { conversationId } = await shopper.next('ack')
    await watching.next('conversation', (f) => f.conversation.id === conversationId)

    const resolving = await track(TestClient.agent(a.url, await demoAgentCookie(a.url)))
    const droppedBefore = await sample(a, 'attune_bus_dropped_total')
    await redis.down()
    resolving.send({ type: 'resolve', conversationId, clientId: 'z-resolve' })
    await resolving.next('ack', (f) => f.clientId === 'z-resolve')
    await expect.poll(() => sample(a, 'attune_bus_dropped_total'), { timeout: 30_000 }).toBeGreaterThan(droppedBefore)
    await redis.up()

    // Nothing later names it: the reconnection tells the list it is no longer open.
    const update = await watching.next('conversation', (f) => f.conversation.id === conversationId && f.conversation.status !== 'open', 60_000)
    expect(update.conversation.status).toBe('resolved')
  }, 120_000)
})
