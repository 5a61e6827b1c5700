import type { ConversationSummary } from '@attune/protocol'
import { topics, type Bus } from './bus.ts'
import { visitorChanged } from './conversations.ts'
import type { Database } from './db/database.ts'

type Time = string | Date
type VisitorRow = {
  id: string
  external_id: string | null
  name: string | null
  email: string | null
  context: unknown
  checkins_opted_out: boolean
  notify_email: string | null
  mail_unsubscribed_at: Time | null
  created_at: Time
  last_seen_at: Time
}
type ConversationRow = { id: string; status: string; language: string | null; page: string | null; created_at: Time; updated_at: Time }
type EventRow = {
  conversation_id: string
  seq: number
  kind: string
  author_role: string
  author_id: string
  author_name: string | null
  client_id: string | null
  body: unknown
  created_at: Time
}
type UploadRow = { id: string; name: string; type: string; size: number; created_at: Time }
/** After the chat (issue 16): a follow-up sent about a conversation, and what was done about its comment. */
type AfterChatRow = {
  conversation_id: string
  reason: string | null
  sent_at: Time | null
  asked_at: Time | null
  note: string | null
  acted_at: Time | null
  told_at: Time | null
}

const iso = (value: Time) => new Date(value).toISOString()

const when = (value: Time | null) => (value === null ? null : iso(value))

/** The follow-up sent about a conversation and what was done about its comment, each null when none. */
function afterChatOf(row: AfterChatRow | undefined) {
  return {
    followUp: row?.sent_at ? { reason: row.reason, sentAt: when(row.sent_at), askedAt: when(row.asked_at) } : null,
    commentActedOn: row?.note ? { note: row.note, at: when(row.acted_at), toldAt: when(row.told_at) } : null,
  }
}

/** Everything kept about one shopper (their right of access), as `attune-server visitor export` prints it. */
function toVisitorExport(visitor: VisitorRow, conversations: ConversationRow[], events: EventRow[], uploads: UploadRow[], afterChat: AfterChatRow[]) {
  const after = new Map(afterChat.map((row) => [row.conversation_id, row]))
  return {
    visitor: {
      id: visitor.id,
      externalId: visitor.external_id,
      name: visitor.name,
      email: visitor.email,
      context: visitor.context,
      checkInsOptedOut: visitor.checkins_opted_out,
      /** The address they left to be told of replies (issue 15), and when they unsubscribed. */
      notifyEmail: visitor.notify_email,
      mailUnsubscribedAt: when(visitor.mail_unsubscribed_at),
      createdAt: iso(visitor.created_at),
      lastSeenAt: iso(visitor.last_seen_at),
    },
    conversations: conversations.map((c) => ({
      id: c.id,
      status: c.status,
      language: c.language,
      page: c.page,
      createdAt: iso(c.created_at),
      updatedAt: iso(c.updated_at),
      events: events
        .filter((e) => e.conversation_id === c.id)
        .map((e) => ({
          seq: e.seq,
          kind: e.kind,
          author: { role: e.author_role, id: e.author_id, name: e.author_name },
          clientId: e.client_id,
          body: e.body,
          at: iso(e.created_at),
        })),
      ...afterChatOf(after.get(c.id)),
    })),
    /** Files the shopper attached, described; their bytes are in the database (upload_bytes) under these ids. */
    uploads: uploads.map((u) => ({ id: u.id, name: u.name, type: u.type, size: u.size, createdAt: iso(u.created_at) })),
  }
}
export type VisitorExport = ReturnType<typeof toVisitorExport>

// Ids come from URLs and the command line: compared as text, a malformed one is "not found", not a SQL error.
const FIND_VISITOR = `SELECT id, external_id, name, email, context, checkins_opted_out, notify_email, mail_unsubscribed_at, created_at, last_seen_at
  FROM visitors WHERE id::text = $1 AND site_id = $2`

/** Everything kept about a shopper of one store; null when the store has no such visitor. */
export async function exportVisitor(db: Database, siteId: string, visitorId: string): Promise<VisitorExport | null> {
  const [visitor] = await db.query<VisitorRow>(FIND_VISITOR, [visitorId, siteId])
  if (!visitor) return null
  const [conversations, events, uploads, afterChat] = await Promise.all([
    db.query<ConversationRow>(
      'SELECT id, status, language, page, created_at, updated_at FROM conversations WHERE visitor_id = $1 ORDER BY created_at, id',
      [visitor.id],
    ),
    db.query<EventRow>(
      `SELECT conversation_id, seq, kind, author_role, author_id, author_name, client_id, body, created_at FROM events
       WHERE conversation_id IN (SELECT id FROM conversations WHERE visitor_id = $1) ORDER BY conversation_id, seq`,
      [visitor.id],
    ),
    db.query<UploadRow>(
      `SELECT id, name, type, size, created_at FROM uploads WHERE site_id = $1 AND uploader_role = 'visitor' AND uploader_id = $2 ORDER BY created_at`,
      [siteId, visitor.id],
    ),
    db.query<AfterChatRow>(
      `SELECT c.id AS conversation_id, f.reason, f.sent_at, f.asked_at, a.note, a.acted_at, a.told_at FROM conversations c
       LEFT JOIN follow_ups f ON f.conversation_id = c.id LEFT JOIN feedback_actions a ON a.conversation_id = c.id
       WHERE c.visitor_id = $1 AND (f.conversation_id IS NOT NULL OR a.conversation_id IS NOT NULL)`,
      [visitor.id],
    ),
  ])
  return toVisitorExport(visitor, conversations, events, uploads, afterChat)
}

/**
 * A shopper just erased, and what open inboxes may still show of them: every conversation of theirs,
 * open or resolved (one may be open on an agent's screen from search or their earlier chats), as
 * each inbox is told to drop it (`announceErasure`).
 */
export type Erasure = { siteId: string; visitorId: string; dropped: ConversationSummary[] }

/** What is left of a conversation once erased, for the lists and views that hold it. */
type ErasedConversationRow = { id: string; last_seq: number; created_at: Time; updated_at: Time; assignee_id: string | null }

/**
 * The list's update that drops an erased conversation: not open, so every inbox lets it go (core
 * keeps only open ones), and nothing of what the shopper said or who they are (no name, no last
 * message, no context). The assignee is kept for its id alone: the gateway sends the update only
 * to the inboxes that may list the conversation (greeting.ts), and no name is shown of a row dropped.
 */
function droppedSummary(visitorId: string, row: ErasedConversationRow): ConversationSummary {
  return {
    id: row.id,
    visitorId,
    status: 'resolved',
    lastSeq: row.last_seq,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    lastMessage: null,
    waitingSince: null,
    ...(row.assignee_id ? { assignee: { id: row.assignee_id, name: '' } } : {}),
  }
}

/**
 * Deletes a shopper of one store and everything they said and answered (their right to
 * erasure): events, conversations, the visitor, and the files in their conversations or
 * uploaded by them, bytes and all (upload_bytes goes with its row; issue 11, finding 6), in one
 * transaction. Null when the store has no such visitor; else what the
 * running servers are to be told (`announceErasure`).
 */
export async function eraseVisitorData(db: Database, siteId: string, visitorId: string): Promise<Erasure | null> {
  const erased = await db.transaction(async (tx) => {
    const [visitor] = await tx.query<{ id: string }>('SELECT id FROM visitors WHERE id::text = $1 AND site_id = $2', [visitorId, siteId])
    if (!visitor) return null
    await tx.query(
      `DELETE FROM uploads WHERE site_id = $1 AND (
         (uploader_role = 'visitor' AND uploader_id = $2)
         OR id::text IN (
           SELECT jsonb_array_elements(e.body->'attachments')->>'id' FROM events e
           JOIN conversations c ON c.id = e.conversation_id
           WHERE c.visitor_id = $3 AND jsonb_typeof(e.body->'attachments') = 'array'
         )
       )`,
      [siteId, String(visitor.id), visitor.id],
    )
    await tx.query('DELETE FROM events WHERE conversation_id IN (SELECT id FROM conversations WHERE visitor_id = $1)', [visitor.id])
    // Read from the delete itself: the inboxes are told of exactly the conversations erased.
    const conversations = await tx.query<ErasedConversationRow>(
      'DELETE FROM conversations WHERE visitor_id = $1 RETURNING id, last_seq, created_at, updated_at, assignee_id',
      [visitor.id],
    )
    await tx.query('DELETE FROM visitors WHERE id = $1', [visitor.id])
    return { visitorId: String(visitor.id), conversations }
  })
  if (erased === null) return null
  return { siteId, visitorId: erased.visitorId, dropped: erased.conversations.map((row) => droppedSummary(erased.visitorId, row)) }
}

/** `eraseVisitorData` where nobody is to be told (a script, a test): whether the store had such a visitor. */
export async function eraseVisitor(db: Database, siteId: string, visitorId: string): Promise<boolean> {
  return (await eraseVisitorData(db, siteId, visitorId)) !== null
}

/**
 * Tells everyone a shopper was erased, on the servers' bus (the process's own, or Redis from the
 * CLI): every process drops what it keeps of their conversations (active-conversations.ts), and
 * every inbox of the store that may see one of their conversations, open or resolved, drops it, in
 * each tab; marked `erased`, not only resolved, so an inbox with it open closes the view and forgets
 * the draft, and its alerts and notices about it go.
 */
export function announceErasure(bus: Bus, erasure: Erasure): void {
  visitorChanged(bus, erasure.visitorId)
  for (const conversation of erasure.dropped) bus.publish(topics.site(erasure.siteId), { type: 'conversation', conversation, erased: true })
}
