import * as v from 'valibot'

/** Who wrote an event: the shopper, a store agent, or Attune itself. */
export const AuthorSchema = v.object({
  role: v.picklist(['visitor', 'agent', 'system']),
  id: v.string(),
  name: v.optional(v.string()),
})
export type Author = v.InferOutput<typeof AuthorSchema>

const base = {
  /** Position in the conversation log: 1, 2, 3… with no gaps. */
  seq: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** When the server stored it, ISO 8601. */
  at: v.string(),
  author: AuthorSchema,
}

export const MessageEventSchema = v.object({
  ...base,
  kind: v.literal('message'),
  /** The id the sender's client gave the message, so it can match the event to its outbox. */
  clientId: v.string(),
  text: v.string(),
})

export const ResolvedEventSchema = v.object({
  ...base,
  kind: v.literal('conversation.resolved'),
})

/** One entry of a conversation's append-only log. Typing is never logged. */
export const ConversationEventSchema = v.variant('kind', [MessageEventSchema, ResolvedEventSchema])

export type MessageEvent = v.InferOutput<typeof MessageEventSchema>
export type ResolvedEvent = v.InferOutput<typeof ResolvedEventSchema>
export type ConversationEvent = v.InferOutput<typeof ConversationEventSchema>
export type EventKind = ConversationEvent['kind']

export const ConversationStatusSchema = v.picklist(['open', 'resolved'])
export type ConversationStatus = v.InferOutput<typeof ConversationStatusSchema>

/** What an agent's inbox list shows of one conversation. */
export const ConversationSummarySchema = v.object({
  id: v.string(),
  visitorId: v.string(),
  status: ConversationStatusSchema,
  lastSeq: v.number(),
  createdAt: v.string(),
  updatedAt: v.string(),
  /** The newest message, for the list preview. */
  lastMessage: v.nullable(
    v.object({ text: v.string(), role: AuthorSchema.entries.role, at: v.string() }),
  ),
  /** Since when the shopper has waited for an agent's answer, or null when nobody waits. */
  waitingSince: v.nullable(v.string()),
})
export type ConversationSummary = v.InferOutput<typeof ConversationSummarySchema>
