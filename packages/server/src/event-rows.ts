import type { Author, ConversationEvent } from '@attune/protocol'

/*
 * How events are stored: the row, its columns, its mapping to the protocol's event, and the
 * log's two refusals. Shared by the log's reads and the group commit's writes (append-batch.ts).
 */

export class ConversationNotFoundError extends Error {
  override name = 'ConversationNotFoundError'
}
export class ConversationClosedError extends Error {
  override name = 'ConversationClosedError'
}

export type EventRow = {
  seq: number
  kind: string
  author_role: Author['role']
  author_id: string
  author_name: string | null
  client_id: string | null
  body: Record<string, unknown>
  created_at: Date | string
}

export const COLUMNS = 'seq, kind, author_role, author_id, author_name, client_id, body, created_at'

// The kinds whose protocol schema carries the client's id (the others were not sent by a client).
const CARRIES_CLIENT_ID: ReadonlySet<string> = new Set(['message', 'checkin.answered', 'checkin.skipped'])

/** The link a reader gets to an attached file; the stored one may have expired (issue 11, finding 6). */
export type AttachmentUrl = (uploadId: string) => string

/** Maps a stored row to the protocol's event shape (the one the wire carries). */
export function toStoredEvent(row: EventRow, attachmentUrl?: AttachmentUrl): ConversationEvent {
  const author: Author = { role: row.author_role, id: row.author_id }
  if (row.author_name !== null) author.name = row.author_name
  const attachments = row.body.attachments
  const event: Record<string, unknown> = {
    ...row.body,
    ...(attachmentUrl && Array.isArray(attachments)
      ? { attachments: attachments.map((a: { id: string }) => ({ ...a, url: attachmentUrl(a.id) })) }
      : {}),
    kind: row.kind,
    seq: row.seq,
    at: new Date(row.created_at).toISOString(),
    author,
  }
  if (CARRIES_CLIENT_ID.has(row.kind)) event.clientId = row.client_id ?? ''
  // Rows are only written through `append` with the protocol's own types, so the shape holds.
  return event as ConversationEvent
}
