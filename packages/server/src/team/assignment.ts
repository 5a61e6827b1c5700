import { DEFAULT_ASSIGNMENT, isUpset, type AssignmentMode, type AssignmentSettings, type Notice } from '@attune/protocol'
import { topics, type Bus } from '../bus.ts'
import type { ActiveConversations } from '../active-conversations.ts'
import { createCache } from '../cache.ts'
import { conversationChanged, type Conversations } from '../conversations.ts'
import { isUuid } from '../uuid.ts'
import type { Database } from '../db/database.ts'
import type { Presence } from '../gateway/presence.ts'
import { log } from '../logger.ts'
import { createSerial } from '../serial.ts'
import { SETTINGS_TTL_MS, siteChanged, STORES_KEPT } from '../sites.ts'
import { answerHandoff } from './answered-handoffs.ts'
import { createHandOut, moveAssignee } from './hand-out.ts'
import { keepHandedOn } from './kept-notices.ts'

type HandedOnNotice = Extract<Notice, { kind: 'handed_on' }>

/** Why a take, assign or transfer did not happen, as a closed set (the API words each). */
export const AssignmentRefusal = {
  /** No such open conversation in this store, or no such member. */
  NotFound: 'not_found',
  /** Someone else took it first (or it was assigned meanwhile). */
  Taken: 'taken',
  /** Only its assignee (or a manager and up) may transfer it. */
  NotYours: 'not_yours',
} as const
export type AssignmentRefusal = (typeof AssignmentRefusal)[keyof typeof AssignmentRefusal]

export class AssignmentError extends Error {
  constructor(readonly refusal: AssignmentRefusal) {
    super(refusal)
  }
}

type Deps = {
  db: Database
  presence: Pick<Presence, 'online' | 'holding'>
  conversations: Conversations
  active: Pick<ActiveConversations, 'get'>
  bus: Bus
  /** The clock NOBODY_FREE_MS is measured on (tests pass a fixed one). */
  now?: () => number
  /** Runs `task` in `ms` (OFFLINE_GRACE_MS); returns its cancel. Tests run it when they choose. */
  later?: (task: () => Promise<unknown>, ms: number) => () => void
}

/**
 * How long an agent whose every inbox closed keeps the conversations they hold before a shopper's
 * message hands one on: a reload, a dropped connection or a server's restart brings them back well
 * within it. An agent who picked Away has said so: theirs are handed on at once. An idle inbox
 * keeps its chats (presence.holding).
 */
const OFFLINE_GRACE_MS = 60_000

function nodeLater(task: () => Promise<unknown>, ms: number): () => void {
  const timer = setTimeout(task, ms)
  timer.unref()
  return () => clearTimeout(timer)
}

/** Tells the store's inboxes the conversation's new state (the gateway filters it per viewer). */
async function publishSummary(bus: Bus, conversations: Pick<Conversations, 'summary'>, siteId: string, conversationId: string) {
  const summary = await conversations.summary(conversationId)
  if (summary) bus.publish(topics.site(siteId), { type: 'conversation', conversation: summary })
  return summary
}

/**
 * Announces the conversations a person leaving the team held (people.leave gave them back) as any
 * change of assignee is announced: every process drops what it keeps of them, and the store's
 * inboxes list them as unassigned. Alone where there is no presence to hand them out by (the CLI).
 */
export async function announceReturned(bus: Bus, conversations: Pick<Conversations, 'summary'>, siteId: string, conversationIds: readonly string[]) {
  for (const id of conversationIds) {
    conversationChanged(bus, id)
    await publishSummary(bus, conversations, siteId, id)
  }
}

/**
 * Who answers which conversation (issue 14): the store's mode and limit, the automatic choice for
 * a shopper's message, and take / assign / transfer. Every change is one conditional UPDATE, so
 * two people acting at once never both win, and is published to the store's inboxes. The automatic
 * choice holds the store's limit across processes (hand-out.ts).
 */
export function createAssignment({ db, presence, conversations, active, bus, now = Date.now, later = nodeLater }: Deps) {
  async function load(siteId: string): Promise<AssignmentSettings> {
    const [row] = await db.query<{ assignment_mode: AssignmentMode; assignment_limit: number }>(
      'SELECT assignment_mode, assignment_limit FROM sites WHERE id = $1',
      [siteId],
    )
    return row ? { mode: row.assignment_mode, limit: row.assignment_limit } : DEFAULT_ASSIGNMENT
  }
  // Kept with the store's other settings (sites.ts), dropped when a change crosses the bus.
  const kept = createCache(load, { ttlMs: SETTINGS_TTL_MS, max: STORES_KEPT })
  const settings = (siteId: string) => kept.get(siteId)

  const automatic = createHandOut(db, now)
  const inTurn = createSerial()
  bus.subscribe(topics.changes, (message) => {
    if (message.type !== 'changed' || message.what !== 'site') return
    kept.drop(message.siteId)
    automatic.forget(message.siteId)
  })

  const publish = (siteId: string, conversationId: string) => publishSummary(bus, conversations, siteId, conversationId)

  /** A member's display name, or null when they are not on this store's team. */
  async function memberName(siteId: string, personId: string): Promise<string | null> {
    // A malformed id is simply not a member (the column is a uuid; Postgres would throw).
    if (!isUuid(personId)) return null
    const [row] = await db.query<{ name: string }>(
      `SELECT COALESCE(NULLIF(p.name, ''), p.email) AS name FROM memberships m JOIN people p ON p.id = m.person_id
       WHERE m.site_id = $1 AND m.person_id = $2`,
      [siteId, personId],
    )
    return row?.name ?? null
  }

  /**
   * A take, assign or transfer by `by`: moved only if still held by `heldBy` (undefined: whoever
   * holds it). A manager's answers the conversation's hand-off, whoever it goes to (answered-handoffs.ts).
   */
  async function setAssignee(
    siteId: string,
    conversationId: string,
    move: { to: string; by: string; heldBy: string | null | undefined; transfer: object | null },
  ) {
    const moved = await moveAssignee(db, { siteId, conversationId, to: move.to, heldBy: move.heldBy, transfer: move.transfer })
    if (!moved) return false
    conversationChanged(bus, conversationId)
    // Moved means done: a failure here must not refuse it (the list keeps its marker until the next answer).
    await answerHandoff(db, bus, { conversationId, by: move.by }).catch((error: unknown) =>
      log.error({ err: error, conversation: conversationId }, 'answering a hand-off failed'),
    )
    return true
  }

  /**
   * Tells the agent a conversation was taken from why it left their list: their inboxes open now
   * hear it, and it is kept for their next one until one has (kept-notices.ts), so an agent who
   * was offline learns where their chats went instead of finding them gone. Kept first: an inbox
   * hearing it forgets it, and must find it. Not kept, it is still told to those open.
   */
  async function tellHandedOn(siteId: string, from: string, told: Omit<HandedOnNotice, 'kind'>): Promise<void> {
    const notice: HandedOnNotice = { kind: 'handed_on', ...told }
    await keepHandedOn(db, siteId, from, notice).catch((error: unknown) =>
      log.error({ err: error, conversation: told.conversationId }, 'keeping a handed_on notice failed'),
    )
    bus.publish(topics.member(siteId, from), { type: 'notice', notice })
  }

  /** Conversations waiting out their assignee's OFFLINE_GRACE_MS, by id, with the wait's cancel. */
  const graces = new Map<string, () => void>()

  /**
   * A shopper wrote: a conversation nobody holds goes to someone available, or keeps waiting in
   * "Unassigned"; one whose assignee picked Away, or is offline past OFFLINE_GRACE_MS, is handed on the
   * same way, rather than left with someone who is not there, out of every other agent's sight.
   * Returns who got it. `graceOver`: the look again once an offline assignee's grace ran out.
   */
  async function afterShopperMessage(siteId: string, conversationId: string, graceOver = false): Promise<string | null> {
    // Kept in memory (issue 12); should another process have assigned it meanwhile, the conditional UPDATE says so.
    const conversation = await active.get(conversationId)
    const record = conversation?.record
    if (!conversation || record?.siteId !== siteId || record.status !== 'open') return null
    const held = record.assigneeId
    if (held !== null) {
      // The common case, an assignee who is there, never waits for the store's turn.
      const where = (await presence.holding(siteId)).get(held)
      if (where === 'here') return null
      if (where === undefined && !graceOver) {
        if (!graces.has(conversationId)) {
          const lookAgain = () => {
            graces.delete(conversationId)
            return afterShopperMessage(siteId, conversationId, true).catch((error: unknown) =>
              log.error({ err: error, conversation: conversationId }, 'handing on a conversation after its grace failed'),
            )
          }
          graces.set(conversationId, later(lookAgain, OFFLINE_GRACE_MS))
        }
        return null
      }
    }
    // One look at a time per store: the messages that come while one is made then read its answer.
    return inTurn(siteId, async () => {
      const online = await presence.online(siteId)
      const where = held === null ? undefined : (await presence.holding(siteId)).get(held)
      if (where === 'here') return null
      const upset = isUpset(conversation.summary.empathy)
      const moved = await automatic.handOut({ siteId, conversationId, held, settings: await settings(siteId), online, upset })
      if (!moved) return null
      // Once committed: every process drops what it keeps of the conversation and reads it anew.
      conversationChanged(bus, conversationId)
      // Every inbox hears it: the old assignee's list drops it, and it leaves their socket (greeting.ts).
      const summary = await publish(siteId, conversationId)
      if (held !== null) {
        const why = where === 'away' ? 'away' : 'offline'
        await tellHandedOn(siteId, held, { conversationId, visitorId: record.visitorId, to: summary?.assignee?.name ?? null, why })
      }
      return moved.to
    })
  }

  return {
    settings,

    async setSettings(siteId: string, next: AssignmentSettings): Promise<AssignmentSettings> {
      await db.query('UPDATE sites SET assignment_mode = $2, assignment_limit = $3 WHERE id = $1', [siteId, next.mode, next.limit])
      kept.drop(siteId)
      automatic.forget(siteId)
      siteChanged(bus, siteId)
      return next
    },

    afterShopperMessage: (siteId: string, conversationId: string) => afterShopperMessage(siteId, conversationId),

    /** Stops the waits for offline assignees (the server is closing). */
    stop(): void {
      for (const cancel of graces.values()) cancel()
      graces.clear()
    },

    /**
     * A person left the team, and people.leave gave back the open conversations they held: each is
     * announced, then goes the way a new one does (to someone available in auto mode, else waiting).
     */
    async returned(siteId: string, conversationIds: readonly string[]): Promise<void> {
      await announceReturned(bus, conversations, siteId, conversationIds)
      for (const id of conversationIds) await afterShopperMessage(siteId, id)
    },

    /** "Take": only while nobody holds it; of two at once, exactly one wins. */
    async take(siteId: string, conversationId: string, personId: string) {
      const record = await conversations.get(conversationId)
      if (!record || record.siteId !== siteId || record.status !== 'open') throw new AssignmentError(AssignmentRefusal.NotFound)
      if (!(await setAssignee(siteId, conversationId, { to: personId, by: personId, heldBy: null, transfer: null })))
        throw new AssignmentError(AssignmentRefusal.Taken)
      return publish(siteId, conversationId)
    },

    /** "Assign" (managers and up) or "Transfer" (its assignee), with a note for the new assignee. */
    async give(siteId: string, conversationId: string, to: string, from: { id: string; name: string; anyone: boolean }, note = '') {
      const record = await conversations.get(conversationId)
      if (!record || record.siteId !== siteId || record.status !== 'open') throw new AssignmentError(AssignmentRefusal.NotFound)
      if (!from.anyone && record.assigneeId !== from.id) throw new AssignmentError(AssignmentRefusal.NotYours)
      if ((await memberName(siteId, to)) === null) throw new AssignmentError(AssignmentRefusal.NotFound)
      const transfer = note ? { by: from.name, note, at: new Date().toISOString() } : null
      // An assignee's transfer holds only while it is still theirs (a manager may have moved it).
      const heldBy = from.anyone ? undefined : from.id
      if (!(await setAssignee(siteId, conversationId, { to, by: from.id, heldBy, transfer }))) throw new AssignmentError(AssignmentRefusal.Taken)
      return publish(siteId, conversationId)
    },
  }
}

export type Assignment = ReturnType<typeof createAssignment>
