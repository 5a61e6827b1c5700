import { randomUUID } from 'node:crypto'
import type { EmpathySnapshot } from '@attune/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createActiveConversations, type ActiveConversations } from './active-conversations.ts'
import { createMemoryBus, topics, type Bus } from './bus.ts'
import { NO_ANSWERS } from './empathy/snapshot.ts'
import { EMPTY_FOLD } from '@attune/empathy'
import { createConversations, type Conversations } from './conversations.ts'
import type { Database } from './db/database.ts'
import { migrate } from './db/migrations.ts'
import { createLog, type ConversationLog } from './log.ts'
import { databaseEngines, isGroupCommitWrite } from './test-db.ts'

describe.each(databaseEngines())('active conversations kept in memory, on %s', (engine) => {
  let db: Database
  let stop: () => Promise<void>
  let bus: Bus
  let log: ConversationLog
  let conversations: Conversations
  let active: ActiveConversations
  let clock = 0
  /** Statements run outside the group commit's writes: what reading a conversation costs. */
  let reads = 0
  /** The group commit's writes: a transaction, or its one statement committing by itself (decision 038). */
  let writes = 0

  beforeAll(async () => {
    ;({ db, stop } = await engine.open())
    await migrate(db)
    const counted: Database = {
      query: (sql, params) => (isGroupCommitWrite(sql) ? writes++ : reads++, db.query(sql, params)),
      exec: (sql) => db.exec(sql),
      transaction: (fn) => (writes++, db.transaction(fn)),
      close: () => db.close(),
    }
    bus = createMemoryBus()
    log = createLog(counted, undefined, { appended: (id, events, effects) => active.appended(id, events, effects) })
    conversations = createConversations(counted, { bus })
    active = createActiveConversations({ conversations, log, bus, window: 3, max: 2, ttlMs: 60_000, now: () => clock })
  }, 120_000)
  afterAll(async () => {
    await db?.close()
    await stop?.()
  })

  async function conversation(): Promise<string> {
    const [siteId, visitorId, id] = [randomUUID(), randomUUID(), randomUUID()]
    await db.query('INSERT INTO sites (id, key, name) VALUES ($1, $2, $3)', [siteId, siteId, 'S'])
    await db.query('INSERT INTO visitors (id, site_id) VALUES ($1, $2)', [visitorId, siteId])
    await db.query('INSERT INTO conversations (id, site_id, visitor_id) VALUES ($1, $2, $3)', [id, siteId, visitorId])
    return id
  }

  const say = (id: string, text: string, waiting?: 'start' | 'stop') =>
    log.append(id, { kind: 'message', author: { role: 'visitor', id: 'v' }, clientId: randomUUID(), body: { text } }, waiting ? { waiting } : {})
  const seqs = async (id: string, seq = 0) => (await active.get(id, seq))?.events.map((e) => e.seq)

  it('follows the log: events appended after the last one kept join it, and reading them costs no statement', async () => {
    const id = await conversation()
    await say(id, 'one')
    expect(await seqs(id)).toEqual([1])
    const before = reads
    const { event } = await say(id, 'two', 'start')
    await say(id, 'three')
    await say(id, 'four')
    // The newest three (the window), and the summary as the append moved the row.
    expect(await seqs(id, 4)).toEqual([2, 3, 4])
    const kept = await active.get(id, 4)
    expect(kept?.summary).toMatchObject({ lastSeq: 4, lastMessage: { text: 'four', role: 'visitor' }, waitingSince: event.at })
    expect(reads).toBe(before)
    expect(kept?.summary).toEqual(await conversations.summary(id))
  })

  it("moves what the rules read of the shopper's side on with each appended event, past the window's oldest", async () => {
    const id = await conversation()
    const { event: first } = await say(id, 'one')
    expect((await active.get(id, 1))?.tail).toEqual({
      recent: ['one'],
      sinceAgent: 1,
      raised: 0,
      log: { ...EMPTY_FOLD, shopperSinceAsk: 1, waitingFrom: Date.parse(first.at), waitIsNew: true },
      answers: NO_ANSWERS,
    })
    const before = reads
    for (const text of ['two', 'three', 'four']) await say(id, text)
    // The window keeps three events; the wait still runs from the first message, which left it.
    expect(await active.get(id, 4)).toMatchObject({
      events: [{ seq: 2 }, { seq: 3 }, { seq: 4 }],
      tail: { recent: ['one', 'two', 'three', 'four'], sinceAgent: 4, raised: 0, log: { shopperSinceAsk: 4, waitingFrom: Date.parse(first.at) } },
    })
    expect(reads).toBe(before)
  })

  it('an event written by another process (a seq it did not see) makes it read the conversation again', async () => {
    const id = await conversation()
    await say(id, 'one')
    expect(await seqs(id)).toEqual([1])
    // As another process appends: the event and the conversation's seq, nothing announced.
    await db.query(
      `INSERT INTO events (conversation_id, seq, kind, author_role, author_id, client_id, body) VALUES ($1, 2, 'message', 'agent', 'a', 'elsewhere', '{"text":"from B"}')`,
      [id],
    )
    await db.query('UPDATE conversations SET last_seq = 2 WHERE id = $1', [id])
    const { event } = await say(id, 'three')
    expect(event.seq).toBe(3)
    const kept = await active.get(id, event.seq)
    expect(kept?.events.map((e) => (e.kind === 'message' ? e.text : e.kind))).toEqual(['one', 'from B', 'three'])
  })

  it('reads the conversation as stored now with one statement while memory holds it, and afresh once another process wrote', async () => {
    const id = await conversation()
    await say(id, 'one')
    await say(id, 'two')
    expect(await seqs(id)).toEqual([1, 2])
    let before = reads
    expect((await active.current(id))?.events.map((e) => e.seq)).toEqual([1, 2])
    // Its last seq, by the key: not the conversation's state and events again.
    expect(reads - before).toBe(1)
    // Another process appends, announcing nothing: the last seq shows memory is behind.
    await db.query(
      `INSERT INTO events (conversation_id, seq, kind, author_role, author_id, client_id, body) VALUES ($1, 3, 'message', 'agent', 'a', 'elsewhere', '{"text":"from B"}')`,
      [id],
    )
    await db.query('UPDATE conversations SET last_seq = 3 WHERE id = $1', [id])
    const current = await active.current(id)
    expect(current?.events.map((e) => (e.kind === 'message' ? e.text : e.kind))).toEqual(['one', 'two', 'from B'])
    expect(current?.record.lastSeq).toBe(3)
    // Not kept (never read here): the database, once, with no last seq before it.
    const other = await conversation()
    before = reads
    expect((await active.current(other))?.events).toEqual([])
    expect(reads - before).toBe(2)
    expect(await active.current(randomUUID())).toBeNull()
  })

  it('a change announced on the bus, here or by another process, drops what was kept', async () => {
    const id = await conversation()
    await say(id, 'hello')
    expect((await active.get(id))?.language).toBeNull()
    await db.query(`UPDATE conversations SET language = 'th' WHERE id = $1`, [id])
    bus.publish(topics.changes, { type: 'changed', what: 'conversation', conversationId: id })
    expect((await active.get(id))?.language).toBe('th')
    const visitorId = (await active.get(id))!.record.visitorId
    await conversations.optOut(visitorId)
    expect((await active.get(id))?.optedOut).toBe(true)
  })

  it('keeps the most recently used conversations, each for a while', async () => {
    const [first, second, third] = [await conversation(), await conversation(), await conversation()]
    for (const id of [first, second, third]) await say(id, 'hi')
    for (const id of [first, second, third]) await active.get(id)
    let before = reads
    await active.get(third)
    expect(reads).toBe(before)
    // Two at most: the first was pushed out.
    await active.get(first)
    expect(reads).toBeGreaterThan(before)
    before = reads
    clock += 60_000
    await active.get(first)
    expect(reads).toBeGreaterThan(before)
  })

  it("after its minute, reads the conversation's row again, not its events while no event came since: a change the bus lost shows", async () => {
    const id = await conversation()
    await say(id, 'one')
    await say(id, 'two')
    expect(await seqs(id, 2)).toEqual([1, 2])
    // Changed by another process whose word on the bus was lost.
    await db.query(`UPDATE conversations SET language = 'lo' WHERE id = $1`, [id])
    let before = reads
    expect((await active.get(id))?.language).toBeNull()
    expect(reads).toBe(before)
    clock += 60_000
    const renewed = await active.get(id)
    expect(renewed).toMatchObject({ language: 'lo', events: [{ seq: 1 }, { seq: 2 }], tail: { recent: ['one', 'two'] } })
    // The row alone, and then trusted again for its minute.
    expect(reads - before).toBe(1)
    before = reads
    expect((await active.get(id))?.language).toBe('lo')
    expect(reads).toBe(before)
  })

  it('reads the events again every ten minutes at most, should an edit of old ones not have been announced', async () => {
    const id = await conversation()
    await say(id, 'one')
    const loadedAt = clock
    expect(await seqs(id, 1)).toEqual([1])
    await db.query(`UPDATE events SET body = '{"text":"edited"}' WHERE conversation_id = $1 AND seq = 1`, [id])
    const text = async () => {
      const [event] = (await active.get(id))!.events
      return event?.kind === 'message' ? event.text : event?.kind
    }
    let before = reads
    clock = loadedAt + 60_000
    expect(await text()).toBe('one')
    expect(reads - before).toBe(1)
    before = reads
    clock = loadedAt + 600_000
    expect(await text()).toBe('edited')
    expect(reads - before).toBe(2)
  })

  it('keeps at most so many events over all conversations: long conversations push out the longest unused', async () => {
    const bounded = createActiveConversations({ conversations, log, bus, window: 3, max: 10, maxEvents: 4, now: () => clock })
    const [first, second] = [await conversation(), await conversation()]
    for (const id of [first, second]) for (const text of ['one', 'two', 'three']) await say(id, text)
    await bounded.get(first)
    await bounded.get(second)
    // Three events each, four at most: the first was forgotten, the second is kept.
    let before = reads
    expect((await bounded.get(second))?.events).toHaveLength(3)
    expect(reads).toBe(before)
    before = reads
    expect((await bounded.get(first))?.events).toHaveLength(3)
    expect(reads).toBeGreaterThan(before)
  })

  it('stops trusting conversations loaded together over the last quarter of the minute, not all in the same moment', async () => {
    const many = createActiveConversations({ conversations, log, bus, window: 3, max: 100, ttlMs: 60_000, now: () => clock })
    const ids = await Promise.all(Array.from({ length: 40 }, () => conversation()))
    const loadedAt = clock
    for (const id of ids) await many.get(id)
    const kept = () => ids.filter((id) => many.peek(id) !== undefined).length
    clock = loadedAt + 44_999
    expect(kept()).toBe(40)
    clock = loadedAt + 52_500
    // Each forgotten somewhere between 45 and 60 s: all 40 on one side of the middle is a chance of 1 in 10^12.
    expect(kept()).toBeGreaterThan(0)
    expect(kept()).toBeLessThan(40)
    clock = loadedAt + 60_000
    expect(kept()).toBe(0)
  })

  it("writes the agents' cards with the events of the batch they join, each conversation's newest, never moving its place in the inbox", async () => {
    const [first, second] = [await conversation(), await conversation()]
    const card = (moodNow: 1 | 2 | 3 | 4 | 5): EmpathySnapshot => ({
      ...{ moodBefore: null, moodNow, moodAfter: null, skipped: [], reason: null, topic: null, understood: null },
      ...{ signal: { level: 'calm', score: 0, cues: [] }, language: null, pending: null },
    })
    const updatedAt = async (id: string) => (await conversations.summary(id))?.updatedAt
    await say(second, 'earlier')
    const secondUpdated = await updatedAt(second)
    const [before, readsBefore] = [writes, reads]
    // The first message is written at once; the cards and the message made meanwhile wait for it and go together.
    await Promise.all([
      say(first, 'hello'),
      log.setEmpathy(first, card(1)),
      log.setEmpathy(second, card(2)),
      log.setEmpathy(first, card(4)),
      say(first, 'again'),
    ])
    expect(writes - before).toBe(2)
    expect(reads).toBe(readsBefore)
    expect((await conversations.summary(first))?.empathy?.moodNow).toBe(4)
    expect((await conversations.summary(first))?.lastSeq).toBe(2)
    expect((await conversations.summary(second))?.empathy?.moodNow).toBe(2)
    // A card alone is not activity: the conversation keeps its place in the inbox's list.
    expect(await updatedAt(second)).toBe(secondUpdated)
  })
})
