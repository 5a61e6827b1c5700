import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../db/database.ts'
import { demoAgentCookie, TestClient } from '../gateway/test-client.ts'
import { createAttuneServer, type AttuneServer } from '../server.ts'
import { databaseEngines } from '../test-db.ts'

/**
 * Two server processes behind a load balancer on one database (decision 049): a shopper waits on
 * the first, which goes away; their widget reconnects to the second. The check-in timer the first
 * set for them lives on in the database, and the second runs it once it is overdue.
 */
const SHOP = 'http://localhost:5173'

describe.each(databaseEngines())('a check-in timer outlives the process that set it, on $name', ({ open }) => {
  let db: Database
  let stop: () => Promise<void>
  let a: AttuneServer
  let b: AttuneServer
  /** The second process's sweep for overdue timers, called by the test instead of every 30 s. */
  let sweepOnB: (() => Promise<void>) | undefined
  // Both processes' clock: the test lets time pass instead of waiting.
  let clock = Date.now()
  const sockets: TestClient[] = []

  beforeAll(async () => {
    ;({ db, stop } = await open())
    const serve = (checkInSweeps: (sweep: () => Promise<void>) => () => void) =>
      createAttuneServer({ demo: true, port: 0, host: '127.0.0.1', database: db, now: () => clock, checkInSweeps })
    a = await serve(() => () => {})
    b = await serve((sweep) => {
      sweepOnB = sweep
      return () => (sweepOnB = undefined)
    })
    await Promise.all([a.resumed, b.resumed])
  }, 120_000)
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.close()))
    await Promise.allSettled([a?.close(), b?.close()])
    await db?.close()
    await stop?.()
  }, 60_000)

  async function track(client: Promise<TestClient>): Promise<TestClient> {
    sockets.push(await client)
    return client
  }

  it('the shopper whose process went away, back on another, is asked how they feel when their wait runs out, and the card grows', async () => {
    clock = Date.now()
    const { client: shopper, welcome } = await TestClient.greeted(`${a.url.replace('http', 'ws')}/v1/visitor?siteKey=demo`, { Origin: SHOP })
    sockets.push(shopper)
    if (welcome.role !== 'visitor') throw new Error('expected a visitor welcome')
    const agent = await track(TestClient.agent(a.url, await demoAgentCookie(a.url)))
    shopper.send({ type: 'send', clientId: 'w1', text: 'Hello, is my parcel on its way?' })
    const { conversationId, seq } = await shopper.next('ack')
    // The agent's card comes from the first process's rules: they ran, and set the wait's timer.
    await agent.next('conversation', (f) => f.conversation.id === conversationId && f.conversation.empathy !== undefined)

    await a.close()
    // The widget reconnects to the live process with its token and catches up: nothing new yet.
    const back = await track(TestClient.open(`${b.url.replace('http', 'ws')}/v1/visitor?siteKey=demo`, { Origin: SHOP }))
    back.send({ type: 'hello', v: 1, token: welcome.token })
    await back.next('welcome')
    back.send({ type: 'resume', conversationId, afterSeq: seq })
    await back.next('synced', (f) => f.conversationId === conversationId)

    // Ten minutes, and nobody answered: past the store's wait (90 s) and the takeover's grace. The
    // live process's sweep (every 30 s) has looked for the timers of processes gone meanwhile.
    clock += 10 * 60_000
    await sweepOnB?.()
    // (The ten minutes' wait also raises the frustration signal, which the rules name first.)
    expect(await back.next('event', (f) => f.event.kind === 'checkin.asked')).toMatchObject({ conversationId, event: { phase: 'during' } })
    const [row] = await db.query<{ empathy: { signal: { level: string } } }>('SELECT empathy FROM conversations WHERE id = $1', [conversationId])
    expect(row?.empathy.signal.level).toBe('frustrated')
  })
})
