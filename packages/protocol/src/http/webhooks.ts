import * as v from 'valibot'
import { CheckInAnswerSchema } from '../checkins.ts'
import { AuthorSchema } from '../events.ts'

/*
 * Webhooks (issue 15): a store's own server hears what happens in its chats. The management
 * routes' shapes, then the bodies Attune POSTs (one per event type), which receivers may
 * validate with these same schemas. docs/decisions/020.
 */

/** What an endpoint can subscribe to, as a closed set. */
export const WebhookEvent = {
  /** A shopper's first message or panel opened a new conversation. */
  ConversationCreated: 'conversation.created',
  /** A shopper or an agent wrote in a conversation. */
  MessageCreated: 'message.created',
  /**
   * An agent resolved a conversation, the shopper ended the chat, or Attune closed it (`by.role`
   * `system`: the shopper signed in, and the chat went on in their account's conversation).
   */
  ConversationResolved: 'conversation.resolved',
  /** The shopper answered a check-in (how they feel). */
  CheckInAnswered: 'checkin.answered',
} as const
export type WebhookEvent = (typeof WebhookEvent)[keyof typeof WebhookEvent]
export const WEBHOOK_EVENTS = Object.values(WebhookEvent) as readonly WebhookEvent[]

/** The header carrying `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. */
export const WEBHOOK_SIGNATURE_HEADER = 'Attune-Signature'

const WebhookEventSchema = v.picklist(WEBHOOK_EVENTS, `An event is one of ${WEBHOOK_EVENTS.join(', ')}.`)

/** `POST /api/webhooks`: where to POST and what about. */
export const CreateWebhookRequestSchema = v.object({
  url: v.pipe(v.string(), v.trim(), v.nonEmpty('Give the endpoint’s URL.'), v.maxLength(2000, 'At most 2,000 characters.')),
  events: v.pipe(v.array(WebhookEventSchema), v.nonEmpty('Choose at least one event.')),
})
export type CreateWebhookRequest = v.InferOutput<typeof CreateWebhookRequestSchema>

/** An endpoint as listed; its secret is never listed again after creation. */
export const WebhookEndpointSchema = v.object({
  id: v.string(),
  url: v.string(),
  events: v.array(WebhookEventSchema),
  createdAt: v.string(),
})
export type WebhookEndpoint = v.InferOutput<typeof WebhookEndpointSchema>

/** `POST /api/webhooks` (201) and `POST /api/webhooks/:id/rotate`: the signing secret, shown this once. */
export const WebhookSecretResponseSchema = v.object({ endpoint: WebhookEndpointSchema, secret: v.string() })
export type WebhookSecretResponse = v.InferOutput<typeof WebhookSecretResponseSchema>

/** One try at delivering one event to one endpoint, for the delivery log. */
export const WebhookAttemptSchema = v.object({
  id: v.string(),
  /** Absent once the endpoint was removed. */
  endpointId: v.nullable(v.string()),
  url: v.string(),
  /** One of WEBHOOK_EVENTS, or `webhook.test`. */
  event: v.string(),
  /** 1 for the first try, 2 for the first retry… */
  attempt: v.number(),
  /** The endpoint's HTTP status; null when it never answered (see `error`). */
  status: v.nullable(v.number()),
  /** Why it failed without a status (timeout, refused…); null otherwise. */
  error: v.nullable(v.string()),
  durationMs: v.number(),
  at: v.string(),
  /** When the next try is due; null when delivered or given up. */
  retryAt: v.nullable(v.string()),
})
export type WebhookAttempt = v.InferOutput<typeof WebhookAttemptSchema>

/** `GET /api/webhooks`: the store's endpoints and its last 100 attempts, newest first. */
export const WebhooksResponseSchema = v.object({
  endpoints: v.array(WebhookEndpointSchema),
  attempts: v.array(WebhookAttemptSchema),
})
export type WebhooksResponse = v.InferOutput<typeof WebhooksResponseSchema>

/** `POST /api/webhooks/:id/test` (202): a `webhook.test` body is queued for that endpoint. */
export const WebhookTestResponseSchema = v.object({ queued: v.literal(true) })

// ——— The bodies Attune POSTs ———

const ConversationRef = v.object({ id: v.string(), visitorId: v.string() })

const envelope = <T extends string, D extends v.ObjectEntries>(type: T, data: D) =>
  v.object({
    /** The same on every retry of one delivery: receivers drop a repeat by it. */
    id: v.string(),
    type: v.literal(type),
    /** When the event happened, ISO 8601. */
    createdAt: v.string(),
    store: v.object({ key: v.string() }),
    data: v.object(data),
  })

/** A file a message carried: what it is, not a link (links expire and are the store's to sign). */
const WebhookFileSchema = v.object({ id: v.string(), name: v.string(), type: v.string(), size: v.number() })

const ConversationCreatedPayloadSchema = envelope('conversation.created', { conversation: ConversationRef })

const MessageCreatedPayloadSchema = envelope('message.created', {
  conversation: ConversationRef,
  message: v.object({ seq: v.number(), author: AuthorSchema, text: v.string(), files: v.array(WebhookFileSchema) }),
})

const ConversationResolvedPayloadSchema = envelope('conversation.resolved', {
  conversation: ConversationRef,
  seq: v.number(),
  /** The agent who resolved it, the shopper who ended the chat, or Attune (a sign-in's merge). */
  by: AuthorSchema,
})

const CheckInAnsweredPayloadSchema = envelope('checkin.answered', {
  conversation: ConversationRef,
  seq: v.number(),
  answer: CheckInAnswerSchema,
})

/** What "Send a test event" POSTs: the same envelope, nothing real inside. */
const WebhookTestPayloadSchema = envelope('webhook.test', { message: v.string() })

/** Any body an endpoint may receive; `type` tells them apart. */
export const WebhookPayloadSchema = v.variant('type', [
  ConversationCreatedPayloadSchema,
  MessageCreatedPayloadSchema,
  ConversationResolvedPayloadSchema,
  CheckInAnsweredPayloadSchema,
  WebhookTestPayloadSchema,
])
export type WebhookPayload = v.InferOutput<typeof WebhookPayloadSchema>
