import { randomUUID } from 'node:crypto'
import type { ConversationEvent } from '@attune/protocol'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Database } from '../db/database.ts'
import { migrate } from '../db/migrations.ts'
import { openPglite } from '../db/pglite.ts'
import { createActiveConversations } from '../active-conversations.ts'
import { createMemoryBus } from '../bus.ts'
import { createConversations } from '../conversations.ts'
import { createLog } from '../log.ts'
import { ALIVE_SECONDS } from '../redis.ts'
import { isGroupCommitWrite } from '../test-db.ts'
import { createCheckInEngine, RULES_WINDOW, type CheckInEngine, type EngineDeps } from './engine.ts'
import { TAKE_OVER_AFTER_MS } from './timer-sweeps.ts'

let db: Database
let log: ReturnType<typeof createLog>
let engine: CheckInEngine
let clock = 0
const broadcast: ConversationEvent[] = []
const refreshed: string[] = []
const T0 = Date.parse('2026-11-22T10:00:00Z')

/** An engine's timers on the fake clock: `pass` lets time go by and fires each as it comes due. */
function fakeTimers() {
  const timers = new Set<{ at: number; fire: () => Promise<void> }>()
  const soonest = (end: number) => [...timers].filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0]
  return {
    /** How many are set now. */
    pending: () => timers.size,
    setTimer(fire: () => Promise<void>, delayMs: number): () => void {
      const timer = { at: clock + Math.max(0, delayMs), fire }
      timers.add(timer)
      return () => void timers.delete(timer)
    },
    async pass(ms: number): Promise<void> {
      const end = clock + ms
      for (let next = soonest(end); next; next = soonest(end)) {
        timers.delete(next)
        clock = Math.max(clock, next.at)
        await next.fire()
      }
      clock = end
    },
  }
}

beforeAll(async () => {
  db = await openPglite()
  await migrate(db)
  log = createLog(db)
  engine = createCheckInEngine({
    db,
    log,
    now: () => clock,
    broadcast: (_, event) => void broadcast.push(event),
    refresh: async (id) => void refreshed.push(id),
  })
})
afterAll(async () => {
  await engine.close()
  await db.close()
})
beforeEach(() => {
  broadcast.length = 0
  refreshed.length = 0
})

async function conversation(settings: object = {}): Promise<string> {
  const siteId = randomUUID()
  const visitorId = randomUUID()
  const id = randomUUID()
  await db.query('INSERT INTO sites (id, key, name, empathy_settings) VALUES ($1, $2, $3, $4)', [siteId, siteId, 'S', JSON.stringify(settings)])
  await db.query('INSERT INTO visitors (id, site_id) VALUES ($1, $2)', [visitorId, siteId])
  await db.query('INSERT INTO conversations (id, site_id, visitor_id, created_at) VALUES ($1, $2, $3, $4)', [id, siteId, visitorId, new Date(T0)])
  return id
}

/** Appends as the gateway does, at the fake time, then lets the engine (`on`: another) react. */
async function say(id: string, role: 'visitor' | 'agent', text: string, on: CheckInEngine = engine) {
  const { event } = await log.append(id, { kind: 'message', author: { role, id: role }, clientId: randomUUID(), body: { text } })
  await db.query('UPDATE events SET created_at = $3 WHERE conversation_id = $1 AND seq = $2', [id, event.seq, new Date(clock)])
  await on.afterEvent(id, { ...event, at: new Date(clock).toISOString() })
}

const asked = () => broadcast.filter((e) => e.kind === 'checkin.asked')

describe('the check-in engine on the server', () => {
  it('asks the before card once when the shopper opens the chat, however often they open it', async () => {
    clock = T0
    const id = await conversation()
    await engine.opened(id)
    await engine.opened(id)
    expect(asked()).toMatchObject([{ phase: 'before', trigger: 'open', author: { role: 'system' } }])
    expect(refreshed).toContain(id)
  })

  it('asks "do you feel understood?" when the shopper has waited 90 s for an answer, not a second earlier', async () => {
    clock = T0 + 60_000
    const id = await conversation()
    await say(id, 'visitor', 'Hello, where is my order?')
    clock += 89_999
    await engine.evaluateNow(id)
    expect(asked()).toEqual([])
    clock += 1
    await engine.evaluateNow(id)
    expect(asked()).toMatchObject([{ phase: 'during', trigger: 'waiting' }])
  })

  it('raises the signal and asks at once when the shopper is frustrated, and logs the signal', async () => {
    clock = T0 + 60_000
    const id = await conversation()
    await say(id, 'visitor', 'This is RIDICULOUS!!! I want a refund NOW, let me talk to a manager!!!')
    expect(broadcast.find((e) => e.kind === 'signal.raised')).toMatchObject({ level: 'frustrated' })
    expect(asked()).toMatchObject([{ phase: 'during', trigger: 'signal' }])
    const [row] = await db.query<{ empathy: { signal: { level: string; cues: unknown[] }; pending: string } }>(
      'SELECT empathy FROM conversations WHERE id = $1',
      [id],
    )
    expect(row?.empathy.signal.level).toBe('frustrated')
    expect(row?.empathy.signal.cues.length).toBeGreaterThan(0)
    expect(row?.empathy.pending).toBe('during')
  })

  it("reads an Arabic shopper's frustration too, in their words, and leaves their plain question calm", async () => {
    clock = T0 + 60_000
    const upset = await conversation()
    await say(upset, 'visitor', 'وين طلبي؟ صار لي أسبوعين وما حد يرد، أبي أكلم المدير')
    expect(broadcast.find((e) => e.kind === 'signal.raised')).toMatchObject({ level: 'frustrated' })
    const [row] = await db.query<{ empathy: { signal: { level: string; cues: { kind: string; detail: string }[] } } }>(
      'SELECT empathy FROM conversations WHERE id = $1',
      [upset],
    )
    expect(row?.empathy.signal.cues).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'lexicon' }), expect.objectContaining({ kind: 'escalation', detail: 'اكلم المدير' })]),
    )
    broadcast.length = 0
    const calm = await conversation()
    await say(calm, 'visitor', 'السلام عليكم، متى يوصل الطلب؟')
    expect(broadcast.find((e) => e.kind === 'signal.raised')).toBeUndefined()
  })

  it('reads the messages that arrived together once, after the newest of them', async () => {
    clock = T0 + 60_000
    const id = await conversation()
    const texts = ['hi', 'about my order', 'it is late', 'This is RIDICULOUS!!! I want a refund NOW, let me talk to a manager!!!']
    const stored = []
    for (const text of texts)
      stored.push((await log.append(id, { kind: 'message', author: { role: 'visitor', id: 'v' }, clientId: randomUUID(), body: { text } })).event)
    await Promise.all(stored.map((event) => engine.afterEvent(id, event)))
    // One run for the four: under load the rules are the main thread's largest cost (issue 12).
    expect(refreshed.filter((r) => r === id)).toHaveLength(1)
    expect(broadcast.find((e) => e.kind === 'signal.raised')).toMatchObject({ level: 'frustrated' })
    expect(asked()).toMatchObject([{ phase: 'during', trigger: 'signal' }])
  })

  it('asks nothing while an agent is typing, and asks once the last of them stops', async () => {
    clock = T0 + 60_000
    const id = await conversation()
    await say(id, 'visitor', 'hi, a question about sizes')
    clock += 120_000
    // Each agent's connection marks its own typing.
    const [ann, ben] = [{}, {}]
    engine.typing(id, 'agent', true, ann)
    engine.typing(id, 'agent', true, ben)
    engine.typing(id, 'agent', false, ann)
    await engine.evaluateNow(id)
    expect(asked()).toEqual([])
    engine.typing(id, 'agent', false, ben)
    await engine.evaluateNow(id)
    expect(asked()).toMatchObject([{ phase: 'during', trigger: 'waiting' }])
  })

  it('follows the store: no before card when the moment is off', async () => {
    clock = T0
    const id = await conversation({ moments: { before: false } })
    await engine.opened(id)
    expect(asked()).toEqual([])
  })

  it("refuses the agent's check-in while one is pending, and allows it once answered", async () => {
    clock = T0 + 60_000
    const id = await conversation()
    await say(id, 'visitor', 'hello')
    const first = await engine.agentAsk(id)
    expect(first).toMatchObject({ allowed: true, event: { kind: 'checkin.asked', trigger: 'agent' } })
    expect(await engine.agentAsk(id)).toEqual({ allowed: false, reason: 'pending' })
  })
  it('reads the newest events of a conversation longer than 2,000: the card asked at its end is pending', async () => {
    clock = T0 + 60_000
    const id = await conversation()
    // 2,100 older messages, written at once (the old engine read only the first 2,000 of them).
    await db.query(
      `INSERT INTO events (conversation_id, seq, kind, author_role, author_id, client_id, body)
       SELECT $1, n, 'message', CASE WHEN n % 2 = 0 THEN 'agent' ELSE 'visitor' END, 'someone', 'old-' || n, '{"text":"and another thing"}'
       FROM generate_series(1, 2100) AS n`,
      [id],
    )
    await db.query(
      `INSERT INTO events (conversation_id, seq, kind, author_role, author_id, client_id, body)
       VALUES ($1, 2101, 'checkin.asked', 'system', 'attune', 'ask:during@2100', '{"phase":"during","trigger":"waiting"}')`,
      [id],
    )
    await db.query('UPDATE conversations SET last_seq = 2101 WHERE id = $1', [id])
    expect(await engine.agentAsk(id)).toEqual({ allowed: false, reason: 'pending' })
  })
})

describe('a shopper who waits in silence', () => {
  const { setTimer, pass, pending } = fakeTimers()
  let timed: CheckInEngine
  const heard: ConversationEvent[] = []

  /** The log, writing at the fake time: the rate limits read when the engine's own check-ins were asked. */
  let onClock: typeof log

  beforeAll(() => {
    onClock = {
      ...log,
      async append(id, item, options) {
        const { event, duplicate } = await log.append(id, item, options)
        await db.query('UPDATE events SET created_at = $3 WHERE conversation_id = $1 AND seq = $2', [id, event.seq, new Date(clock)])
        return { event: { ...event, at: new Date(clock).toISOString() }, duplicate }
      },
    }
    timed = createCheckInEngine({
      db,
      log: onClock,
      now: () => clock,
      broadcast: (_, event) => void heard.push(event),
      refresh: async () => {},
      setTimer,
    })
  })
  afterAll(() => timed.close())

  /** Appends as the gateway does, then lets this engine react. */
  async function append(id: string, kind: 'message' | 'checkin.answered', body: Record<string, unknown>) {
    const { event } = await onClock.append(id, { kind, author: { role: 'visitor', id: 'v' }, clientId: randomUUID(), body })
    await timed.afterEvent(id, event)
  }

  it('is read again as the wait grows: at 10 minutes the card is frustrated and a signal check-in is asked, with no new event', async () => {
    clock = T0 + 60_000
    const id = await conversation()
    await append(id, 'message', { text: 'hi, where is my order?' })
    await pass(90_000)
    expect(heard.filter((e) => e.kind === 'checkin.asked')).toMatchObject([{ phase: 'during', trigger: 'waiting' }])
    await pass(10_000)
    await append(id, 'checkin.answered', { answer: { phase: 'during', understood: true } })
    await pass(10_000)
    await append(id, 'message', { text: 'ok' })
    expect(heard.find((e) => e.kind === 'signal.raised')).toBeUndefined()

    // Ten minutes after the first message, and nobody has answered.
    await pass(T0 + 60_000 + 600_000 - clock)

    // Logged as it rose, the wait alone the reason.
    expect(heard.filter((e) => e.kind === 'signal.raised').at(-1)).toMatchObject({ level: 'frustrated', cues: [{ kind: 'waiting' }] })
    expect(heard.filter((e) => e.kind === 'checkin.asked')).toMatchObject([{ trigger: 'waiting' }, { phase: 'during', trigger: 'signal' }])
    const [row] = await db.query<{ empathy: { signal: { level: string } } }>('SELECT empathy FROM conversations WHERE id = $1', [id])
    expect(row?.empathy.signal.level).toBe('frustrated')
    // One timer per conversation, as before.
    expect(pending()).toBeLessThanOrEqual(1)
  })
})

describe('after a restart', () => {
  it('re-runs the rules of every conversation with a timer stored, or a shopper waiting without one (timers in memory went with the old process)', async () => {
    clock = T0
    const id = await conversation()
    await say(id, 'visitor', 'Is anyone there?')
    // A shopper's message stored, and its process gone before its rules ran: a wait, no timer.
    const unjudged = await conversation()
    await db.query('UPDATE conversations SET waiting_since = $2 WHERE id = $1', [unjudged, new Date(clock)])
    const answered = await conversation()
    await say(answered, 'visitor', 'Where is my order?')
    await say(answered, 'agent', 'On its way, it comes tomorrow.')
    const seen: string[] = []
    const restarted = createCheckInEngine({
      db,
      log,
      now: () => clock,
      broadcast: () => {},
      refresh: async (ran) => void seen.push(ran),
      sweeps: () => () => {},
    })
    await restarted.resumeTimers()
    await restarted.close()
    expect(seen).toEqual(expect.arrayContaining([id, unjudged]))
    expect(seen).not.toContain(answered)
  })
})

describe('when a process goes away', () => {
  /** The first process's timers on the fake clock. */
  const { setTimer, pass } = fakeTimers()

  it('its timers are run by another process once overdue; while it lives, only by itself', async () => {
    clock = T0 + 60_000
    const id = await conversation()
    const heard: ConversationEvent[] = []
    const hear = (conversationId: string, event: ConversationEvent) => void (conversationId === id && heard.push(event))
    const first = createCheckInEngine({
      db,
      log,
      now: () => clock,
      broadcast: hear,
      refresh: async () => {},
      setTimer,
    })
    const ranOnSecond: string[] = []
    let sweep = async () => {}
    const second = createCheckInEngine({
      db,
      log,
      now: () => clock,
      broadcast: hear,
      refresh: async (ran) => void ranOnSecond.push(ran),
      sweeps: (sweepNow) => ((sweep = sweepNow), () => {}),
    })
    await second.resumeTimers()

    await say(id, 'visitor', 'Hello, where is my parcel?', first)
    // The first process's own timer asks at 90 s, and moves the stored one on before the second looks.
    await pass(90_000)
    expect(heard.filter((e) => e.kind === 'checkin.asked')).toMatchObject([{ phase: 'during', trigger: 'waiting' }])
    // Past the grace of the timer it had then: the stored timer is the first's next one, not yet due.
    await pass(TAKE_OVER_AFTER_MS + 1)
    await sweep()
    expect(ranOnSecond).not.toContain(id)

    await first.close()
    // Ten minutes of silence since the message: the second runs the timer the first left, and the card grows.
    await pass(T0 + 60_000 + 600_000 - clock)
    await sweep()
    expect(ranOnSecond).toContain(id)
    const [row] = await db.query<{ empathy: { signal: { level: string } } }>('SELECT empathy FROM conversations WHERE id = $1', [id])
    expect(row?.empathy.signal.level).toBe('frustrated')
    await second.close()
  })
})

/** Redis's parts of each shared figure, as the processes of one deployment read and write them. */
function sharedParts() {
  const parts = new Map<string, Map<string, number>>()
  /** The process's lease ran out: its parts stop counting (redis.ts). */
  const lapse = (process: string) => {
    for (const figure of parts.values()) figure.delete(process)
  }
  return Object.assign(
    (process: string) => ({
      async set(key: string, value: number) {
        parts.set(key, (parts.get(key) ?? new Map<string, number>()).set(process, value))
      },
      async sum(key: string) {
        return [...(parts.get(key)?.values() ?? [])].reduce((total, value) => total + value, 0)
      },
    }),
    { lapse },
  )
}

describe('when an agent types on another process', () => {
  /** The events each process broadcast, by conversation: a sweep runs other tests' timers too. */
  const heard: Array<{ conversationId: string; event: ConversationEvent }> = []
  const heardIn = (id: string) => heard.filter((h) => h.conversationId === id).map((h) => h.event)
  const askedIn = (id: string) => heardIn(id).filter((e) => e.kind === 'checkin.asked')
  let shared: ReturnType<typeof sharedParts>
  /** One process of the deployment: its engine, on the fake clock, with its part of the shared figures. */
  const serve = (name: string, seams: Pick<EngineDeps, 'setTimer' | 'sweeps'> = {}) =>
    createCheckInEngine({
      db,
      log,
      now: () => clock,
      broadcast: (conversationId, event) => void heard.push({ conversationId, event }),
      refresh: async () => {},
      shared: shared(name),
      ...seams,
    })

  beforeEach(() => {
    heard.length = 0
    shared = sharedParts()
  })

  it("the shopper's timer asks nothing while agents type on others, and asks once the last of them stops", async () => {
    const { setTimer, pass } = fakeTimers()
    clock = T0 + 60_000
    const id = await conversation()
    const shoppers = serve('shoppers', { setTimer })
    const anns = serve('anns', { setTimer: fakeTimers().setTimer })
    const bens = serve('bens', { setTimer: fakeTimers().setTimer })
    await say(id, 'visitor', 'Hello, where is my parcel?', shoppers)
    const [ann, ben] = [{}, {}]
    anns.typing(id, 'agent', true, ann)
    bens.typing(id, 'agent', true, ben)

    // Past the wait (90 s): the shopper's process's timer fires, and looks again.
    await pass(120_000)
    expect(askedIn(id)).toEqual([])
    // Ann stops, and her process runs the rules: Ben, on his, still types.
    anns.typing(id, 'agent', false, ann)
    await anns.close()
    expect(askedIn(id)).toEqual([])
    bens.typing(id, 'agent', false, ben)
    await bens.close()
    expect(askedIn(id)).toMatchObject([{ phase: 'during', trigger: 'waiting' }])
    await shoppers.close()
  })

  it('asks within a lease once the process where the agent typed went away mid-reply, which no "stopped" tells', async () => {
    const { setTimer, pass } = fakeTimers()
    clock = T0 + 60_000
    const id = await conversation()
    const shoppers = serve('shoppers', { setTimer })
    const gone = serve('gone', { setTimer: fakeTimers().setTimer })
    await say(id, 'visitor', 'Hello, where is my parcel?', shoppers)
    gone.typing(id, 'agent', true, {})

    // Past the wait (90 s): held back by the agent typing on the other process.
    await pass(120_000)
    expect(askedIn(id)).toEqual([])
    // That process dies mid-reply: no "stopped" comes, and its part lapses with its lease.
    await gone.close()
    shared.lapse('gone')
    await pass(ALIVE_SECONDS * 1000)
    expect(askedIn(id)).toMatchObject([{ phase: 'during', trigger: 'waiting' }])
    await shoppers.close()
  })

  it("a sweep running the timer of the shopper's process gone asks nothing while the agent types on a third", async () => {
    clock = T0 + 60_000
    const id = await conversation()
    let sweep = async () => {}
    const gone = serve('gone', { setTimer: fakeTimers().setTimer })
    const sweeping = serve('sweeping', { sweeps: (sweepNow) => ((sweep = sweepNow), () => {}) })
    await sweeping.resumeTimers()
    const agents = serve('agents', { setTimer: fakeTimers().setTimer })
    await say(id, 'visitor', 'Hello, where is my parcel?', gone)
    await gone.close()
    const ann = {}
    agents.typing(id, 'agent', true, ann)

    // Ten minutes of silence: the sweep runs the timer the first left, and the card grows, but nobody is asked.
    clock += 600_000
    await sweep()
    expect(heardIn(id).find((e) => e.kind === 'signal.raised')).toMatchObject({ level: 'frustrated' })
    expect(askedIn(id)).toEqual([])
    agents.typing(id, 'agent', false, ann)
    await agents.close()
    expect(askedIn(id)).toMatchObject([{ phase: 'during' }])
    await sweeping.close()
  })
})

describe('with the active conversations kept in memory', () => {
  /** Statements but the writes (the group commit's, the stored timers'): what the rules' reading costs. */
  let reads: string[] = []
  let kept: CheckInEngine
  /** The seq each refresh of the inbox's summary was given: with one, the server reads memory. */
  const refreshedAt: (number | undefined)[] = []
  let keptLog: ReturnType<typeof createLog>

  beforeAll(() => {
    const counted: Database = {
      query: (sql, params) => {
        if (!isGroupCommitWrite(sql) && !sql.includes('INSERT INTO check_in_timers')) reads.push(sql.replace(/\s+/g, ' ').trim())
        return db.query(sql, params)
      },
      exec: (sql) => db.exec(sql),
      transaction: (fn) => db.transaction(fn),
      close: () => db.close(),
    }
    const bus = createMemoryBus()
    keptLog = createLog(counted, undefined, { appended: (id, events, effects) => active.appended(id, events, effects) })
    const active = createActiveConversations({ conversations: createConversations(counted, { bus }), log: keptLog, bus, window: RULES_WINDOW })
    kept = createCheckInEngine({
      db: counted,
      log: keptLog,
      active,
      now: () => clock,
      broadcast: (_, event) => void broadcast.push(event),
      refresh: async (_, seq) => void refreshedAt.push(seq),
    })
  })
  afterAll(() => kept.close())

  it("reads a waiting shopper's conversation for its timer by one row's key while memory holds it (timers come in waves)", async () => {
    const id = await conversation()
    const { event } = await keptLog.append(id, {
      kind: 'message',
      author: { role: 'visitor', id: 'v' },
      clientId: randomUUID(),
      body: { text: 'Hello, where is my order?' },
    })
    // Kept as the group commit stored it: the wait runs from the message's own time.
    clock = Date.parse(event.at) + 1_000
    await kept.afterEvent(id, event)
    expect(asked()).toEqual([])
    clock += 90_000
    reads = []
    refreshedAt.length = 0
    await kept.evaluateNow(id)
    expect(asked()).toMatchObject([{ phase: 'during', trigger: 'waiting', seq: 2 }])
    expect(reads).toEqual(['SELECT last_seq FROM conversations WHERE id = $1'])
    // The inbox's summary includes the card just asked, and comes from memory.
    expect(refreshedAt).toEqual([2])
  })
})
