import { PROTOCOL_VERSION } from '@attune/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database, Queryable } from './db/database.ts'
import { openPglite } from './db/pglite.ts'
import { createAttuneServer, type AttuneServer } from './server.ts'
import { demoAgentCookie, TestClient } from './gateway/test-client.ts'

const SHOP = 'http://localhost:5173'

type Seen = { sql: string; inTransaction: boolean }

/** Every statement the server runs, in order, transactions' included (issue 12: "~17 per message"). */
function countingDatabase(inner: Database, seen: Seen[]): Database {
  const counted = (q: Queryable, inTransaction: boolean): Queryable => ({
    query: (sql, params) => {
      seen.push({ sql: sql.replace(/\s+/g, ' ').trim(), inTransaction })
      return q.query(sql, params)
    },
    exec: (sql) => q.exec(sql),
  })
  return { ...counted(inner, false), transaction: (fn) => inner.transaction((tx) => fn(counted(tx, true))), close: () => inner.close() }
}

let server: AttuneServer
let inner: Database
const seen: Seen[] = []
const clients: TestClient[] = []

beforeAll(async () => {
  inner = await openPglite()
  // A clock that stands still: "nobody free" (team/assignment.ts) lasts however slow the machine.
  const clock = Date.now()
  // The sweep for check-in timers other processes left overdue (every 30 s) is no message's cost.
  server = await createAttuneServer({
    demo: true,
    port: 0,
    host: '127.0.0.1',
    database: countingDatabase(inner, seen),
    now: () => clock,
    checkInSweeps: () => () => {},
  })
  // The start's one re-run of the waiting conversations' rules comes once connections pause for a
  // second, which on a busy machine can fall inside a test's count: it is over before any starts.
  await server.resumed
}, 60_000)
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()))
  await server.close()
  await inner.close()
})

async function shopper() {
  const client = await TestClient.open(`${server.url.replace('http', 'ws')}/v1/visitor?siteKey=demo`, { Origin: SHOP })
  clients.push(client)
  client.send({ type: 'hello', v: PROTOCOL_VERSION })
  await client.next('welcome')
  return client
}

/** Waits until the server has run no statement for a while: the message's after-work is done. */
async function settled(): Promise<void> {
  for (let quiet = 0, last = -1; quiet < 5;) {
    await new Promise((r) => setTimeout(r, 20))
    quiet = seen.length === last ? quiet + 1 : 0
    last = seen.length
  }
}

/** A shopper whose first message opened their conversation, its after-work done. */
async function chatting(): Promise<{ client: TestClient; conversationId: string }> {
  const client = await shopper()
  const clientId = `opening-${clients.length}`
  client.send({ type: 'send', clientId, text: 'Hello there' })
  const first = await client.answerTo(clientId)
  if (first.type !== 'ack') throw new Error('the first message was not stored')
  await settled()
  return { client, conversationId: first.conversationId }
}

/** The shopper's second message, naming its conversation as the widget does once it knows it; resolves once its after-work is done. */
async function secondMessage(client: TestClient, conversationId: string, text: string): Promise<void> {
  const clientId = `second-${clients.indexOf(client)}`
  client.send({ type: 'send', clientId, text, conversationId })
  expect(await client.answerTo(clientId)).toMatchObject({ type: 'ack', seq: 2 })
  await settled()
}

/** The periodic workers' polls (webhook deliveries, reply mail, the mail queue): on their own clock, whatever a message does. */
const POLLS = /^(UPDATE webhook_deliveries d SET locked_until|DELETE FROM reply_notices WHERE conversation_id IN|UPDATE mail_queue SET claimed_until)/
/** What the message cost: every statement but the periodic polls. */
const cost = () => seen.filter((s) => !POLLS.test(s.sql))

/** The statements a message should cost, by name. */
const NAMES: [RegExp, string][] = [
  [/^SELECT r\.i, d\.conversation_id/, 'duplicate check'],
  [/^WITH moved AS \( UPDATE conversations/, 'events, seq and cards'],
  [/^INSERT INTO reply_notices/, 'reply mail wait'],
  [/^SELECT id, status FROM conversations WHERE id = ANY/, 'status lock'],
]
/** A statement's name, or its SQL when it has none (an unexpected one shows as itself). */
const named = (s: Seen) => `${s.inTransaction ? '[tx] ' : ''}${NAMES.find(([pattern]) => pattern.test(s.sql))?.[1] ?? s.sql.slice(0, 140)}`

/** The whole cost, for the record (docs/decisions/033 lists it). */
function print(what: string): void {
  console.log(
    `${what}: ${cost().length} statements:\n${cost()
      .map((s, i) => `${i + 1}. ${s.inTransaction ? '[tx] ' : ''}${s.sql.slice(0, 140)}`)
      .join('\n')}`,
  )
}

describe('statements per message', () => {
  it("writes a shopper's first message into the conversation it opened without reading its status again", async () => {
    const client = await shopper()
    await settled()
    seen.length = 0
    client.send({ type: 'send', clientId: 'very-first', text: 'Hello, is this shop open?' })
    expect(await client.answerTo('very-first')).toMatchObject({ type: 'ack', seq: 1 })
    await settled()
    print("a shopper's first message")
    // Just created, so open: the group commit's locking read is for conversations it does not know.
    // Written as new (docs/decisions/037): a repeat would fail the write, so nothing looks for one
    // first; and the write alone commits by itself, with no transaction around it (decision 038).
    expect(cost().map(named)).toContain('events, seq and cards')
    expect(
      cost()
        .map(named)
        .filter((name) => /status lock|duplicate check/.test(name)),
    ).toEqual([])
    expect(cost().filter((s) => s.inTransaction)).toEqual([])
  })

  it("writes an ordinary shopper message with two statements: the event with its conversation's seq, the agent's card", async () => {
    const { client, conversationId } = await chatting()
    seen.length = 0
    await secondMessage(client, conversationId, 'Where is my parcel?')
    print('a shopper message')
    // What the rules, the inbox's summary and the assignment read is kept in memory (issue 12).
    // The agent's card, made after the message, goes alone here; under load it joins the next
    // batch's statement (active-conversations.test.ts). Each commits by itself (decision 038).
    expect(cost().map(named)).toEqual(['events, seq and cards', 'events, seq and cards'])
  })

  it("writes an agent's reply with three statements: the shopper's two, and the wait before reply mail", async () => {
    const visitor = await shopper()
    visitor.send({ type: 'send', clientId: 'question', text: 'Do you ship to Laos?' })
    const question = await visitor.answerTo('question')
    if (question.type !== 'ack') throw new Error('the question was not stored')
    const agent = await TestClient.agent(server.url, await demoAgentCookie(server.url))
    clients.push(agent)
    const { conversationId } = question
    agent.send({ type: 'resume', conversationId, afterSeq: 0 })
    await agent.next('synced', (f) => f.conversationId === conversationId)
    agent.send({ type: 'send', clientId: 'reply-1', conversationId, text: 'We do.' })
    expect(await agent.answerTo('reply-1')).toMatchObject({ type: 'ack' })
    await settled()

    seen.length = 0
    agent.send({ type: 'send', clientId: 'reply-2', conversationId, text: 'It takes about a week.' })
    expect(await agent.answerTo('reply-2')).toMatchObject({ type: 'ack' })
    await settled()
    print("an agent's reply")
    expect(cost().map(named)).toEqual(['events, seq and cards', 'events, seq and cards', 'reply mail wait'])
  })

  it('reads a message’s conversation by its key, never scanning them all, in a store with thousands', async () => {
    const { client, conversationId } = await chatting()
    await inner.exec(`
      WITH site AS (SELECT site_id AS id FROM conversations LIMIT 1),
        shoppers AS (INSERT INTO visitors (id, site_id) SELECT gen_random_uuid(), site.id FROM site, generate_series(1, 3000) RETURNING id, site_id)
      INSERT INTO conversations (id, site_id, visitor_id) SELECT gen_random_uuid(), site_id, id FROM shoppers;
      ANALYZE conversations`)
    const scans = async () => {
      await inner.query('SELECT pg_stat_force_next_flush()')
      const [row] = await inner.query<{ n: string }>(`SELECT seq_scan AS n FROM pg_stat_user_tables WHERE relname = 'conversations'`)
      return Number(row?.n)
    }
    const before = await scans()
    await secondMessage(client, conversationId, 'Still there?')
    // The append's seq and the agent's card: by the primary key (a JSON record set alone made the planner scan).
    expect((await scans()) - before).toBe(0)
  })

  it('writes a waiting shopper’s message with the same two statements while the team is online and nobody can take it', async () => {
    // The demo's only member is its owner: online, and not handed conversations (only agents are).
    const team = await TestClient.agent(server.url, await demoAgentCookie(server.url))
    clients.push(team)
    const { client, conversationId } = await chatting()
    seen.length = 0
    await secondMessage(client, conversationId, 'I will wait.')
    print('a waiting shopper’s message, the team online')
    // The first message found nobody free; the team's loads are not read again for each message (issue 12).
    expect(cost().map(named)).toEqual(['events, seq and cards', 'events, seq and cards'])
  })
})
