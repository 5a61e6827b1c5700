import * as v from 'valibot'
import { CheckInAnswerSchema, CheckInPhaseSchema, CheckInTriggerSchema, FrustrationLevelSchema, MoodSchema, ReasonSchema } from './checkins.ts'

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

/** A file a message carries: uploaded first (POST /api/uploads), then referenced by id. */
export const AttachmentSchema = v.object({
  id: v.string(),
  name: v.string(),
  /** MIME type, e.g. `image/png`. */
  type: v.string(),
  /** Bytes. */
  size: v.number(),
  /** Where to fetch it (absolute path on the Attune server). */
  url: v.string(),
})
export type Attachment = v.InferOutput<typeof AttachmentSchema>

export const MessageEventSchema = v.object({
  ...base,
  kind: v.literal('message'),
  /** The id the sender's client gave the message, so it can match the event to its outbox. */
  clientId: v.string(),
  /** May be empty when the message is only files. */
  text: v.string(),
  attachments: v.optional(v.array(AttachmentSchema)),
  /** Buttons an agent offers; tapping one sends its text as the shopper's reply. */
  quickReplies: v.optional(v.array(v.string())),
})

export const ResolvedEventSchema = v.object({
  ...base,
  kind: v.literal('conversation.resolved'),
})

/** The server asked the shopper a check-in; clients render the card. */
export const CheckInAskedEventSchema = v.object({
  ...base,
  kind: v.literal('checkin.asked'),
  phase: CheckInPhaseSchema,
  trigger: CheckInTriggerSchema,
})

export const CheckInAnsweredEventSchema = v.object({
  ...base,
  kind: v.literal('checkin.answered'),
  clientId: v.string(),
  answer: CheckInAnswerSchema,
})

export const CheckInSkippedEventSchema = v.object({
  ...base,
  kind: v.literal('checkin.skipped'),
  clientId: v.string(),
  phase: CheckInPhaseSchema,
})

/** The server's frustration detector crossed a level on the shopper's recent messages. */
export const SignalRaisedEventSchema = v.object({
  ...base,
  kind: v.literal('signal.raised'),
  level: FrustrationLevelSchema,
  score: v.number(),
  cues: v.array(v.object({ kind: v.string(), detail: v.optional(v.string()) })),
})

/** An agent handed the conversation to the store's managers (issue 16); they were alerted. */
export const HandedOffEventSchema = v.object({
  ...base,
  kind: v.literal('conversation.handed_off'),
})

/** One entry of a conversation's append-only log. Typing is never logged. */
export const ConversationEventSchema = v.variant('kind', [
  MessageEventSchema,
  ResolvedEventSchema,
  HandedOffEventSchema,
  CheckInAskedEventSchema,
  CheckInAnsweredEventSchema,
  CheckInSkippedEventSchema,
  SignalRaisedEventSchema,
])

export type MessageEvent = v.InferOutput<typeof MessageEventSchema>
export type ResolvedEvent = v.InferOutput<typeof ResolvedEventSchema>
export type HandedOffEvent = v.InferOutput<typeof HandedOffEventSchema>
export type CheckInAskedEvent = v.InferOutput<typeof CheckInAskedEventSchema>
export type CheckInAnsweredEvent = v.InferOutput<typeof CheckInAnsweredEventSchema>
export type CheckInSkippedEvent = v.InferOutput<typeof CheckInSkippedEventSchema>
export type SignalRaisedEvent = v.InferOutput<typeof SignalRaisedEventSchema>
export type ConversationEvent = v.InferOutput<typeof ConversationEventSchema>
export type EventKind = ConversationEvent['kind']

export const ConversationStatusSchema = v.picklist(['open', 'resolved'])
export type ConversationStatus = v.InferOutput<typeof ConversationStatusSchema>

/** How the shopper feels, as the server reads it from the log: what the agent's card shows. */
export const EmpathySnapshotSchema = v.object({
  /** The before-chat answer. */
  moodBefore: v.nullable(MoodSchema),
  /** The latest mood answer (after, else before). */
  moodNow: v.nullable(MoodSchema),
  /** The after-chat answer: with moodBefore, the change the chat made. */
  moodAfter: v.nullable(MoodSchema),
  /** Moments the shopper skipped (so the card can say "Skipped" rather than "Not asked"). */
  skipped: v.array(CheckInPhaseSchema),
  reason: v.nullable(ReasonSchema),
  topic: v.nullable(v.string()),
  /** The latest during answer: true "Yes", false "Not yet", null unasked or unanswered. */
  understood: v.nullable(v.boolean()),
  /** The frustration signal of the shopper's recent messages, recomputed by the server. */
  signal: v.object({
    level: FrustrationLevelSchema,
    score: v.number(),
    cues: v.array(v.object({ kind: v.string(), detail: v.optional(v.string()) })),
  }),
  /** The shopper's language as detected or announced (BCP 47), for suggestions and insights. */
  language: v.nullable(v.string()),
  /** A check-in the shopper has been asked and not yet answered. */
  pending: v.nullable(CheckInPhaseSchema),
  /** The after-chat comment, shown to the agent with the chat (issue 16); absent from older servers. */
  comment: v.optional(v.nullable(v.string())),
})

/** What the store's page told us about the shopper: where they are, and what the store passed in. */
export const ShopperContextSchema = v.object({
  page: v.optional(v.object({ url: v.string(), title: v.optional(v.string()) })),
  attributes: v.optional(v.record(v.string(), v.nullable(v.union([v.string(), v.number(), v.boolean()])))),
})
export type ShopperContext = v.InferOutput<typeof ShopperContextSchema>
export type EmpathySnapshot = v.InferOutput<typeof EmpathySnapshotSchema>

/**
 * A conversation an agent handed to a manager (issue 16): the list's marker while it stands, and
 * the timeline's note for good.
 */
export const HandoffSchema = v.object({
  /** The `conversation.handed_off` event's seq. */
  seq: v.number(),
  at: v.string(),
  /** The agent's name. */
  by: v.string(),
  /**
   * A manager acted on it (took it, assigned it, wrote in it) or the conversation ended: the list
   * drops its marker, an agent may hand it off again, and the note stays where it was made.
   */
  answered: v.optional(v.literal(true)),
})
export type Handoff = v.InferOutput<typeof HandoffSchema>

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
    v.object({
      text: v.string(),
      role: AuthorSchema.entries.role,
      at: v.string(),
      /** The name of its first attached file, if it has one (a photo sent without words). */
      file: v.optional(v.string()),
    }),
  ),
  /** Since when the shopper has waited for an agent's answer, or null when nobody waits. */
  waitingSince: v.nullable(v.string()),
  /** The shopper's feeling; absent from servers that predate check-ins. */
  empathy: v.optional(EmpathySnapshotSchema),
  /** The shopper's page and the store's attributes (Attune('update', …)). */
  context: v.optional(ShopperContextSchema),
  /** Set once an agent handed the conversation to a manager: the list says so. */
  handoff: v.optional(HandoffSchema),
  /** Seqs of the shopper's messages that carry abuse (the detector's `abuse` cue): flagged to the agent. */
  abusive: v.optional(v.array(v.number())),
  /** The person the conversation is assigned to; absent while it waits in "Unassigned" (issue 14). */
  assignee: v.optional(v.object({ id: v.string(), name: v.string() })),
  /** The note of the transfer that gave it to its assignee: for the team, never the shopper (issue 14). */
  transfer: v.optional(v.object({ by: v.string(), note: v.string(), at: v.string() })),
  /** The store's tags on this conversation, in the order they were added (issue 14). */
  tags: v.optional(v.array(v.string())),
  /** The name the store's page gave when it identified the shopper (`Attune('identify', { name })`): a canned reply's {shopper_name}. */
  visitorName: v.optional(v.string()),
})
export type ConversationSummary = v.InferOutput<typeof ConversationSummarySchema>
