import * as v from 'valibot'
import { CheckInAnswerSchema, CheckInPhaseSchema } from './checkins.ts'
import { clientString, MAX_SEQ } from './strings.ts'
import { ResumeRequestSchema } from './http/mail.ts'
import { MAX_ATTACHMENTS, MAX_QUICK_REPLIES, MAX_QUICK_REPLY_LENGTH, MAX_TEXT_LENGTH } from './version.ts'

// Every string below is a clientString (no NUL, no lone surrogate) and every number is bounded:
// what PostgreSQL would refuse is a bad_frame at the edge, never `internal` on every retry.
const id = v.pipe(clientString(), v.minLength(1), v.maxLength(100))
const seq = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_SEQ))
const text = v.pipe(
  clientString(),
  v.transform((s) => s.trim()),
  v.maxLength(MAX_TEXT_LENGTH, `A message is at most ${MAX_TEXT_LENGTH} characters.`),
)
const quickReply = v.pipe(
  clientString(),
  v.transform((s) => s.trim()),
  v.minLength(1),
  v.maxLength(MAX_QUICK_REPLY_LENGTH),
)

/**
 * Opens a session. A visitor passes the token it was given before, if any, and once, the token of
 * a reply email's reopen link (issue 15) it was opened from: the welcome is then that
 * conversation's shopper's, or, for a link that expired, the one `token` would get.
 */
export const HelloFrameSchema = v.object({
  type: v.literal('hello'),
  v: v.pipe(v.number(), v.integer()),
  token: v.optional(clientString()),
  reopen: v.optional(ResumeRequestSchema.entries.token),
})

/** Asks for every event of a conversation after `afterSeq`, then live ones. */
export const ResumeFrameSchema = v.object({
  type: v.literal('resume'),
  conversationId: id,
  afterSeq: seq,
})

/**
 * Sends a message. `clientId` makes it idempotent: the same id sent twice is stored once and
 * acked with the original seq. A visitor may leave out `conversationId` (its current one is
 * used, or a new one is opened); an agent must name it.
 */
export const SendFrameSchema = v.pipe(
  v.object({
    type: v.literal('send'),
    clientId: id,
    text,
    conversationId: v.optional(id),
    /** Ids of files uploaded before (POST /api/uploads). */
    attachments: v.optional(v.pipe(v.array(id), v.maxLength(MAX_ATTACHMENTS, `At most ${MAX_ATTACHMENTS} files per message.`))),
    /** Agents only: buttons the shopper can tap to answer. */
    quickReplies: v.optional(v.pipe(v.array(quickReply), v.maxLength(MAX_QUICK_REPLIES))),
  }),
  v.check((f) => f.text.length > 0 || (f.attachments?.length ?? 0) > 0, 'A message needs some text or a file.'),
)

export const TypingFrameSchema = v.object({
  type: v.literal('typing'),
  conversationId: id,
  typing: v.boolean(),
})

/**
 * Marks everything up to `seq` as read by this side, or, with `mark: 'delivered'`, as having
 * reached this side's screen (the shopper's "delivered" tick).
 */
export const ReadFrameSchema = v.object({
  type: v.literal('read'),
  conversationId: id,
  seq,
  mark: v.optional(v.picklist(['delivered', 'read'])),
})

/** Asks for up to `limit` events before `beforeSeq`: the timeline loads the latest page first. */
export const HistoryFrameSchema = v.object({
  type: v.literal('history'),
  conversationId: id,
  beforeSeq: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_SEQ)),
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200))),
})

/**
 * The store's page says who the shopper is. `userHash` is HMAC-SHA256(identity secret, id) in
 * hex, computed by the store's server, so a page cannot claim to be someone else. The server
 * merges the anonymous visitor into the verified one and answers with a fresh `welcome`.
 */
export const IdentifyFrameSchema = v.object({
  type: v.literal('identify'),
  id: v.pipe(clientString(), v.minLength(1), v.maxLength(200)),
  userHash: v.pipe(clientString(), v.regex(/^[0-9a-f]{64}$/i, 'userHash is a hex HMAC-SHA256.')),
  name: v.optional(v.pipe(clientString(), v.maxLength(200))),
  email: v.optional(v.pipe(clientString(), v.email(), v.maxLength(320))),
})

/** An agent closes the conversation. Idempotent through `clientId` like a send. */
export const ResolveFrameSchema = v.object({
  type: v.literal('resolve'),
  conversationId: id,
  clientId: id,
})

export const PingFrameSchema = v.object({ type: v.literal('ping') })

/**
 * The shopper opened the chat panel. The server opens a conversation if there is none and runs
 * the before-chat rule, which may append `checkin.asked`.
 */
export const OpenFrameSchema = v.object({
  type: v.literal('open'),
  /** The page the shopper is on, for the agent's context. */
  page: v.optional(v.pipe(clientString(), v.maxLength(2000))),
  locale: v.optional(v.pipe(clientString(), v.maxLength(35))),
  /** The page's boot override: a store page may switch moments off, never on. */
  checkIns: v.optional(v.object({ before: v.optional(v.boolean()), during: v.optional(v.boolean()), after: v.optional(v.boolean()) })),
})

/** The shopper answers the pending check-in. Idempotent through `clientId`. */
export const AnswerFrameSchema = v.object({
  type: v.literal('answer'),
  clientId: id,
  conversationId: id,
  answer: CheckInAnswerSchema,
})

/** The shopper skips the pending check-in; `forever` means "don't ask me again". */
export const SkipFrameSchema = v.object({
  type: v.literal('skip'),
  clientId: id,
  conversationId: id,
  phase: CheckInPhaseSchema,
  forever: v.optional(v.boolean()),
})

/**
 * What the store's page tells the agent: the page the shopper is on (sent on every route change
 * of a single-page app) and attributes the store passes (`Attune('update', { plan: 'gold' })`).
 */
export const ContextFrameSchema = v.object({
  type: v.literal('context'),
  page: v.optional(v.object({ url: v.pipe(clientString(), v.maxLength(2000)), title: v.optional(v.pipe(clientString(), v.maxLength(300))) })),
  attributes: v.optional(
    v.pipe(
      v.record(v.pipe(clientString(), v.maxLength(60)), v.nullable(v.union([v.pipe(clientString(), v.maxLength(500)), v.number(), v.boolean()]))),
      v.check((r) => Object.keys(r).length <= 50, 'At most 50 attributes.'),
    ),
  ),
})

/** The agent's "Check in" button: ask the shopper the during-chat question now. */
export const AskFrameSchema = v.object({
  type: v.literal('ask'),
  clientId: id,
  conversationId: id,
})

/** The shopper's "End chat": resolves the conversation from their side. */
export const EndFrameSchema = v.object({
  type: v.literal('end'),
  clientId: id,
  conversationId: id,
})

export const ClientFrameSchema = v.variant('type', [
  HelloFrameSchema,
  ResumeFrameSchema,
  SendFrameSchema,
  TypingFrameSchema,
  ReadFrameSchema,
  ResolveFrameSchema,
  PingFrameSchema,
  HistoryFrameSchema,
  IdentifyFrameSchema,
  ContextFrameSchema,
  OpenFrameSchema,
  AnswerFrameSchema,
  SkipFrameSchema,
  AskFrameSchema,
  EndFrameSchema,
])

export type HelloFrame = v.InferOutput<typeof HelloFrameSchema>
export type ResumeFrame = v.InferOutput<typeof ResumeFrameSchema>
export type SendFrame = v.InferOutput<typeof SendFrameSchema>
export type TypingFrame = v.InferOutput<typeof TypingFrameSchema>
export type ReadFrame = v.InferOutput<typeof ReadFrameSchema>
export type ResolveFrame = v.InferOutput<typeof ResolveFrameSchema>
export type ContextFrame = v.InferOutput<typeof ContextFrameSchema>
export type HistoryFrame = v.InferOutput<typeof HistoryFrameSchema>
export type IdentifyFrame = v.InferOutput<typeof IdentifyFrameSchema>
export type OpenFrame = v.InferOutput<typeof OpenFrameSchema>
export type AnswerFrame = v.InferOutput<typeof AnswerFrameSchema>
export type SkipFrame = v.InferOutput<typeof SkipFrameSchema>
export type AskFrame = v.InferOutput<typeof AskFrameSchema>
export type EndFrame = v.InferOutput<typeof EndFrameSchema>
export type ClientFrame = v.InferOutput<typeof ClientFrameSchema>
/** What a client may put on the wire (before the schema trims text). */
export type ClientFrameInput = v.InferInput<typeof ClientFrameSchema>
