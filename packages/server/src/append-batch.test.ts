import { randomUUID } from 'node:crypto'
import type { Author, EmpathySnapshot } from '@attune/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from './db/database.ts'
import { migrate } from './db/migrations.ts'
import { openPglite } from './db/pglite.ts'
import { databaseEngines, insertConversation, recording } from './test-db.ts'
import { ConversationClosedError, ConversationNotFoundError, createLog, type NewEvent } from './log.ts'

const shopper: Author = { role: 'visitor', id: 'v1' }
const agent: Author = { role: 'agent', id: 'a1' }
const message = (clientId: string, author: Author = shopper): NewEvent => ({ kind: 'message', author, clientId, body: { text: clientId } })

describe.each(databaseEngines())('group commit on $name', ({ open }) => {
  let db: Database
  let stop: () => Promise<void>
  beforeAll(async () => {
    ;({ db, stop } = await open())
    await migrate(db)
  }, 60_000)
  afterAll(async () => {
    await db.close()
    await stop()
  })

  const conversation = (status?: 'open' | 'resolved', visitorId?: string) => insertConversation(db, status, visitorId)

  const lastSeq = async (id: string) => (await db.query<{ last_seq: number }>('SELECT last_seq FROM conversations WHERE id = $1', [id]))[0]?.last_seq

  it('writes 50 appends arriving together in fewer transactions, each acked with its own gapless seq in arrival order', async () => {
    const { db: countedDb, counter } = recording(db)
    const log = createLog(countedDb)
    const id = await conversation()
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => log.append(id, message(`m${i}`))))
    expect(results.map((r) => r.event.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1))
    expect(counter.transactions).toBeLessThan(50)
    expect((await log.readAfter(id, 0, 100)).map((e) => e.kind === 'message' && e.text)).toEqual(results.map((_, i) => `m${i}`))
    expect(await lastSeq(id)).toBe(50)
  })

  it('keeps seq gapless in each of 10 conversations written at once', async () => {
    const log = createLog(db)
    const ids = await Promise.all(Array.from({ length: 10 }, () => conversation()))
    await Promise.all(ids.flatMap((id) => Array.from({ length: 15 }, (_, i) => log.append(id, message(`m${i}`)))))
    for (const id of ids) {
      expect((await log.readAfter(id, 0, 100)).map((e) => e.seq)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1))
      expect(await lastSeq(id)).toBe(15)
    }
  })

  it('stores a client id once when it repeats inside one batch and across batches, acking each with the original', async () => {
    const log = createLog(db)
    const id = await conversation()
    const results = await Promise.all(['a', 'b', 'a', 'c', 'b', 'a'].map((clientId) => log.append(id, message(clientId))))
    expect(results.map((r) => [r.event.seq, r.duplicate])).toEqual([
      [1, false],
      [2, false],
      [1, true],
      [3, false],
      [2, true],
      [1, true],
    ])
    const later = await log.append(id, message('b'))
    expect(later).toEqual({ event: results[1]!.event, duplicate: true })
    expect(await lastSeq(id)).toBe(3)
  })

  it('fails only the failing item of a batch: the others are stored and acked', async () => {
    const log = createLog(db)
    const id = await conversation()
    const broken = (): Promise<void> => Promise.reject(new Error('effect failed'))
    const appends = [
      log.append(id, message('one')),
      log.append(id, message('two')),
      log.append(id, message('bad'), { effects: broken }),
      log.append(randomUUID(), message('nowhere')),
      log.append(id, message('three')),
    ]
    const settled = await Promise.allSettled(appends)
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'rejected', 'fulfilled'])
    expect(settled[2]).toMatchObject({ reason: { message: 'effect failed' } })
    expect(settled[3]).toMatchObject({ reason: expect.any(ConversationNotFoundError) })
    const stored = await log.readAfter(id, 0, 100)
    expect(stored.map((e) => [e.seq, e.kind === 'message' && e.text])).toEqual([
      [1, 'one'],
      [2, 'two'],
      [3, 'three'],
    ])
    expect(await lastSeq(id)).toBe(3)
  })

  it('refuses requireOpen on a resolved conversation and still stores what may follow a resolve', async () => {
    const log = createLog(db)
    const id = await conversation('resolved')
    const [late, answer] = await Promise.allSettled([
      log.append(id, message('late'), { requireOpen: true }),
      log.append(id, { kind: 'checkin.answered', author: shopper, clientId: 'ans', body: { answer: { phase: 'after', mood: 4 } } }),
    ])
    expect(late).toMatchObject({ status: 'rejected', reason: expect.any(ConversationClosedError) })
    expect(answer).toMatchObject({ status: 'fulfilled', value: { event: { seq: 1 } } })
  })

  it('holds what follows an effect to the next transaction: a message behind a resolve is refused', async () => {
    const log = createLog(db)
    const id = await conversation()
    // The first append goes alone; the next ones queue behind it and form one batch.
    const first = log.append(id, message('first'))
    const resolve = log.append(
      id,
      { kind: 'conversation.resolved', author: agent, clientId: 'end', body: {} },
      { requireOpen: true, effects: (tx) => tx.query(`UPDATE conversations SET status = 'resolved' WHERE id = $1`, [id]).then(() => undefined) },
    )
    const after = log.append(id, message('after'), { requireOpen: true })
    await first
    await expect(resolve).resolves.toMatchObject({ event: { seq: 2 } })
    await expect(after).rejects.toBeInstanceOf(ConversationClosedError)
  })

  it("starts the wait with a shopper's message, ends it with an agent's, and starts it afresh after, within one batch", async () => {
    const log = createLog(db)
    const id = await conversation()
    const waitingSince = async () =>
      (await db.query<{ waiting_since: Date | null }>('SELECT waiting_since FROM conversations WHERE id = $1', [id]))[0]?.waiting_since
    await log.append(id, message('hello'), { waiting: 'start' })
    const started = await waitingSince()
    expect(started).not.toBeNull()
    await log.append(id, message('again'), { waiting: 'start' })
    expect(await waitingSince()).toEqual(started)
    await Promise.all([log.append(id, message('busy')), log.append(id, message('answer', agent), { waiting: 'stop' })])
    expect(await waitingSince()).toBeNull()
    await log.append(id, message('once more'), { waiting: 'start' })
    // A wait that began long ago, so that starting afresh shows without the clock moving between
    // two statements (they often share a millisecond, which is all a Date holds).
    const longAgo = new Date('2020-01-01T00:00:00Z')
    await db.query('UPDATE conversations SET waiting_since = $2 WHERE id = $1', [id, longAgo])
    // The first append goes alone; the next ones queue behind it and form one batch.
    await Promise.all([
      log.append(id, message('busy2')),
      log.append(id, message('answer2', agent), { waiting: 'stop' }),
      log.append(id, message('thanks'), { waiting: 'start' }),
    ])
    expect((await waitingSince())!.getTime()).toBeGreaterThan(longAgo.getTime())
  })

  /** A shopper whose earlier conversation holds `clientId` and was resolved since, and their new open one. */
  async function cameBack(log: ReturnType<typeof createLog>, clientId: string) {
    const visitorId = randomUUID()
    const earlier = await conversation('open', visitorId)
    const stored = await log.append(earlier, message(clientId))
    await db.query(`UPDATE conversations SET status = 'resolved' WHERE id = $1`, [earlier])
    return { visitorId, earlier, stored, later: await conversation('open', visitorId) }
  }

  it("finds a shopper's retry in another of their conversations and stores nothing new", async () => {
    const log = createLog(db)
    const { visitorId, earlier, stored, later } = await cameBack(log, 'retry-me')
    const again = await log.append(later, message('retry-me'), { requireOpen: true, anyConversationOf: visitorId })
    expect(again).toEqual({ event: stored.event, duplicate: true, elsewhere: earlier })
    expect(await lastSeq(later)).toBe(0)
  })

  it("looks for a shopper's retry by its keys, never reading every event, once conversations have been updated many times", async () => {
    // A busy store's day, in little: 500 conversations of 40 events each, each conversation updated
    // 120 times (every message moves its seq, then its card). The embedded database is never
    // vacuumed by itself, so old row versions stay and the planner's guesses move with them: the
    // lookup in the shopper's other conversations came to read every event, for every message.
    const visitorId = randomUUID()
    const id = await conversation('open', visitorId)
    await db.exec(`
      CREATE TEMP TABLE busy AS
        WITH shoppers AS (INSERT INTO visitors (id, site_id)
          SELECT gen_random_uuid(), (SELECT site_id FROM conversations WHERE id = '${id}') FROM generate_series(1, 500) RETURNING id, site_id)
        SELECT gen_random_uuid() AS id, site_id, id AS visitor_id FROM shoppers;
      INSERT INTO conversations (id, site_id, visitor_id) SELECT id, site_id, visitor_id FROM busy;
      INSERT INTO events (conversation_id, seq, kind, author_role, author_id, client_id, body)
        SELECT b.id, n, 'message', 'visitor', b.visitor_id::text, 'busy-' || n, '{"text": "Is it in stock?"}' FROM busy b, generate_series(1, 40) n;`)
    for (let round = 0; round < 60; round++) {
      await db.exec(`
        UPDATE conversations SET last_seq = last_seq + 1, updated_at = now() WHERE id IN (SELECT id FROM busy);
        UPDATE conversations SET empathy = jsonb_build_object('round', ${round}) WHERE id IN (SELECT id FROM busy);`)
    }
    const scans = async () => {
      await db.query('SELECT pg_stat_force_next_flush()')
      const [row] = await db.query<{ n: string }>(`SELECT seq_scan AS n FROM pg_stat_user_tables WHERE relname = 'events'`)
      return Number(row?.n)
    }
    const log = createLog(db)
    const before = await scans()
    const appended = await Promise.all(
      Array.from({ length: 20 }, (_, i) => log.append(id, message(`busy-day-${i}`), { requireOpen: true, anyConversationOf: visitorId })),
    )
    expect(appended.map((a) => a.duplicate)).toEqual(Array.from({ length: 20 }, () => false))
    expect((await scans()) - before).toBe(0)
    await db.exec('DROP TABLE busy')
  }, 120_000)

  it('keeps seq gapless when two processes append to the same conversations at once', async () => {
    const [a, b] = [createLog(db), createLog(db)]
    const ids = await Promise.all(Array.from({ length: 4 }, () => conversation()))
    const appends = ids.flatMap((id) => Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).append(id, message(`m${i % 15}`))))
    const results = await Promise.all(appends)
    expect(results.filter((r) => r.duplicate)).toHaveLength(4 * 5)
    for (const id of ids) expect((await a.readAfter(id, 0, 100)).map((e) => e.seq)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1))
  })
  it('never trusts its memory over the database: a conversation resolved by another process refuses the next message', async () => {
    const log = createLog(db)
    const id = await conversation()
    await log.append(id, message('remembered open'), { requireOpen: true })
    await db.query(`UPDATE conversations SET status = 'resolved' WHERE id = $1`, [id])
    await expect(log.append(id, message('too late'), { requireOpen: true })).rejects.toBeInstanceOf(ConversationClosedError)
    // What may follow a resolve is still stored, right after the last seq.
    await expect(log.append(id, { kind: 'checkin.skipped', author: shopper, clientId: 'skip', body: { phase: 'after' } })).resolves.toMatchObject({
      event: { seq: 2 },
    })
  })

  it('remembers a conversation it wrote (no locking read) and forgets it when a transaction fails', async () => {
    const { db: recorded, statements } = recording(db)
    const log = createLog(recorded)
    const id = await conversation()
    const locks = () => statements.filter((sql) => sql.includes('FOR UPDATE')).length
    await log.append(id, message('one'))
    expect(locks()).toBe(1)
    await log.append(id, message('two'))
    expect(locks()).toBe(1)
    await expect(log.append(id, message('bad'), { effects: () => Promise.reject(new Error('effect failed')) })).rejects.toThrow('effect failed')
    const before = locks()
    await log.append(id, message('three'))
    expect(locks()).toBe(before + 1)
    expect((await log.readAfter(id, 0, 10)).map((e) => e.seq)).toEqual([1, 2, 3])
  })

  it('writes new messages of a remembered conversation in one statement; a repeat fails it and is found by looking', async () => {
    const { db: recorded, statements, counter } = recording(db)
    const log = createLog(recorded)
    const { visitorId, earlier, stored: first, later: id } = await cameBack(log, 'sent before')
    const asShopper = { requireOpen: true, anyConversationOf: visitorId } as const
    const one = await log.append(id, message('one'), asShopper)

    // Remembered: each batch is its write alone, which commits by itself: no lock, no look for
    // repeats, no transaction (its BEGIN and COMMIT were a trip to the database each).
    statements.length = 0
    counter.transactions = 0
    await Promise.all([log.append(id, message('two'), asShopper), log.append(id, message('three'), asShopper)])
    expect(counter.transactions).toBe(0)
    expect(statements.length).toBeGreaterThan(0)
    expect(statements.every((sql) => sql.includes('INSERT INTO events'))).toBe(true)

    // A repeat in its own conversation (the events' unique key) and one sent in the shopper's
    // other conversation (the write's guard): acked with the original, nothing stored twice.
    statements.length = 0
    const [again, elsewhere, four] = await Promise.all([
      log.append(id, message('one'), asShopper),
      log.append(id, message('sent before'), asShopper),
      log.append(id, message('four'), asShopper),
    ])
    expect(again).toEqual({ event: one.event, duplicate: true })
    expect(elsewhere).toEqual({ event: first.event, duplicate: true, elsewhere: earlier })
    expect(four).toMatchObject({ event: { seq: 4 }, duplicate: false })
    expect(statements.length).toBeGreaterThan(1)
    expect((await log.readAfter(id, 0, 10)).map((e) => [e.seq, 'clientId' in e ? e.clientId : undefined])).toEqual([
      [1, 'one'],
      [2, 'two'],
      [3, 'three'],
      [4, 'four'],
    ])
  })

  it("leaves no gap when a shopper's repeat from another conversation is written with a new message, or alone: the write undoes itself", async () => {
    const log = createLog(db)
    const { visitorId, earlier, stored: first, later: id } = await cameBack(log, 'asked before')
    const asShopper = { requireOpen: true, anyConversationOf: visitorId } as const
    await log.append(id, message('remembered'), asShopper)
    // One batch, written as new outside a transaction: the guard leaves the repeat out, and the
    // statement, which had moved the seq for two, refuses itself whole before it is written again.
    const [elsewhere, fresh] = await Promise.all([log.append(id, message('asked before'), asShopper), log.append(id, message('new'), asShopper)])
    expect(elsewhere).toEqual({ event: first.event, duplicate: true, elsewhere: earlier })
    expect(fresh).toMatchObject({ event: { seq: 2 }, duplicate: false })
    expect(await lastSeq(id)).toBe(2)
    // Alone in its batch, the repeat leaves the statement nothing to store: the check runs anyway.
    expect(await log.append(id, message('asked before'), asShopper)).toEqual({ event: first.event, duplicate: true, elsewhere: earlier })
    expect(await log.append(id, message('next'), asShopper)).toMatchObject({ event: { seq: 3 }, duplicate: false })
    expect((await log.readAfter(id, 0, 10)).map((e) => e.seq)).toEqual([1, 2, 3])
  })

  // What each message's write moves (WRITE in append-statements.ts): in no index, so PostgreSQL
  // updates the row in place (a HOT update), with no new entry in any of the table's indexes.
  const MOVED_BY_A_MESSAGE = ['last_seq', 'updated_at', 'waiting_since', 'empathy']

  it("indexes none of the columns a message's write moves in its conversation's row", async () => {
    const indexes = await db.query<{ definition: string }>(
      `SELECT pg_get_indexdef(indexrelid) AS definition FROM pg_index WHERE indrelid = 'conversations'::regclass`,
    )
    expect(indexes.length).toBeGreaterThan(0)
    for (const { definition } of indexes) {
      for (const column of MOVED_BY_A_MESSAGE) expect(definition).not.toMatch(new RegExp(`\\b${column}\\b`))
    }
  })

  it('reads a conversation id in either case', async () => {
    const log = createLog(db)
    const id = await conversation()
    await expect(log.append(id.toUpperCase(), message('upper'))).resolves.toMatchObject({ event: { seq: 1 } })
  })
})

// PostgreSQL's counts of a connection's updates are its own until flushed, and the embedded
// database is one connection: there they can be read right after the writes.
describe('group commit on the embedded database, as PostgreSQL counts it', () => {
  let db: Database
  beforeAll(async () => {
    db = await openPglite()
    await migrate(db)
  }, 60_000)
  afterAll(() => db.close())

  /** PostgreSQL's counts of the conversations' row updates so far: all of them, and those made in place. */
  const updates = async () => {
    await db.query('SELECT pg_stat_force_next_flush()')
    const [row] = await db.query<{ all: string; hot: string }>(
      `SELECT n_tup_upd AS all, n_tup_hot_upd AS hot FROM pg_stat_user_tables WHERE relname = 'conversations'`,
    )
    return { all: Number(row?.all), hot: Number(row?.hot) }
  }

  it('updates the conversation in place for each message, creating no index entry', async () => {
    const log = createLog(db)
    const id = await insertConversation(db)
    const before = await updates()
    for (let i = 0; i < 10; i++) await log.append(id, message(`in-place-${i}`, i % 2 === 0 ? shopper : agent))
    const after = await updates()
    expect(after.all - before.all).toBeGreaterThanOrEqual(10)
    expect(after.hot - before.hot).toBe(after.all - before.all)
  })

  it('writes a card only when it differs from the one stored', async () => {
    const log = createLog(db)
    const id = await insertConversation(db)
    const calm: EmpathySnapshot = {
      ...{ moodBefore: null, moodNow: null, moodAfter: null, skipped: [], reason: null, topic: null, understood: null },
      ...{ signal: { level: 'calm', score: 0, cues: [] }, language: 'th', pending: null },
    }
    const upset: EmpathySnapshot = { ...calm, signal: { level: 'frustrated', score: 0.6, cues: [{ kind: 'repetition' }] } }
    const before = await updates()
    await log.setEmpathy(id, calm)
    await log.setEmpathy(id, calm)
    await log.setEmpathy(id, upset)
    await log.setEmpathy(id, upset)
    expect((await updates()).all - before.all).toBe(2)
    const [row] = await db.query<{ empathy: EmpathySnapshot }>('SELECT empathy FROM conversations WHERE id = $1', [id])
    expect(row?.empathy).toEqual(upset)
  })
})
