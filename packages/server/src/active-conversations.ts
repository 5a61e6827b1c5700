import type { ConversationEvent, ConversationSummary, EmpathySnapshot } from '@attune/protocol'
import { topics, type Bus } from './bus.ts'
import type { ConversationRecord, ConversationState } from './conversation-rows.ts'
import { conversationChanged, type Conversations } from './conversations.ts'
import { nextTail, tailOf, type Tail } from './empathy/facts.ts'
import type { ConversationLog } from './log.ts'

/**
 * An active conversation as kept in memory: its state, its newest events, oldest first, up to its
 * last seq, and what the rules read of their newest side (moved on with each event, not re-read).
 */
type ActiveConversation = ConversationState & { events: ConversationEvent[]; tail: Tail }

/** An event the group commit stored, and how it moved the shopper's wait (log.ts `waiting`). */
export type Appended = { event: ConversationEvent; waiting?: 'start' | 'stop' }

type ActiveConversationsOptions = {
  conversations: Pick<Conversations, 'state' | 'lastSeq'>
  log: Pick<ConversationLog, 'readLatest' | 'setEmpathy'>
  bus: Bus
  /** How many of the newest events are kept: as many as the check-in rules read. */
  window: number
  /** The most conversations kept; the longest unused is forgotten first. */
  max?: number
  /**
   * The most events kept over all conversations, forgotten the same way: a few very long
   * conversations must not hold the window each (10,000 × 2,000 events would be gigabytes).
   */
  maxEvents?: number
  /**
   * How long an entry is trusted at most, should the bus have lost a change (as cache.ts): then
   * its state is read again, and its events too if any came since or `eventsTtlMs` has passed.
   */
  ttlMs?: number
  /** How long kept events are trusted at most, should the bus have lost an edit of one (retention.ts); 10 × ttlMs by default. */
  eventsTtlMs?: number
  now?: () => number
}

/** A conversation being loaded or kept, and until when its state and its events are trusted. */
type Slot = { loading: Promise<ActiveConversation | null>; kept?: ActiveConversation; until: number; eventsUntil: number }

/** Reads of the state and of the events that disagree (an append came in between) are read again this often. */
const READS = 3

/**
 * What the check-in rules, the inbox's summary and the assignment need of each active
 * conversation, kept in memory so a message costs a few statements (issue 12, decision 029).
 * Memory is never the truth, so an entry is dropped, and read again when next needed, whenever it
 * may be behind: the group commit hands it each stored event, and an event that does not follow
 * the last one kept (another process wrote in between) drops it, as does any other change
 * announced on `topics.changes` (here or in another process). Should the bus have lost a change,
 * the state is trusted 60 s at most, then read again (one row); the events are kept with it while
 * the last seq is the same, and read again every 10 minutes, as an edit of old events is no event.
 */
export function createActiveConversations(options: ActiveConversationsOptions) {
  const { conversations, log, bus, window } = options
  const max = options.max ?? 10_000
  const maxEvents = options.maxEvents ?? 100_000
  const ttlMs = options.ttlMs ?? 60_000
  const eventsTtlMs = options.eventsTtlMs ?? 10 * ttlMs
  const now = options.now ?? Date.now
  const slots = new Map<string, Slot>()
  let keptEvents = 0

  function forget(id: string): void {
    const kept = slots.get(id)?.kept
    if (kept) keptEvents -= kept.events.length
    slots.delete(id)
  }

  /** Forgets the longest unused (a Map iterates in insertion order) until both bounds hold. */
  function trim(): void {
    while (slots.size > max || keptEvents > maxEvents) forget(slots.keys().next().value!)
  }

  /** `kept`: the events of the conversation as it was kept, still trusted if no event came since. */
  async function read(id: string, kept?: ActiveConversation): Promise<{ active: ActiveConversation | null; whole: boolean; renewed: boolean }> {
    for (let attempt = 1; ; attempt++) {
      const state = await conversations.state(id)
      if (!state) return { active: null, whole: true, renewed: false }
      if (kept?.record.lastSeq === state.record.lastSeq)
        return { active: { ...state, events: kept.events, tail: kept.tail }, whole: true, renewed: true }
      const events = await log.readLatest(id, window)
      const whole = (events.at(-1)?.seq ?? 0) === state.record.lastSeq
      if (whole || attempt === READS) return { active: { ...state, events, tail: tailOf(events) }, whole, renewed: false }
    }
  }

  /**
   * Reads the conversation and keeps it. `previous`: the slot whose trust ran out; its events are
   * kept with the state read again when no event came since and they are still trusted.
   */
  function load(id: string, previous?: Slot): Promise<ActiveConversation | null> {
    // Trusted for three quarters of the TTL to all of it, at random: conversations loaded together
    // (a busy moment's first messages, a restart's crowd) are not all read again in the same second.
    const spread = (ms: number) => now() + ms * (1 - Math.random() / 4)
    const renewing = previous?.kept && now() < previous.eventsUntil ? previous : undefined
    const slot: Slot = { loading: Promise.resolve(null), until: spread(ttlMs), eventsUntil: 0 }
    slot.loading = read(id, renewing?.kept).then(
      ({ active, whole, renewed }) => {
        // Dropped meanwhile (a change, an append read or not by this load): not kept.
        if (slots.get(id) !== slot) return active
        if (active && whole) {
          slot.kept = active
          // Events kept from the slot before are trusted as long as they were there; read now, anew.
          slot.eventsUntil = renewing && renewed ? renewing.eventsUntil : spread(eventsTtlMs)
          keptEvents += active.events.length
          trim()
        } else slots.delete(id)
        return active
      },
      (error: unknown) => {
        if (slots.get(id) === slot) slots.delete(id)
        throw error
      },
    )
    forget(id)
    slots.set(id, slot)
    trim()
    return slot.loading
  }

  /** The slot, moved to the newest end (the longest unused is forgotten first). */
  function touch(id: string): Slot | undefined {
    const slot = slots.get(id)
    if (!slot) return undefined
    slots.delete(id)
    slots.set(id, slot)
    return slot
  }

  /** What is kept of the conversation while it may be trusted. */
  const trusted = (id: string): ActiveConversation | undefined => {
    const slot = touch(id)
    return slot?.kept && now() < slot.until ? slot.kept : undefined
  }

  /** A copy the caller may change: what is kept moves only with the group commit. */
  const copy = (active: ActiveConversation): ActiveConversation => ({ ...active, record: { ...active.record }, events: active.events.slice() })

  function apply(active: ActiveConversation, { event, waiting }: Appended): void {
    active.events.push(event)
    keptEvents += 1 - active.events.splice(0, Math.max(0, active.events.length - window)).length
    active.record.lastSeq = event.seq
    active.tail = nextTail(active.tail, event)
    active.summary = nextSummary(active.summary, event, waiting)
  }

  function dropWhere(matches: (record: ConversationRecord) => boolean): void {
    for (const [id, slot] of slots) {
      // One still loading may hold what the change replaced.
      if (!slot.kept || matches(slot.kept.record)) forget(id)
    }
  }

  bus.subscribe(topics.changes, (message) => {
    if (message.type !== 'changed') return
    if (message.what === 'conversation') forget(message.conversationId)
    else if (message.what === 'visitor') dropWhere((record) => record.visitorId === message.visitorId)
    // The store's check-in settings are kept with its conversations.
    else if (message.what === 'site') dropWhere((record) => record.siteId === message.siteId)
  })

  /**
   * The conversation with every event up to `seq` at least (one the caller knows was stored),
   * from memory when it holds them, else read afresh (and kept). Null when there is none.
   */
  async function get(id: string, seq = 0): Promise<ActiveConversation | null> {
    const slot = touch(id)
    if (slot?.kept && slot.kept.record.lastSeq >= seq && now() < slot.until) return copy(slot.kept)
    const loaded = slot && !slot.kept ? await slot.loading : null
    const active = loaded && loaded.record.lastSeq >= seq ? loaded : await load(id, slot)
    return active && copy(active)
  }

  /**
   * The conversation as stored now, whichever process wrote last (a timer's run, the panel
   * opening): its last seq read by the key, the rest from memory when memory holds that much. A
   * change other than an event is announced on the bus and has already dropped what was kept.
   */
  async function current(id: string): Promise<ActiveConversation | null> {
    // Not kept: reading it is reading the database anyway.
    if (!trusted(id)) return get(id)
    const lastSeq = await conversations.lastSeq(id)
    return lastSeq === null ? null : get(id, lastSeq)
  }

  return {
    get,
    current,

    /** The record when it is kept, without reading the database for it (gateway access checks). */
    peek(id: string): ConversationRecord | undefined {
      const kept = trusted(id)
      return kept && { ...kept.record }
    },

    /** The inbox's summary and its store, from memory once the conversation is kept. */
    async published(id: string, seq = 0): Promise<{ siteId: string; summary: ConversationSummary } | null> {
      const active = await get(id, seq)
      return active && { siteId: active.record.siteId, summary: active.summary }
    },

    /**
     * The group commit stored these events of one conversation, in seq order. They extend the
     * kept window only when they follow its last event; an effect (status, hand-off) changed what
     * else is kept, so every process drops the conversation.
     */
    appended(id: string, events: readonly Appended[], effects: boolean): void {
      if (effects) return conversationChanged(bus, id)
      const slot = slots.get(id)
      if (!slot) return
      const kept = slot.kept
      if (!kept || events[0]?.event.seq !== kept.record.lastSeq + 1) return forget(id)
      for (const appended of events) apply(kept, appended)
      trim()
    },

    /** Stores the agent's card and keeps it (the rules write it after every event; other processes recompute their own). */
    async setEmpathy(id: string, snapshot: EmpathySnapshot): Promise<void> {
      await log.setEmpathy(id, snapshot)
      const slot = slots.get(id)
      if (slot?.kept) slot.kept.summary = { ...slot.kept.summary, empathy: snapshot }
      else if (slot) forget(id)
    },
  }
}

export type ActiveConversations = ReturnType<typeof createActiveConversations>

/** The summary after one more stored event, as the append's statement moved the row (append-batch.ts). */
function nextSummary(summary: ConversationSummary, event: ConversationEvent, waiting: Appended['waiting']): ConversationSummary {
  const next: ConversationSummary = { ...summary, lastSeq: event.seq, updatedAt: event.at }
  if (event.kind === 'message') {
    const file = event.attachments?.[0]?.name
    next.lastMessage = { text: event.text, role: event.author.role, at: event.at, ...(file ? { file } : {}) }
  }
  if (waiting === 'start') next.waitingSince = summary.waitingSince ?? event.at
  if (waiting === 'stop') next.waitingSince = null
  return next
}
