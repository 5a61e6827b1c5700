import * as v from 'valibot'
import { HandoffSchema } from '../events.ts'
import { MoodSchema } from '../checkins.ts'
import { DaySchema } from './insights.ts'

/*
 * Agent care (issue 16). An agent's answers are their own: no route returns one person's answer,
 * not even to the owner. Managers see a day only once enough people answered it.
 */

/** A day's care figures are shown only with at least this many answers… */
export const CARE_MIN_ANSWERS = 5
/** …from at least this many people, so nobody's own answers can be read off a small team's day. */
export const CARE_MIN_PEOPLE = 3

/** `GET` and `PUT /api/care/settings` (owner, admin): "Check in on agents after hard conversations". */
export const CareSettingsSchema = v.object({ enabled: v.boolean() })
export type CareSettings = v.InferOutput<typeof CareSettingsSchema>

/** `POST /api/care/answers`: the agent's answer to the offer they were sent. */
export const CareAnswerRequestSchema = v.object({
  offerId: v.pipe(v.string(), v.uuid('An offer id is a UUID.')),
  mood: MoodSchema,
})
export type CareAnswerRequest = v.InferOutput<typeof CareAnswerRequestSchema>

export const CareAnswerResponseSchema = v.object({ recorded: v.literal(true) })
export type CareAnswerResponse = v.InferOutput<typeof CareAnswerResponseSchema>

/** `GET /api/care/days?from=&to=` (manager and up): whole days of the store (its business hours' zone, else UTC), default the last 30; today never (it is not over). */
export const CareDaysQuerySchema = v.pipe(
  v.object({ from: v.optional(DaySchema), to: v.optional(DaySchema) }),
  v.check(({ from, to }) => !from || !to || from <= to, '"from" must be a day on or before "to".'),
)
export type CareDaysQuery = v.InferOutput<typeof CareDaysQuerySchema>

/** One day of the team's answers: figures only when enough people answered, else only that it did not. */
export const CareDaySchema = v.variant('enough', [
  v.object({ day: v.string(), enough: v.literal(true), answers: v.number(), mean: v.number() }),
  v.object({ day: v.string(), enough: v.literal(false) }),
])
export type CareDay = v.InferOutput<typeof CareDaySchema>

export const CareDaysResponseSchema = v.object({
  /** The days in the range that had any answer, oldest first. */
  days: v.array(CareDaySchema),
  minAnswers: v.number(),
  minPeople: v.number(),
})
export type CareDaysResponse = v.InferOutput<typeof CareDaysResponseSchema>

/** `POST /api/conversations/:id/handoff`: the hand-off as the conversation now records it. */
export const HandoffResponseSchema = v.object({ handoff: HandoffSchema })
export type HandoffResponse = v.InferOutput<typeof HandoffResponseSchema>
