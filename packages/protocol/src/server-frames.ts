import * as v from 'valibot'
import { NoticeFrameSchema } from './care.ts'
import { RoleSchema } from './roles.ts'
import { ERROR_CODES } from './errors.ts'
import { CheckInAskedEventSchema, ConversationEventSchema, ConversationSummarySchema, AuthorSchema } from './events.ts'
import { ToldUsSchema } from './http/follow-ups.ts'
import { SiteResponseSchema } from './http/widget.ts'
import { NoteFrameSchema } from './http/notes.ts'
import { TeamFrameSchema } from './presence.ts'

const conversationRef = v.object({
  id: v.string(),
  lastSeq: v.number(),
  status: ConversationSummarySchema.entries.status,
  /**
   * How far the shopper has read it (the `read` marks the server keeps), so their unread count
   * agrees on every device. Servers before it sent none: a client counts from 0, as on a new device.
   */
  readSeq: v.optional(v.number()),
})

/**
 * Answers a visitor's hello: the token to keep, the conversation to resume (if any) and the
 * store's public details (its name, what the check-in cards ask, what it accepts as files), so a
 * shopper's client needs no request of its own for them. The welcome after an identify leaves them
 * out (the connection's first welcome had them), and so did servers before them.
 */
export const VisitorWelcomeFrameSchema = v.object({
  type: v.literal('welcome'),
  role: v.literal('visitor'),
  token: v.string(),
  visitorId: v.string(),
  conversation: v.nullable(conversationRef),
  site: v.optional(SiteResponseSchema),
  /** Once, to an identified shopper whose after-chat comment the store acted on (issue 16). */
  toldUs: v.optional(ToldUsSchema),
})

/** Answers an agent's hello: who they are and the store's conversations. */
export const AgentWelcomeFrameSchema = v.object({
  type: v.literal('welcome'),
  role: v.literal('agent'),
  agent: v.object({ id: v.string(), name: v.string(), email: v.string(), siteKey: v.optional(v.string()), role: v.optional(RoleSchema) }),
  conversations: v.array(ConversationSummarySchema),
})

/**
 * The check-in card open to the shopper once an event is in the log (decision 003: the server
 * decides; decision 010: it also says which card is open, so a shopper's client carries none of
 * the rules). Both are empathy's rules over the log up to that event.
 */
export const CheckInNewsSchema = v.object({
  /** The newest check-in waiting for an answer (`pendingCheckIn`): an answer closes it. */
  pending: v.nullable(CheckInAskedEventSchema),
  /**
   * The newest check-in that still takes answers (`answerableCheckIn`): a card the shopper answered
   * in part stays open while this is it, and an answer does not close it.
   */
  answerable: v.nullable(CheckInAskedEventSchema),
})

export const EventFrameSchema = v.object({
  type: v.literal('event'),
  conversationId: v.string(),
  event: ConversationEventSchema,
  /**
   * To a shopper only: the open card after this event, when the event changed it and with the
   * first event a subscription sends (absent: as it was). Comes with its event, so it never runs
   * ahead of the log, and a replay brings it again. Agents and servers before it send none.
   */
  checkIn: v.optional(CheckInNewsSchema),
})

/**
 * Confirms a send or resolve: stored at `seq` (the original seq when it was a duplicate), in
 * `conversationId`. It comes before the stored event, so a shopper's client whose message opened
 * a new conversation (after a resolve) moves there on the ack, and finds its event there.
 */
export const AckFrameSchema = v.object({
  type: v.literal('ack'),
  clientId: v.string(),
  conversationId: v.string(),
  seq: v.number(),
})

/** Sent after a resume's replay: everything up to `lastSeq` has been delivered. */
export const SyncedFrameSchema = v.object({
  type: v.literal('synced'),
  conversationId: v.string(),
  lastSeq: v.number(),
})

export const PeerTypingFrameSchema = v.object({
  type: v.literal('typing'),
  conversationId: v.string(),
  role: AuthorSchema.entries.role,
  typing: v.boolean(),
  /** Who types, by the name their messages carry (an agent's, when they have one). */
  name: AuthorSchema.entries.name,
})

export const PeerReadFrameSchema = v.object({
  type: v.literal('read'),
  conversationId: v.string(),
  role: AuthorSchema.entries.role,
  seq: v.number(),
  /** Absent means 'read'. */
  mark: v.optional(v.picklist(['delivered', 'read'])),
})

/** Answers `history`: older events, oldest first, and whether there are more before them. */
export const HistoryResultFrameSchema = v.object({
  type: v.literal('history'),
  conversationId: v.string(),
  events: v.array(ConversationEventSchema),
  hasMore: v.boolean(),
})

/** An agent's list changed: a conversation was opened, written to or resolved, or went with its shopper. */
export const ConversationFrameSchema = v.object({
  type: v.literal('conversation'),
  conversation: ConversationSummarySchema,
  /**
   * The shopper's data was erased (their right to erasure): the update drops the conversation, and
   * the inbox forgets the rest of it, an open view and a draft too. A resolved conversation's update
   * is the same but for this mark; neither carries anything the shopper said (server: visitors.ts).
   */
  erased: v.optional(v.literal(true)),
})

export const ErrorFrameSchema = v.object({
  type: v.literal('error'),
  code: v.picklist(ERROR_CODES),
  message: v.string(),
  /** The clientId (or frame type) the error answers, when there is one. */
  ref: v.optional(v.string()),
  /** With `rate_limited` or `unavailable`: how long to wait before sending the same frame again (at least `MIN_RETRY_MS`). */
  retryAfterMs: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
})

export const PongFrameSchema = v.object({ type: v.literal('pong') })

/** How many of the store's agents are online now (the widget's header shows it). */
export const PresenceFrameSchema = v.object({ type: v.literal('presence'), agentsOnline: v.number() })

/**
 * A notice for the store's managers, admins and owners (Permission.ReceiveAlerts): a shopper's
 * message threatened a public review or a complaint to an authority (issue 16). Never sent to
 * agents; the conversation's card shows the cue to everyone who opens it.
 */
export const AlertFrameSchema = v.object({
  type: v.literal('alert'),
  alert: v.object({
    kind: v.literal('complaint'),
    conversationId: v.string(),
    /** The message that carried the cue. */
    seq: v.number(),
    /** The shopper's name when the store identified them. */
    visitorName: v.nullable(v.string()),
    /** What the detector matched, e.g. "1-star review". */
    detail: v.nullable(v.string()),
    /** ISO 8601. */
    at: v.string(),
  }),
})

/**
 * Every frame a shopper's connection can receive: what the visitor-side parser knows (issue 13:
 * a shopper's panel leaves the agents' frames out). Agents receive these too, except the welcome.
 */
export const VisitorServerFrameSchema = v.union([
  VisitorWelcomeFrameSchema,
  EventFrameSchema,
  AckFrameSchema,
  SyncedFrameSchema,
  PeerTypingFrameSchema,
  PeerReadFrameSchema,
  HistoryResultFrameSchema,
  ErrorFrameSchema,
  PongFrameSchema,
  PresenceFrameSchema,
])

/** Every frame the server sends, to either role: the visitor's frames and those only agents receive. */
export const ServerFrameSchema = v.union([
  ...VisitorServerFrameSchema.options,
  AgentWelcomeFrameSchema,
  ConversationFrameSchema,
  NoticeFrameSchema,
  AlertFrameSchema,
  NoteFrameSchema,
  TeamFrameSchema,
])

export type VisitorWelcomeFrame = v.InferOutput<typeof VisitorWelcomeFrameSchema>
export type AgentWelcomeFrame = v.InferOutput<typeof AgentWelcomeFrameSchema>
export type EventFrame = v.InferOutput<typeof EventFrameSchema>
export type CheckInNews = v.InferOutput<typeof CheckInNewsSchema>
export type AckFrame = v.InferOutput<typeof AckFrameSchema>
export type SyncedFrame = v.InferOutput<typeof SyncedFrameSchema>
export type PeerTypingFrame = v.InferOutput<typeof PeerTypingFrameSchema>
export type HistoryResultFrame = v.InferOutput<typeof HistoryResultFrameSchema>
export type PeerReadFrame = v.InferOutput<typeof PeerReadFrameSchema>
export type ConversationFrame = v.InferOutput<typeof ConversationFrameSchema>
export type ErrorFrame = v.InferOutput<typeof ErrorFrameSchema>
export type PresenceFrame = v.InferOutput<typeof PresenceFrameSchema>
export type AlertFrame = v.InferOutput<typeof AlertFrameSchema>
export type ServerFrame = v.InferOutput<typeof ServerFrameSchema>
export type VisitorServerFrame = v.InferOutput<typeof VisitorServerFrameSchema>
