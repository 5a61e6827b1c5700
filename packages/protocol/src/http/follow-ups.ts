import * as v from 'valibot'
import { MoodSchema, type Mood } from '../checkins.ts'
import { InsightsQuerySchema } from './insights.ts'
import { clientString } from '../strings.ts'

/**
 * After the chat (issue 16): the follow-up list of chats that ended upset, and the shoppers'
 * after-chat comments with what the store did about them.
 * `GET /api/follow-ups`, `POST /api/follow-ups/:conversationId`,
 * `GET /api/feedback` (and `.csv`), `POST /api/feedback/:conversationId/acted`.
 */

/** Why a chat that ended is on the follow-up list (@attune/empathy's `followUpReason` decides). */
export const FollowUpReasonSchema = v.picklist([
  /** The after-chat mood was upset or very upset (≤ 2). */
  'upset',
  /** "Was your question resolved?" was answered "No". */
  'unresolved',
  /** The latest "Do you feel we understand what you need?" was "Not yet", never followed by "Yes". */
  'not_understood',
])
export type FollowUpReason = v.InferOutput<typeof FollowUpReasonSchema>

const MoodValue = v.nullable(v.custom<Mood>((input) => v.is(MoodSchema, input), 'A mood is 1 to 5.'))

/** One chat on the follow-up list. */
export const FollowUpSchema = v.object({
  conversationId: v.string(),
  visitorId: v.string(),
  /** When the chat ended (ISO 8601). */
  endedAt: v.string(),
  reason: FollowUpReasonSchema,
  moodBefore: MoodValue,
  moodAfter: MoodValue,
  /** When an agent sent the follow-up, or null while nobody has. */
  sentAt: v.nullable(v.string()),
  /** The name of the agent who sent it. */
  sentBy: v.nullable(v.string()),
  /** When the shopper was asked (their widget connected after it was sent), or null. */
  askedAt: v.nullable(v.string()),
  /** Their answer to "How do you feel about it now?", or null. */
  moodFollowUp: MoodValue,
})
export type FollowUp = v.InferOutput<typeof FollowUpSchema>

/** `GET /api/follow-ups`: chats of the last 30 days that ended upset, the newest first. */
export const FollowUpsResponseSchema = v.object({ followUps: v.array(FollowUpSchema) })
export type FollowUpsResponse = v.InferOutput<typeof FollowUpsResponseSchema>

/** `POST /api/follow-ups/:conversationId` (no body): the chat, now sent. */
export const FollowUpSentResponseSchema = v.object({ followUp: FollowUpSchema })
export type FollowUpSentResponse = v.InferOutput<typeof FollowUpSentResponseSchema>

/** What a manager did about a comment; the shopper is told once, in the store's words. */
export const ActedOnSchema = v.object({
  note: v.string(),
  /** ISO 8601. */
  at: v.string(),
  /** The manager's name (null once they left the team). */
  by: v.nullable(v.string()),
})
export type ActedOn = v.InferOutput<typeof ActedOnSchema>

/** One after-chat comment, with the moods around it. */
export const FeedbackSchema = v.object({
  conversationId: v.string(),
  visitorId: v.string(),
  startedAt: v.string(),
  language: v.string(),
  topic: v.nullable(v.string()),
  reason: v.nullable(v.string()),
  moodBefore: MoodValue,
  moodAfter: MoodValue,
  moodFollowUp: MoodValue,
  comment: v.string(),
  /** Whether the shopper was identified (only they can be told "You told us …, we …"). */
  identified: v.boolean(),
  actedOn: v.nullable(ActedOnSchema),
})
export type Feedback = v.InferOutput<typeof FeedbackSchema>

/** The insights query plus whether the comment was acted on. */
export const FeedbackQuerySchema = v.object({
  ...InsightsQuerySchema.entries,
  acted: v.optional(v.picklist(['yes', 'no'], 'acted is yes or no.')),
})
export type FeedbackQuery = v.InferOutput<typeof FeedbackQuerySchema>

/** `GET /api/feedback`: the range's comments, the newest first. */
export const FeedbackResponseSchema = v.object({ feedback: v.array(FeedbackSchema) })
export type FeedbackResponse = v.InferOutput<typeof FeedbackResponseSchema>

/** The longest note a manager writes: one or two sentences the shopper reads in the chat. */
export const MAX_ACTED_NOTE = 500

/** The body of `POST /api/feedback/:conversationId/acted`. */
export const ActedOnRequestSchema = v.object({
  note: v.pipe(
    clientString(),
    v.transform((s) => s.trim()),
    v.minLength(1, 'Write what the store did.'),
    v.maxLength(MAX_ACTED_NOTE, `A note is at most ${MAX_ACTED_NOTE} characters.`),
  ),
})
export type ActedOnRequest = v.InferOutput<typeof ActedOnRequestSchema>

/** Its answer: the comment, now acted on. */
export const FeedbackActedResponseSchema = v.object({ feedback: FeedbackSchema })
export type FeedbackActedResponse = v.InferOutput<typeof FeedbackActedResponseSchema>

/** What an identified shopper is told once when their comment was acted on ("You told us …, we …"). */
export const ToldUsSchema = v.object({ comment: v.string(), note: v.string() })
export type ToldUs = v.InferOutput<typeof ToldUsSchema>
