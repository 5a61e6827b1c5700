import { randomUUID } from 'node:crypto'
import { handoffStands, type Author, type ConversationEvent, type Handoff, type NoticeFrame } from '@attune/protocol'
import type { ActiveConversations } from '../active-conversations.ts'
import { topics, type Bus } from '../bus.ts'
import type { Conversations } from '../conversations.ts'
import type { Database } from '../db/database.ts'
import { ConversationClosedError, type ConversationLog } from '../log.ts'
import { log } from '../logger.ts'
import { answerHandoff, type HandoffAnswer } from '../team/answered-handoffs.ts'
import { keepHandoff, TAKES_HANDOFFS } from '../team/kept-notices.ts'
import { ANSWERABLE_MS } from './care-answers.ts'
import { detectAbuse, endsAConversation, handlersOf, wasHard, type AbuseCheck } from './hard-conversation.ts'

/** How long after the last offer a person is offered nothing (issue 16: "at most once an hour"). */
export const OFFER_GAP_MS = 60 * 60 * 1000
/** The longest log read to judge a conversation; a longer one is judged by its newest part (issue 12), as the rules are. */
const MAX_EVENTS = 2000

export type AgentCareDeps = {
  db: Database
  log: ConversationLog
  bus: Bus
  conversations: Conversations
  /**
   * The active conversations kept in memory (issue 12): whether a hand-off stands is read there,
   * so a reply costs no statement for it. Without it, every reply and resolve looks in the database.
   */
  active?: Pick<ActiveConversations, 'get'>
  now?: () => number
  /** What counts as an abusive message; the detector's `abuse` cue by default. */
  abusive?: AbuseCheck
}

/** The hand-off could not be recorded: the conversation is resolved. */
export class HandoffClosedError extends Error {
  override name = 'HandoffClosedError'
}

/**
 * The agents are people too (issue 16). After each stored event: a shopper's abusive message is
 * flagged for the inbox; at the end of a hard conversation each agent who handled it is offered a
 * check-in of their own, at most once an hour, if the store has it on. And any agent can hand a
 * conversation to the store's managers in one step.
 */
export function createAgentCare(deps: AgentCareDeps) {
  const { db, bus } = deps
  const now = deps.now ?? Date.now
  const abusive = deps.abusive ?? detectAbuse

  function notify(siteId: string, personId: string, notice: NoticeFrame['notice']): void {
    bus.publish(topics.member(siteId, personId), { type: 'notice', notice })
  }

  async function flag(conversationId: string, event: ConversationEvent): Promise<void> {
    if (event.kind !== 'message' || event.author.role !== 'visitor' || event.text === '') return
    if (!abusive(event.text)) return
    await deps.conversations.flagAbusive(conversationId, event.seq)
  }

  /** Records an offer unless this person had one for this conversation or within the hour. */
  async function offer(siteId: string, personId: string, conversationId: string): Promise<string | null> {
    const at = new Date(now())
    const id = randomUUID()
    return db
      .transaction(async (tx) => {
        const [made] = await tx.query(
          `INSERT INTO care_offers (id, site_id, person_id, conversation_id, created_at) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (person_id, conversation_id) DO NOTHING RETURNING id`,
          [id, siteId, personId, conversationId, at.toISOString()],
        )
        if (!made) return null
        // One row per person, moved forward only when the last offer is an hour old: two
        // conversations ending at once cannot both pass.
        const [moved] = await tx.query(
          `INSERT INTO care_last_offer (person_id, offered_at) VALUES ($1, $2)
           ON CONFLICT (person_id) DO UPDATE SET offered_at = EXCLUDED.offered_at
           WHERE care_last_offer.offered_at <= $3 RETURNING person_id`,
          [personId, at.toISOString(), new Date(at.getTime() - OFFER_GAP_MS).toISOString()],
        )
        if (!moved) throw new TooSoon()
        return id
      })
      .catch((error: unknown) => {
        if (error instanceof TooSoon) return null
        throw error
      })
  }

  async function considerOffers(siteId: string, conversationId: string): Promise<void> {
    const [row] = await db.query<{ agent_care: boolean; abusive_seqs: number[] }>(
      `SELECT s.agent_care, c.abusive_seqs FROM conversations c JOIN sites s ON s.id = c.site_id WHERE c.id = $1`,
      [conversationId],
    )
    if (!row?.agent_care) return
    const events = await deps.log.readLatest(conversationId, MAX_EVENTS)
    if (!wasHard(events, row.abusive_seqs)) return
    for (const personId of await members(siteId, handlersOf(events))) {
      const offerId = await offer(siteId, personId, conversationId)
      if (offerId) notify(siteId, personId, { kind: 'care.offer', offerId, conversationId })
    }
  }

  /** Of these people, those still on the store's team (someone removed is offered nothing). */
  async function members(siteId: string, personIds: string[]): Promise<string[]> {
    if (personIds.length === 0) return []
    const rows = await db.query<{ person_id: string }>(`SELECT person_id FROM memberships WHERE site_id = $1 AND person_id::text = ANY ($2)`, [
      siteId,
      personIds,
    ])
    return rows.map((r) => r.person_id)
  }

  /**
   * Answers the conversation's hand-off if the event does (team/answered-handoffs.ts). Memory that
   * keeps the conversation says whether one stands, as of the event at least: it is dropped
   * whenever a hand-off is made or answered, on every process.
   */
  async function answerBy(conversationId: string, event: ConversationEvent): Promise<void> {
    const answer = answerIn(event)
    if (!answer) return
    const kept = deps.active && (await deps.active.get(conversationId, event.seq))
    if (kept && !handoffStands(kept.summary.handoff)) return
    await answerHandoff(db, bus, { conversationId, ...answer })
  }

  async function refresh(siteId: string, conversationId: string): Promise<void> {
    const summary = await deps.conversations.summary(conversationId)
    if (summary) bus.publish(topics.site(siteId), { type: 'conversation', conversation: summary })
  }

  return {
    /** Runs after every new event of a conversation, before the inbox's list is refreshed. */
    async afterEvent(siteId: string, conversationId: string, event: ConversationEvent): Promise<void> {
      await flag(conversationId, event)
      await answerBy(conversationId, event)
      if (endsAConversation(event)) await considerOffers(siteId, conversationId)
    },

    /** One of the person's inboxes showed the offer: it is not told again at their next connect. */
    async offerTold(offerId: string): Promise<void> {
      await db.query('UPDATE care_offers SET told = true WHERE id = $1', [offerId])
    },

    /**
     * The person's offers in this store that no inbox of theirs has shown and that can still be
     * answered, oldest first, marked as told: a hard chat often ends (the shopper's after card)
     * once its agent has closed the inbox. One UPDATE … RETURNING, so of two inboxes connecting
     * at once each offer goes to one only.
     */
    async claimUntoldOffers(siteId: string, personId: string): Promise<CareOfferNotice[]> {
      const rows = await db.query<{ id: string; conversation_id: string }>(
        `WITH claimed AS (
           UPDATE care_offers SET told = true
           WHERE site_id = $1 AND person_id = $2 AND NOT told AND NOT answered AND created_at > $3
           RETURNING id, conversation_id, created_at)
         SELECT id, conversation_id FROM claimed ORDER BY created_at`,
        [siteId, personId, new Date(now() - ANSWERABLE_MS).toISOString()],
      )
      return rows.map((row) => ({ kind: 'care.offer', offerId: row.id, conversationId: row.conversation_id }))
    },

    /**
     * Hands an open conversation to the store's managers: a `conversation.handed_off` event in
     * its log, the list's marker, and a notice to every manager, admin and owner but the agent,
     * kept for the next inbox of each who has none open (team/kept-notices.ts).
     * A second hand-off while the first stands answers with the first; once a manager answered
     * it (team/answered-handoffs.ts), the conversation may be handed off anew.
     */
    async handOff(siteId: string, conversationId: string, author: Author & { role: 'agent' }): Promise<Handoff> {
      // One read: the hand-off standing, else how many came before (answered). Two presses at
      // once both read the same count, so their client id is the same and the log stores one.
      const [existing] = await db.query<{ handoff: Handoff | null; before: number }>(
        `SELECT handoff, (SELECT count(*)::int FROM events e WHERE e.conversation_id = c.id AND e.kind = 'conversation.handed_off') AS before
         FROM conversations c WHERE c.id = $1`,
        [conversationId],
      )
      if (handoffStands(existing?.handoff)) return existing.handoff
      let handoff: Handoff
      try {
        const { event, duplicate } = await deps.log.append(
          conversationId,
          { kind: 'conversation.handed_off', author, clientId: `handoff:${conversationId}:${existing?.before ?? 0}`, body: {} },
          {
            requireOpen: true,
            effects: (tx, stored) =>
              tx
                .query('UPDATE conversations SET handoff = $2 WHERE id = $1', [conversationId, JSON.stringify(toHandoff(stored))])
                .then(() => undefined),
          },
        )
        handoff = toHandoff(event)
        if (duplicate) return handoff
        bus.publish(topics.conversation(conversationId), { type: 'event', conversationId, event })
      } catch (error) {
        if (error instanceof ConversationClosedError) throw new HandoffClosedError(conversationId)
        throw error
      }
      await refresh(siteId, conversationId)
      const managers = await db.query<{ person_id: string }>(`SELECT person_id FROM memberships WHERE site_id = $1 AND role = ANY ($2)`, [
        siteId,
        TAKES_HANDOFFS,
      ])
      const told = managers.map((m) => m.person_id).filter((id) => id !== author.id)
      // Kept first: an inbox hearing it forgets it, and must find it. Not kept, it is still told to those open.
      await keepHandoff(db, siteId, conversationId, told).catch((error: unknown) =>
        log.error({ err: error, conversation: conversationId }, 'keeping a hand-off notice failed'),
      )
      for (const personId of told) notify(siteId, personId, { kind: 'handoff', conversationId, by: handoff.by })
      return handoff
    },
  }
}

class TooSoon extends Error {}

type CareOfferNotice = Extract<NoticeFrame['notice'], { kind: 'care.offer' }>

/** What of an event may answer the conversation's hand-off: its end, or a message of someone on the team. */
function answerIn(event: ConversationEvent): Omit<HandoffAnswer, 'conversationId'> | null {
  if (event.kind === 'conversation.resolved') return { by: null }
  if (event.kind === 'message' && event.author.role === 'agent') return { by: event.author.id, afterSeq: event.seq }
  return null
}

const toHandoff = (event: ConversationEvent): Handoff => ({ seq: event.seq, at: event.at, by: event.author.name ?? '' })

export type AgentCare = ReturnType<typeof createAgentCare>
