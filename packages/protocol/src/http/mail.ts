import * as v from 'valibot'
import { EmailSchema } from './accounts.ts'
import { clientString } from '../strings.ts'

/**
 * Leaving a message and getting the answer (issue 15), the widget's side. Each takes the visitor
 * token as `Authorization: Bearer`, except the reopen exchange, whose credential is the token from
 * the email link. `PUT /api/sites/:key/visitor/email`, `POST /api/sites/:key/transcript`,
 * `POST /api/sites/:key/transcript/text`, `POST /api/sites/:key/resume`.
 */

/**
 * `GET …/visitor/email`: the address the shopper left (`email`), and the one the store's page said
 * when it identified them (`known`), which the widget offers instead of asking them to type it.
 */
export const VisitorEmailResponseSchema = v.object({ email: v.nullable(v.string()), known: v.nullable(v.string()) })
export type VisitorEmailResponse = v.InferOutput<typeof VisitorEmailResponseSchema>

/** The address to be told of replies at; null forgets it. */
export const VisitorEmailRequestSchema = v.object({ email: v.nullable(EmailSchema) })
export type VisitorEmailRequest = v.InferOutput<typeof VisitorEmailRequestSchema>

/**
 * Which of the shopper's conversations a transcript is of: the one named, or without a name the
 * chat their widget's timeline ends with, which the server knows as their newest conversation with
 * a line (a message or its end: one opened after a resolve holds only its before card until the
 * shopper writes there).
 */
const TranscriptOfSchema = v.optional(v.pipe(clientString(), v.maxLength(100)))

/** Emails a copy of one of the shopper's conversations, to `email` or to the address they left. */
export const TranscriptRequestSchema = v.object({
  conversationId: TranscriptOfSchema,
  email: v.optional(EmailSchema),
})
export type TranscriptRequest = v.InferOutput<typeof TranscriptRequestSchema>

/** Whether the runtime knows `zone` as an IANA time zone ("Asia/Bangkok"). */
const isTimeZone = (zone: string) => {
  try {
    return !!new Intl.DateTimeFormat('en', { timeZone: zone })
  } catch {
    return false
  }
}

/**
 * `POST …/transcript/text`: the text of one of the shopper's conversations, for the widget's
 * download (chat.txt), written as the copy by email writes it, its times in `timeZone` (the
 * shopper's, else UTC as the email's). The server reads the whole conversation: the widget may
 * hold only its last page (after a reload).
 */
export const TranscriptTextRequestSchema = v.object({
  conversationId: TranscriptOfSchema,
  timeZone: v.optional(v.pipe(v.string(), v.maxLength(100), v.check(isTimeZone, 'Not a time zone.'))),
})
export type TranscriptTextRequest = v.InferOutput<typeof TranscriptTextRequestSchema>

export const TranscriptTextResponseSchema = v.object({ text: v.string() })
export type TranscriptTextResponse = v.InferOutput<typeof TranscriptTextResponseSchema>

/** The `#attune-resume=` token of a reply email, exchanged for the shopper's visitor token. */
export const ResumeRequestSchema = v.object({ token: v.pipe(clientString(), v.maxLength(500)) })
export type ResumeRequest = v.InferOutput<typeof ResumeRequestSchema>

export const ResumeResponseSchema = v.object({ visitorToken: v.string(), conversationId: v.string() })
export type ResumeResponse = v.InferOutput<typeof ResumeResponseSchema>
