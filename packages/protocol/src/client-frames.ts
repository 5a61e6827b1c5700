import * as v from 'valibot'
import { MAX_TEXT_LENGTH } from './version.ts'

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(100))
const seq = v.pipe(v.number(), v.integer(), v.minValue(0))
const text = v.pipe(
  v.string(),
  v.transform((s) => s.trim()),
  v.minLength(1, 'A message needs some text.'),
  v.maxLength(MAX_TEXT_LENGTH, `A message is at most ${MAX_TEXT_LENGTH} characters.`),
)

/** Opens a session. A visitor passes the token it was given before, if any. */
export const HelloFrameSchema = v.object({
  type: v.literal('hello'),
  v: v.pipe(v.number(), v.integer()),
  token: v.optional(v.string()),
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
export const SendFrameSchema = v.object({
  type: v.literal('send'),
  clientId: id,
  text,
  conversationId: v.optional(id),
})

export const TypingFrameSchema = v.object({
  type: v.literal('typing'),
  conversationId: id,
  typing: v.boolean(),
})

/** Marks everything up to `seq` as read by this side. */
export const ReadFrameSchema = v.object({
  type: v.literal('read'),
  conversationId: id,
  seq,
})

/** An agent closes the conversation. Idempotent through `clientId` like a send. */
export const ResolveFrameSchema = v.object({
  type: v.literal('resolve'),
  conversationId: id,
  clientId: id,
})

export const PingFrameSchema = v.object({ type: v.literal('ping') })

export const ClientFrameSchema = v.variant('type', [
  HelloFrameSchema,
  ResumeFrameSchema,
  SendFrameSchema,
  TypingFrameSchema,
  ReadFrameSchema,
  ResolveFrameSchema,
  PingFrameSchema,
])

export type HelloFrame = v.InferOutput<typeof HelloFrameSchema>
export type ResumeFrame = v.InferOutput<typeof ResumeFrameSchema>
export type SendFrame = v.InferOutput<typeof SendFrameSchema>
export type TypingFrame = v.InferOutput<typeof TypingFrameSchema>
export type ReadFrame = v.InferOutput<typeof ReadFrameSchema>
export type ResolveFrame = v.InferOutput<typeof ResolveFrameSchema>
export type ClientFrame = v.InferOutput<typeof ClientFrameSchema>
/** What a client may put on the wire (before the schema trims text). */
export type ClientFrameInput = v.InferInput<typeof ClientFrameSchema>
