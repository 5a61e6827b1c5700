import type { Attachment, Author } from '@attune/protocol'
import type { ChannelState } from './channel-state.ts'
import type { AttuneErrorCode } from './errors.ts'
import type { StoredSend } from './outbox.ts'

/** Where one of our own messages stands. Core writes the values as literals (see ConnectionStatus). */
export const DeliveryState = {
  /** Shown at once; waiting for the server's ack (kept in the outbox meanwhile). */
  Sending: 'sending',
  /** Stored by the server at a seq. */
  Sent: 'sent',
  /** Reached the other side's screen. */
  Delivered: 'delivered',
  /** The other side read it. */
  Read: 'read',
  /** Refused by the server; `retry(key)` sends it again. */
  Failed: 'failed',
} as const
export type DeliveryState = (typeof DeliveryState)[keyof typeof DeliveryState]

export type TimelineItem =
  | {
      key: string
      kind: 'message'
      role: Author['role']
      text: string
      at: string
      state: DeliveryState
      seq?: number
      authorName?: string
      attachments?: Attachment[]
      /** Buttons the agent offered; tapping one sends its text. */
      quickReplies?: string[]
      /** Why the server refused a failed message for good; only the agent client tells (agent-client.ts). */
      refusal?: AttuneErrorCode
    }
  | { key: string; kind: 'resolved'; at: string; seq: number }

/** A message this side typed that the server has not yet confirmed in the log. */
export interface PendingMessage extends StoredSend {
  state: DeliveryState
  seq?: number
}

/** How far the other side has got: everything up to these seqs reached them / was read. */
export interface PeerMarks {
  delivered: number
  read: number
}

export const NO_MARKS: PeerMarks = { delivered: 0, read: 0 }

function stateOf(seq: number, marks: PeerMarks): DeliveryState {
  if (seq <= marks.read) return 'read'
  if (seq <= marks.delivered) return 'delivered'
  return 'sent'
}

/**
 * A channel's lines, drawn from its log and its pending sends (a pending send disappears once its
 * event arrives); the other side's marks give our own messages their ticks.
 */
export function toTimeline({ id: conversationId, events, pending, role: selfRole, marks }: ChannelState): TimelineItem[] {
  const items: TimelineItem[] = []
  const stored = new Set<string>()
  for (const event of events) {
    if (event.kind === 'message') {
      stored.add(event.clientId)
      // The event's own fields (absent optional ones stay absent: readers check `?.length`), named
      // as items name them.
      items.push({
        ...event,
        key: event.clientId,
        role: event.author.role,
        // Delivery states describe our own messages; the other side's are simply there.
        state: event.author.role === selfRole ? stateOf(event.seq, marks) : 'sent',
        authorName: event.author.name,
      })
    } else if (event.kind === 'conversation.resolved') {
      items.push({ ...event, key: `${conversationId}#${event.seq}`, kind: 'resolved' })
    }
    // Check-ins and signals are not chat lines: core keeps them in their own stores.
  }
  for (const message of pending) {
    if (stored.has(message.clientId)) continue
    // A pending message has the item's fields already; its clientId is the key.
    items.push({ ...message, key: message.clientId, kind: 'message', role: selfRole })
  }
  return items
}
