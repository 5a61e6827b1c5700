import {
  afterCheckIn,
  agentCheckIn,
  beforeCheckIn,
  duringCheckIn,
  followUpCheckIn,
  type CheckInRequest,
  type ConversationFacts,
  type DuringDecision,
  type EmpathySettings,
} from '@attune/empathy'
import type { ConversationEvent } from '@attune/protocol'
import type { ActiveConversations } from '../active-conversations.ts'
import type { Database } from '../db/database.ts'
import { isMergeClose } from '../identity.ts'
import type { ConversationLog } from '../log.ts'
import { ALIVE_SECONDS, type SharedCounts } from '../redis.ts'
import { createSerial } from '../serial.ts'
import { createCheckInTimers } from './check-in-timers.ts'
import { createTimerSweeps, type SweepSchedule } from './timer-sweeps.ts'
import { contextOf, loadCheckInContext, type CheckInContext } from './context.ts'
import { levelRank, nextTail, readSignal, tailOf, type Tail } from './facts.ts'
import { empathySnapshot } from './snapshot.ts'
import { createTypists } from './typists.ts'
import { log } from '../logger.ts'

const SYSTEM = { role: 'system', id: 'attune' } as const

/**
 * The longest log the rules read: its newest events (issue 12). The rules decide about now — the
 * pending card, the wait, the latest messages — so a longer conversation's oldest part is left out.
 */
export const RULES_WINDOW = 2000

export type EngineDeps = {
  db: Database
  log: ConversationLog
  /**
   * The active conversations kept in memory (issue 12): the rules read from there, not from the
   * database, as far as memory is known to be current. Without it, always the database.
   */
  active?: Pick<ActiveConversations, 'get' | 'current' | 'setEmpathy'>
  /** Fans a new event out to the conversation's followers. */
  broadcast(conversationId: string, event: ConversationEvent): void
  /**
   * Sends the conversation's fresh summary (with the agent's card) to the store's inbox; `seq`,
   * when given, is one the summary must include: an event this process stored, or the newest the
   * rules read as the database had it.
   */
  refresh(conversationId: string, seq?: number): Promise<void>
  now?: () => number
  /**
   * Sets a conversation's one timer: `fire` after `delayMs`; answers how to cancel it. A seam
   * beside `now`, so tests let their clock's time pass (and wait for the run) instead of sleeping.
   */
  setTimer?: (fire: () => Promise<void>, delayMs: number) => () => void
  /**
   * Calls `sweep` now and then until closed (from `resumeTimers` on): each call runs the stored
   * timers another process left overdue (timer-sweeps.ts). A seam like `setTimer`: tests call it themselves.
   */
  sweeps?: SweepSchedule
  /**
   * What the processes of one deployment share (Redis, decision 013): an agent typing on one holds
   * back the check-ins any process's rules would ask (typists.ts). Without it, this process's marks.
   */
  shared?: Pick<SharedCounts, 'set' | 'sum'>
}

/** The platform's timer; unref'd, so a waiting shopper never holds the process open. */
function nodeTimer(fire: () => Promise<void>, delayMs: number): () => void {
  const timer = setTimeout(() => void fire(), Math.max(0, delayMs))
  timer.unref?.()
  return () => clearTimeout(timer)
}

/** Why the server evaluates: a new event, the shopper opening the panel, or the chat ending. */
export type Occasion = { kind: 'event' } | { kind: 'open' } | { kind: 'ended'; by: 'agent' | 'visitor' } | { kind: 'timer' }

/** What a stored event gives the rules to weigh; null when nothing new. */
function occasionAfter(event: ConversationEvent): Occasion | null {
  // A merge's close ends nobody's chat (identity.ts): no after check-in. The rules still read it
  // as any event, so the agent's card drops the check-ins the close ended.
  if (isMergeClose(event)) return { kind: 'event' }
  if (event.kind === 'conversation.resolved') return { kind: 'ended', by: event.author.role === 'visitor' ? 'visitor' : 'agent' }
  // The engine's own events were appended inside an evaluation: nothing new to decide.
  return event.author.role === 'system' ? null : { kind: 'event' }
}

export type AgentAsk = { allowed: true; event: ConversationEvent } | { allowed: false; reason: string }

/**
 * The server side of the check-ins (ARCHITECTURE: the server decides, clients render). After
 * every event it re-reads the log's newest events, recomputes the frustration signal, asks what the rules in
 * @attune/empathy say to ask, stores the agent's card, and sets one timer for the next moment
 * the answer could change by time alone: a wait running out, or a silent wait's cue growing
 * (the card's level and a signal check-in read it). The timer is kept in the database too, so
 * when this process goes away another runs it (decision 049).
 */
export function createCheckInEngine(deps: EngineDeps) {
  const now = deps.now ?? Date.now
  const setTimer = deps.setTimer ?? nodeTimer
  /** Each conversation's one timer, as its cancel. */
  const timers = new Map<string, () => void>()
  /** The same timers as the database keeps them, for any process to take over. */
  const stored = createCheckInTimers(deps.db)
  const typists = createTypists(deps.shared)
  // One evaluation per conversation at a time, in arrival order: the rules read then write.
  const serial = createSerial()

  async function append(conversationId: string, events: ConversationEvent[], kind: string, body: Record<string, unknown>, key: string) {
    // The key makes a repeated evaluation of the same log state a no-op (idempotent like a send).
    const { event, duplicate } = await deps.log.append(conversationId, {
      kind: kind as ConversationEvent['kind'],
      author: SYSTEM,
      clientId: `${key}@${events.at(-1)?.seq ?? 0}`,
      body,
    })
    if (duplicate) return
    events.push(event)
    deps.broadcast(conversationId, event)
  }

  /**
   * The rules' context and the newest events. After an event this process stored (`seq`) memory
   * holds at least that much, and is read again when it does not; otherwise (a timer, the panel
   * opening) another process may have written since: the conversation's last seq says whether
   * memory is behind. Shoppers who began together wait together, so their timers come in waves:
   * each run reads one row by its key, not the conversation and its 2,000 newest events (issue 12).
   */
  async function read(conversationId: string, seq?: number): Promise<{ context: CheckInContext; events: ConversationEvent[]; tail: Tail } | null> {
    if (deps.active) {
      const active = await (seq === undefined ? deps.active.current(conversationId) : deps.active.get(conversationId, seq))
      return active && { context: contextOf(active), events: active.events, tail: active.tail }
    }
    const context = await loadCheckInContext(deps.db, conversationId)
    if (!context) return null
    const events = await deps.log.readLatest(conversationId, RULES_WINDOW)
    return { context, events, tail: tailOf(events) }
  }

  /** Runs the rules; answers the seq the conversation was read up to, with the events the run added. */
  async function evaluate(conversationId: string, occasion: Occasion, seq?: number): Promise<number | undefined> {
    const found = await read(conversationId, seq)
    if (!found) return undefined
    const { context, events, tail } = found
    const kept = events.length
    const at = now()
    const signal = readSignal(tail, at, context.language)

    if (levelRank(signal.level) > tail.raised) {
      const cues = signal.cues.map((c) => (c.detail ? { kind: c.kind, detail: c.detail } : { kind: c.kind }))
      await append(conversationId, events, 'signal.raised', { level: signal.level, score: signal.score, cues }, `signal:${signal.level}`)
    }

    const facts: ConversationFacts = {
      now: at,
      openedAt: context.openedAt,
      events,
      agentTyping: typists.here(conversationId),
      frustration: { level: signal.level },
      optedOut: context.optedOut,
      log: tail.log,
    }
    let ask: CheckInRequest | null = null
    if (occasion.kind === 'open') ask = beforeCheckIn(facts, context.settings)
    if (occasion.kind === 'ended') ask = afterCheckIn(facts, context.settings, occasion.by === 'visitor' ? 'end_chat' : 'resolved')
    const during = !ask && context.status === 'open' ? await duringDecision(conversationId, facts, context.settings) : null
    clearTimer(conversationId)
    ask ??= during?.ask ?? null
    // Also after an ask: the shopper may wait on, and the card's level with it.
    const nextCheckAt = during?.nextCheckAt ?? null
    if (nextCheckAt !== null) schedule(conversationId, nextCheckAt - at)
    if (ask) await append(conversationId, events, 'checkin.asked', { phase: ask.phase, trigger: ask.trigger }, `ask:${ask.phase}`)
    await Promise.all([
      // The tail read with the events, moved on by what this run added to them.
      storeSnapshot(conversationId, events.slice(kept).reduce(nextTail, tail), signal, context.language),
      stored.set(conversationId, nextCheckAt),
    ])
    return events.at(-1)?.seq ?? 0
  }

  /**
   * The rules' during decision. An ask also waits for an agent typing on another process; they are
   * asked about only then, so no message costs a read of Redis (typists.ts). Held back so, the rules
   * look again within a lease: a process that goes away mid-reply sends no "stopped", and its part
   * stops counting only when its lease runs out (redis.ts), which no event here would tell.
   */
  async function duringDecision(conversationId: string, facts: ConversationFacts, settings: EmpathySettings): Promise<DuringDecision> {
    const decision = duringCheckIn(facts, settings)
    if (!decision.ask || facts.agentTyping || !(await typists.anywhere(conversationId))) return decision
    const held = duringCheckIn({ ...facts, agentTyping: true }, settings)
    const again = facts.now + ALIVE_SECONDS * 1000
    return { ...held, nextCheckAt: Math.min(held.nextCheckAt ?? again, again) }
  }

  async function storeSnapshot(conversationId: string, tail: Tail, signal: ReturnType<typeof readSignal>, language: string | null) {
    const snapshot = empathySnapshot(tail, signal, language)
    if (deps.active) await deps.active.setEmpathy(conversationId, snapshot)
    else await deps.db.query('UPDATE conversations SET empathy = $2 WHERE id = $1', [conversationId, JSON.stringify(snapshot)])
  }

  function schedule(conversationId: string, delayMs: number): void {
    const cancel = setTimer(() => {
      timers.delete(conversationId)
      return run(conversationId, { kind: 'timer' })
    }, delayMs)
    timers.set(conversationId, cancel)
  }

  function clearTimer(conversationId: string): void {
    timers.get(conversationId)?.()
    timers.delete(conversationId)
  }

  let closed = false

  /**
   * Each conversation's run after new events that waits behind another, and has not started: the
   * events that come meanwhile join it rather than queue a run each (issue 12). The rules decide
   * about now, from the newest events, so one run after the last of them says what each would have.
   */
  const waitingRun = new Map<string, { occasion: Occasion | null; seq: number | undefined; done: Promise<void> }>()

  /** Evaluates (unless `occasion` is null) and refreshes the inbox; `seq`: after that stored event. */
  function run(conversationId: string, occasion: Occasion | null, seq?: number): Promise<void> {
    if (closed) return Promise.resolve()
    const afterEvents = occasion === null || occasion.kind === 'event'
    const waiting = waitingRun.get(conversationId)
    if (afterEvents && waiting) {
      waiting.occasion ??= occasion
      // Without a seq the run reads the database (another process may have written): that covers both.
      waiting.seq = waiting.seq === undefined || seq === undefined ? undefined : Math.max(waiting.seq, seq)
      return waiting.done
    }
    const entry = { occasion, seq, done: Promise.resolve() }
    entry.done = serial(conversationId, async () => {
      if (waitingRun.get(conversationId) === entry) waitingRun.delete(conversationId)
      // The summary includes what the run read, its own events too: memory holds them (a timer's run checked).
      const seen = entry.occasion ? await evaluate(conversationId, entry.occasion, entry.seq) : entry.seq
      await deps.refresh(conversationId, seen)
    }).catch((error) => {
      log.error({ err: error, conversation: conversationId }, 'check-in rules failed')
    })
    // Another kind of run (the chat ending, the panel opening, a timer) keeps its place: nothing after it joins what came before.
    if (afterEvents) waitingRun.set(conversationId, entry)
    else waitingRun.delete(conversationId)
    return entry.done
  }

  /**
   * An ask a person's action brings rather than the rules' own moments (the agent's button, a
   * follow-up): `decide` reads the conversation and answers the ask, or why there is none. Stored
   * once by `key` (an ask already there is 'pending'), then the agent's card and the inbox are
   * brought up to date. Answers the event stored, or the reason.
   */
  function askOutsideTheTimers(
    conversationId: string,
    key: string,
    decide: (context: CheckInContext, events: ConversationEvent[]) => Pick<CheckInRequest, 'phase' | 'trigger'> | string,
  ): Promise<ConversationEvent | string> {
    return serial(conversationId, async () => {
      const context = await loadCheckInContext(deps.db, conversationId)
      if (!context) return 'not_found'
      const events = await deps.log.readLatest(conversationId, RULES_WINDOW)
      const ask = decide(context, events)
      if (typeof ask === 'string') return ask
      const before = events.length
      await append(conversationId, events, 'checkin.asked', { phase: ask.phase, trigger: ask.trigger }, key)
      if (events.length === before) return 'pending'
      const tail = tailOf(events)
      await storeSnapshot(conversationId, tail, readSignal(tail, now(), context.language), context.language)
      await deps.refresh(conversationId)
      return events.at(-1)!
    })
  }

  const sweeps = createTimerSweeps({
    stored,
    runTimer: (conversationId) => run(conversationId, { kind: 'timer' }),
    now,
    ...(deps.sweeps ? { schedule: deps.sweeps } : {}),
  })

  return {
    /** Re-evaluates after an event was stored; resolves once the agent's card is up to date. */
    afterEvent(conversationId: string, event: ConversationEvent): Promise<void> {
      return run(conversationId, occasionAfter(event), event.seq)
    },
    /** The shopper opened the panel: the before-chat moment. */
    opened(conversationId: string): Promise<void> {
      return run(conversationId, { kind: 'open' })
    },
    /**
     * An agent typing (`typist`: their connection) pauses automatic check-ins, whichever process
     * runs the rules (typists.ts); once nobody types, one may come through. A connection that
     * closes ends its typing (gateway/session.ts).
     */
    typing(conversationId: string, role: 'visitor' | 'agent', typing: boolean, typist: object): void {
      if (role === 'agent' && typists.mark(conversationId, typist, typing)) void run(conversationId, { kind: 'event' })
    },
    /** The agent's "Check in" button, through the same rules (never while one is pending). */
    async agentAsk(conversationId: string): Promise<AgentAsk> {
      const asked = await askOutsideTheTimers(conversationId, 'ask:agent', (context, events) => {
        const facts = { now: now(), openedAt: context.openedAt, events, agentTyping: false, frustration: null, optedOut: context.optedOut }
        const verdict = agentCheckIn(facts, context.settings)
        return verdict.allowed ? { phase: 'during', trigger: 'agent' } : verdict.reason
      })
      return typeof asked === 'string' ? { allowed: false, reason: asked } : { allowed: true, event: asked }
    },
    /**
     * An agent followed up this ended chat and the shopper's widget connected: ask "How do you
     * feel about it now?" through the rules (once; never a shopper who declined). True when asked.
     */
    async askFollowUp(conversationId: string): Promise<boolean> {
      const asked = await askOutsideTheTimers(
        conversationId,
        'ask:follow_up',
        (context, events) => followUpCheckIn({ events, optedOut: context.optedOut }) ?? 'not_asked',
      )
      return typeof asked !== 'string'
    },
    /** After a start: sweeps from now on, and runs the stored timers and the waiting shoppers' at once (decision 049). */
    resumeTimers(): Promise<void> {
      return sweeps.resume()
    },
    /** Runs the rules now (tests with an injected clock use it instead of waiting). */
    evaluateNow(conversationId: string): Promise<void> {
      return run(conversationId, { kind: 'timer' })
    },
    /**
     * Stops the timers and the sweeps, and waits for evaluations under way (so none runs on a
     * closed database). The stored timers stay: another process takes them over.
     */
    async close(): Promise<void> {
      closed = true
      for (const cancel of timers.values()) cancel()
      timers.clear()
      await sweeps.stop()
      await serial.drained()
    },
  }
}

export type CheckInEngine = ReturnType<typeof createCheckInEngine>
