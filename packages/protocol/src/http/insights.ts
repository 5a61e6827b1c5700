import * as v from 'valibot'
import { MoodSchema, ResolvedAnswerSchema, type Mood } from '../checkins.ts'

/**
 * `GET /api/insights` and `GET /api/insights.csv` (the same query; the CSV's columns are
 * @attune/empathy's `CSV_COLUMNS`). The figures are computed by @attune/empathy's `summarize`,
 * whose types are these: the answer's shape has one home, here, and the arithmetic one, there.
 */

/** The longest range insights cover, in days: a year and a little more, to compare a season with the last. */
export const MAX_INSIGHTS_DAYS = 400

const DAY_MS = 24 * 60 * 60 * 1000
const DAY_FORMAT = /^\d{4}-\d{2}-\d{2}$/
/** Milliseconds since 1970 at the day's UTC midnight; NaN for a day no calendar has (2026-02-30). */
const dayStart = (day: string): number => {
  const time = Date.parse(`${day}T00:00:00Z`)
  return Number.isFinite(time) && new Date(time).toISOString().startsWith(day) ? time : Number.NaN
}

/**
 * A calendar day, `YYYY-MM-DD`, in the years 2000 to 2100: a chat log has nothing older, and
 * a year like 1000 or 9999 is outside what the database's timestamps take (issue 11).
 */
export const DaySchema = v.pipe(
  v.string(),
  v.regex(DAY_FORMAT, 'Dates are YYYY-MM-DD.'),
  // Each check speaks only to a day in the right format: one message per problem.
  v.check((day) => !DAY_FORMAT.test(day) || (day >= '2000-01-01' && day <= '2100-12-31'), 'Dates are in the years 2000 to 2100.'),
  v.check((day) => !DAY_FORMAT.test(day) || !Number.isNaN(dayStart(day)), 'That day is not in the calendar.'),
)

/** Both ends given and each a day DaySchema takes: only then is the range itself checked. */
const days = (from: string | undefined, to: string | undefined) => v.is(DaySchema, from) && v.is(DaySchema, to)

const Filter = v.optional(v.pipe(v.string(), v.maxLength(100)))

/**
 * The query string. Days are whole (`to` included), midnight to midnight in the store's time zone
 * when it has one (its business hours'), else in `tz`, an IANA zone (the manager's), else UTC; the
 * answer's `range.timeZone` says which. Default: the last 30 days. `from` is on or before `to`, at
 * most MAX_INSIGHTS_DAYS apart.
 */
export const InsightsQuerySchema = v.pipe(
  v.object({
    from: v.optional(DaySchema),
    to: v.optional(DaySchema),
    topic: Filter,
    reason: Filter,
    language: Filter,
    agentId: Filter,
    tz: Filter,
  }),
  v.forward(
    v.partialCheck([['from'], ['to']], ({ from, to }) => !days(from, to) || from! <= to!, '"from" must be a day on or before "to".'),
    ['from'],
  ),
  v.forward(
    v.partialCheck(
      [['from'], ['to']],
      ({ from, to }) => !days(from, to) || (dayStart(to!) - dayStart(from!)) / DAY_MS < MAX_INSIGHTS_DAYS,
      `A range is at most ${MAX_INSIGHTS_DAYS} days.`,
    ),
    ['to'],
  ),
)
export type InsightsQuery = v.InferOutput<typeof InsightsQuerySchema>

/** A share with its denominator, so a chart can say "n = 3". `value` is null when n is 0. */
export const RateSchema = v.object({
  value: v.nullable(v.number()),
  /** The numerator. */
  count: v.number(),
  /** The denominator. */
  n: v.number(),
})
export type Rate = v.InferOutput<typeof RateSchema>

/** A mean with the number of values behind it. `value` is null when n is 0. */
export const MeanSchema = v.object({ value: v.nullable(v.number()), n: v.number() })
export type Mean = v.InferOutput<typeof MeanSchema>

export const MomentRatesSchema = v.object({ before: RateSchema, during: RateSchema, after: RateSchema })
export type MomentRates = v.InferOutput<typeof MomentRatesSchema>

/** The insight figures over a set of conversations. */
export const SummarySchema = v.object({
  conversations: v.number(),
  /** Mean of after − before over conversations with both answers. */
  meanChange: MeanSchema,
  /** Of those who started upset or very upset (≤ 2) and answered after: the share ending okay or better (≥ 3). */
  moodRecoveryRate: RateSchema,
  /** Of all during answers: the share that were "Yes". */
  feltUnderstoodRate: RateSchema,
  /** Of "Was your question resolved?" answers: the share "yes". */
  resolutionRate: RateSchema,
  /** Of the same answers: the share "partly", reported apart (see empathy's `summarize`). */
  partlyResolvedRate: RateSchema,
  meanEffort: MeanSchema,
  /** Of those who answered after: the share ending good or very happy (4 or 5). */
  satisfaction: RateSchema,
  /** Answered / asked per moment; during counts check-ins, not conversations. */
  answerRate: MomentRatesSchema,
  /** The same, per language, keys sorted. Positivity bias differs by market: compare changes. */
  answerRateByLanguage: v.record(v.string(), MomentRatesSchema),
  /** `startEndMatrix[before - 1][after - 1]`: conversations with both answers, 5 × 5. */
  startEndMatrix: v.array(v.array(v.number())),
  /**
   * Of conversations followed up after ending upset whose shopper answered the follow-up: the
   * share that recovered (@attune/empathy's `recoveredAfterFollowUp` says what counts). Counted
   * apart from moodRecoveryRate, the recovery within the chat.
   */
  recoveredAfterFollowUp: RateSchema,
  /** Ids of conversations that ended very upset (1): the public-complaint risk list. */
  veryUpsetAtEnd: v.array(v.string()),
})
export type Summary = v.InferOutput<typeof SummarySchema>

export const DaySummarySchema = v.object({
  /** The calendar day in the query's time zone, `YYYY-MM-DD`. */
  day: v.string(),
  summary: SummarySchema,
})
export type DaySummary = v.InferOutput<typeof DaySummarySchema>

// MoodSchema's output is a number; the answer's moods are the Mood union.
const MoodValue = v.nullable(v.custom<Mood>((input) => v.is(MoodSchema, input), 'A mood is 1 to 5.'))

/** One conversation of the range, as the tables and the risk list show it. */
export const InsightsConversationSchema = v.object({
  id: v.string(),
  /** For "delete this shopper's data": erasure is per shopper, not per chat. */
  visitorId: v.nullable(v.string()),
  /** ISO 8601. */
  startedAt: v.string(),
  /** The primary language subtag (`th-TH` counts as `th`), `und` when unknown. */
  language: v.string(),
  topic: v.nullable(v.string()),
  reason: v.nullable(v.string()),
  /** The first agent who answered, or null. */
  agentId: v.nullable(v.string()),
  moodBefore: MoodValue,
  moodAfter: MoodValue,
  /** moodAfter − moodBefore, or null when either is missing. */
  change: v.nullable(v.number()),
  resolved: v.nullable(ResolvedAnswerSchema),
  /** Each during answer, oldest first (true: "Yes", false: "Not yet"). */
  understood: v.array(v.boolean()),
})
export type InsightsConversation = v.InferOutput<typeof InsightsConversationSchema>

/**
 * Returning shoppers' trend (issue 16): of shoppers with two or more chats with a mood in the
 * range, how their mood moved from their first chat to their latest. Defined by @attune/empathy's
 * `returningTrend`.
 */
export const ReturningTrendSchema = v.object({
  /** Shoppers with at least two chats with a mood. */
  shoppers: v.number(),
  improving: RateSchema,
  steady: RateSchema,
  worsening: RateSchema,
  /** Mean mood of their first chat and of their latest. */
  meanFirst: MeanSchema,
  meanLatest: MeanSchema,
})
export type ReturningTrend = v.InferOutput<typeof ReturningTrendSchema>

export const ReturningWeekSchema = v.object({
  /** The Monday the week starts on, `YYYY-MM-DD` in the query's time zone. */
  week: v.string(),
  /** Shoppers whose latest chat in the range fell in this week. */
  trend: ReturningTrendSchema,
})
export type ReturningWeek = v.InferOutput<typeof ReturningWeekSchema>

/** Shopper messages in the range that threatened a public review or a complaint to an authority. */
export const ComplaintRiskSchema = v.object({
  messages: v.number(),
  /** Conversations with at least one such message, and their ids (newest first). */
  conversations: v.number(),
  conversationIds: v.array(v.string()),
})
export type ComplaintRisk = v.InferOutput<typeof ComplaintRiskSchema>

export const InsightsResponseSchema = v.object({
  /** The range asked for: `from` inclusive, `to` exclusive (ISO 8601), and the zone its days are cut and grouped in. */
  range: v.object({ from: v.string(), to: v.string(), timeZone: v.string() }),
  summary: SummarySchema,
  /** Oldest first, days without conversations included. */
  byDay: v.array(DaySummarySchema),
  conversations: v.array(InsightsConversationSchema),
  returning: v.object({ summary: ReturningTrendSchema, byWeek: v.array(ReturningWeekSchema) }),
  complaints: ComplaintRiskSchema,
  /** What the filters offer: the values seen in the range, and the store's team. */
  options: v.object({
    topics: v.array(v.string()),
    reasons: v.array(v.string()),
    languages: v.array(v.string()),
    agents: v.array(v.object({ id: v.string(), name: v.string() })),
  }),
})
export type InsightsResponse = v.InferOutput<typeof InsightsResponseSchema>
