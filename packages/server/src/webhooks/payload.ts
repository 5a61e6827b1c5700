import { randomUUID } from 'node:crypto'
import type { ConversationEvent, WebhookEvent, WebhookPayload } from '@attune/protocol'

type Conversation = { id: string; visitorId: string }

/** The webhook a log event is, if any: only these kinds leave the server. */
const EVENT_OF_KIND: Partial<Record<ConversationEvent['kind'], WebhookEvent>> = {
  message: 'message.created',
  'conversation.resolved': 'conversation.resolved',
  'checkin.answered': 'checkin.answered',
}

export function webhookEventOf(event: ConversationEvent): WebhookEvent | null {
  return EVENT_OF_KIND[event.kind] ?? null
}

const envelope = (storeKey: string, createdAt: string) => ({ id: randomUUID(), createdAt, store: { key: storeKey } })

/**
 * The body for a logged event. Built field by field, never by spreading the event: what leaves
 * the server is chosen here. Nothing agent-only may ever be added (internal notes, the
 * frustration signal, care offers, abuse flags): a receiver is outside the team.
 */
export function eventPayload(storeKey: string, conversation: Conversation, event: ConversationEvent): WebhookPayload | null {
  const base = envelope(storeKey, event.at)
  switch (event.kind) {
    case 'message': {
      const files = (event.attachments ?? []).map(({ id, name, type, size }) => ({ id, name, type, size }))
      const message = { seq: event.seq, author: event.author, text: event.text, files }
      return { ...base, type: 'message.created', data: { conversation, message } }
    }
    case 'conversation.resolved':
      return { ...base, type: 'conversation.resolved', data: { conversation, seq: event.seq, by: event.author } }
    case 'checkin.answered':
      return { ...base, type: 'checkin.answered', data: { conversation, seq: event.seq, answer: event.answer } }
    default:
      return null
  }
}

export function createdPayload(storeKey: string, conversation: Conversation, at: Date): WebhookPayload {
  return { ...envelope(storeKey, at.toISOString()), type: 'conversation.created', data: { conversation } }
}

export function testPayload(storeKey: string, at: Date): WebhookPayload {
  return { ...envelope(storeKey, at.toISOString()), type: 'webhook.test', data: { message: 'A test event from Attune: this endpoint is reached.' } }
}
