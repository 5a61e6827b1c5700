import { conversationRecord, followUpReason } from '@attune/empathy'
import type { FollowUp, FollowUpReason } from '@attune/protocol'
import { activeBefore, activeSince, NEWEST_ACTIVITY_FIRST, seenBy } from '../conversation-rows.ts'
import type { Database } from '../db/database.ts'
import type { ConversationLog } from '../log.ts'
import { log as serverLog } from '../logger.ts'
import { Refused } from '../refused.ts'
import type { CheckInEngine } from './engine.ts'

/*
 * The follow-up list (issue 16): chats that ended upset, why, and whether an agent followed up.
 * Which chats belong on it is @attune/empathy's `followUpReason`, read from each log; only the
 * agent's sending and the shopper's being asked are rows of their own (follow_ups).
 */

/** How far back the list looks: a follow-up weeks later reads as spam, not care. */
const LIST_DAYS = 30
/** The most chats the list holds, newest first. */
const LIST_LIMIT = 500
/**
 * How many of the window's resolved chats one read takes. Which of them belong on the list only
 * their logs tell (`followUpReason`), so the list reads on, older and older, until it is full or
 * the window ends: in a busy store, the upset chat of three days ago comes after hundreds of fine ones.
 */
const READ_BATCH = 500

type Row = {
  id: string
  /** updated_at to the microsecond, as text: where the next read goes on from (a Date keeps milliseconds). */
  cursor_at: string
  visitor_id: string
  ended_at: Date | string | null
  updated_at: Date | string
  sent_at: Date | string | null
  sent_by: string | null
  asked_at: Date | string | null
}

const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString())

/** A follow-up could not be sent; `reason` maps to the HTTP answer. */
class FollowUpRefused extends Refused<'not_found' | 'not_eligible' | 'already_sent'> {}

/**
 * The shopper turned off check-ins, and a follow-up is one: it is not sent (the HTTP API answers
 * 403 `forbidden`, as to anyone whom the store's rules do not let do it).
 */
export class ShopperOptedOut extends Error {
  constructor() {
    super('This shopper turned off check-ins; they are not asked how they feel now.')
  }
}

const SELECT = `
  SELECT c.id, c.visitor_id, c.updated_at, to_char(c.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS cursor_at,
         (SELECT max(e.created_at) FROM events e WHERE e.conversation_id = c.id AND e.kind = 'conversation.resolved') AS ended_at,
         f.sent_at, f.asked_at, p.name AS sent_by
  FROM conversations c
  LEFT JOIN follow_ups f ON f.conversation_id = c.id
  LEFT JOIN people p ON p.id = f.sent_by`

// The store's resolved chats of the window that `$4` may see, `$3` at a time, newest first; the
// next read goes on after the chat last active at `$5` with id `$6`, as search pages (search.ts).
const IN_WINDOW = `${SELECT} WHERE c.site_id = $1 AND c.status = 'resolved' AND ${activeSince('now() - make_interval(days => $2)')}
  AND ${seenBy('$4')}`
const NEWEST_FIRST = `ORDER BY ${NEWEST_ACTIVITY_FIRST}, c.id DESC LIMIT $3`
const FIRST_READ = `${IN_WINDOW} ${NEWEST_FIRST}`
const NEXT_READ = `${IN_WINDOW} AND ${activeBefore(`$5::timestamp AT TIME ZONE 'UTC'`, '$6::uuid')} ${NEWEST_FIRST}`

export function createFollowUps(db: Database, log: ConversationLog) {
  async function toFollowUps(rows: Row[]): Promise<FollowUp[]> {
    const logs = await log.checkInsOf(rows.map((r) => r.id))
    return rows.flatMap((row) => {
      const events = logs.get(row.id) ?? []
      const reason = followUpReason(events)
      if (!reason) return []
      const record = conversationRecord(events, { id: row.id, startedAt: '', language: 'und', agentId: null })
      return [
        {
          conversationId: row.id,
          visitorId: row.visitor_id,
          endedAt: iso(row.ended_at ?? row.updated_at)!,
          reason,
          moodBefore: record.moodBefore,
          moodAfter: record.moodAfter,
          sentAt: iso(row.sent_at),
          sentBy: row.sent_by,
          askedAt: iso(row.asked_at),
          moodFollowUp: record.moodFollowUp,
        },
      ]
    })
  }

  /** The window's resolved chats, READ_BATCH at a time, newest first, until there are no more. */
  async function* resolvedInWindow(siteId: string, narrowedTo: string | null): AsyncGenerator<Row[]> {
    const window = [siteId, LIST_DAYS, READ_BATCH, narrowedTo]
    let rows = await db.query<Row>(FIRST_READ, window)
    for (;;) {
      yield rows
      const last = rows.at(-1)
      if (rows.length < READ_BATCH || !last) return
      rows = await db.query<Row>(NEXT_READ, [...window, last.cursor_at, last.id])
    }
  }

  return {
    /**
     * The store's resolved chats of the last LIST_DAYS that ended upset, the newest LIST_LIMIT:
     * all of them, or with `narrowedTo` an agent's id (team/visible.ts), that agent's and the unassigned.
     */
    async list(siteId: string, narrowedTo: string | null): Promise<FollowUp[]> {
      const listed: FollowUp[] = []
      for await (const rows of resolvedInWindow(siteId, narrowedTo)) {
        listed.push(...(await toFollowUps(rows)))
        if (listed.length >= LIST_LIMIT) break
      }
      return listed.slice(0, LIST_LIMIT)
    },

    /** One chat of the store, as the list shows it; null when it is not on the list. */
    async one(siteId: string, conversationId: string): Promise<FollowUp | null> {
      const rows = await db.query<Row>(`${SELECT} WHERE c.site_id = $1 AND c.id = $2 AND c.status = 'resolved'`, [siteId, conversationId])
      return (await toFollowUps(rows))[0] ?? null
    },

    /** An agent follows up: the shopper is asked the next time their widget connects. Once per chat. */
    async send(siteId: string, conversationId: string, personId: string): Promise<FollowUp> {
      const current = await this.one(siteId, conversationId)
      if (!current) {
        const [exists] = await db.query('SELECT 1 FROM conversations WHERE site_id = $1 AND id = $2', [siteId, conversationId])
        if (!exists) throw new FollowUpRefused('not_found', 'No such conversation in this store.')
        throw new FollowUpRefused('not_eligible', 'Only a chat that ended upset, unresolved or not understood is followed up.')
      }
      const [shopper] = await db.query<{ checkins_opted_out: boolean }>('SELECT checkins_opted_out FROM visitors WHERE id = $1', [current.visitorId])
      if (shopper?.checkins_opted_out) throw new ShopperOptedOut()
      const inserted = await db.query(
        `INSERT INTO follow_ups (conversation_id, site_id, visitor_id, reason, sent_by)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (conversation_id) DO NOTHING RETURNING conversation_id`,
        [conversationId, siteId, current.visitorId, current.reason satisfies FollowUpReason, personId],
      )
      if (inserted.length === 0) throw new FollowUpRefused('already_sent', 'This chat was followed up already.')
      return (await this.one(siteId, conversationId))!
    },
  }
}

/**
 * The shopper's widget connected: when an agent followed up one of their chats and they are not
 * in a chat now, ask that chat's follow-up (claimed once, so two tabs never both ask) and return
 * its id, the conversation the welcome should resume. Null when there is nothing to ask, or the
 * ask did not happen: then the claim is given back, so the list never says "asked" of a shopper
 * who was not, and their next connection tries again.
 */
export async function askFollowUpOnConnect(db: Database, engine: Pick<CheckInEngine, 'askFollowUp'>, visitorId: string): Promise<string | null> {
  const [claimed] = await db.query<{ conversation_id: string }>(
    `UPDATE follow_ups SET asked_at = now() WHERE conversation_id = (
       SELECT f.conversation_id FROM follow_ups f
       WHERE f.visitor_id = $1 AND f.asked_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM conversations c WHERE c.visitor_id = $1 AND c.status = 'open')
       ORDER BY f.sent_at LIMIT 1
     ) AND asked_at IS NULL RETURNING conversation_id`,
    [visitorId],
  )
  if (!claimed) return null
  const conversationId = claimed.conversation_id
  // A failed ask is logged, not thrown: the shopper's welcome goes on without it.
  const asked = await engine.askFollowUp(conversationId).catch((error: unknown) => {
    serverLog.error({ err: error, conversation: conversationId }, 'asking a follow-up failed')
    return false
  })
  if (asked) return conversationId
  // The rules asked nothing (the shopper turned off check-ins since it was sent), or failed.
  await db.query('UPDATE follow_ups SET asked_at = NULL WHERE conversation_id = $1', [conversationId])
  return null
}
