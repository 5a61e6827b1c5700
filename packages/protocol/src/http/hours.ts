import * as v from 'valibot'

/** The days of a store's week, Monday first (ISO 8601: `dayOfWeek` 1 is `mon`). */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type Weekday = (typeof WEEKDAYS)[number]

/**
 * How soon the store usually answers, as a closed set the widget's catalogs word in the
 * shopper's language ("We usually reply within an hour").
 */
export const ReplyTime = {
  /** Within a few minutes. */
  Minutes: 'minutes',
  /** Within an hour. */
  Hour: 'hour',
  /** Within a few hours. */
  Hours: 'hours',
  /** Within a day. */
  Day: 'day',
} as const
export type ReplyTime = (typeof ReplyTime)[keyof typeof ReplyTime]
export const REPLY_TIMES = Object.values(ReplyTime) as readonly ReplyTime[]

/** Limits that keep a store's hours one small row and one quick computation. */
export const HOURS_LIMITS = { rangesPerDay: 6, closures: 100, labelLength: 80 } as const

/** Minutes after midnight of `HH:MM` (`24:00` is 1440, the end of the day). */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))
}

/** Whether a text names an IANA time zone this runtime knows (`Asia/Bangkok`, `UTC`). */
export function isTimeZone(name: string): boolean {
  // Offsets such as "+07:00" are not zones: they never change with the seasons' laws.
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(name)) return false
  try {
    new Intl.DateTimeFormat('en', { timeZone: name })
    return true
  } catch {
    return false
  }
}

/** Whether `YYYY-MM-DD` is a day of the calendar (no February 30). */
function isCalendarDate(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

const Start = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A start is a time HH:MM, 00:00 to 23:59.'))
const End = v.pipe(v.string(), v.regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'An end is a time HH:MM, 00:01 to 24:00.'))

/** One opening on a weekday, in the store's time zone; `24:00` ends it at midnight. */
export const TimeRangeSchema = v.pipe(
  v.object({ start: Start, end: End }),
  v.check(
    (range) => minutesOf(range.start) < minutesOf(range.end),
    'A range starts before it ends (a night past midnight is two ranges: 22:00–24:00 and 00:00–02:00).',
  ),
)
export type TimeRange = v.InferOutput<typeof TimeRangeSchema>

/** Whether no two of a day's ranges share a minute (touching ends, 12:00–12:00, are fine). */
function apart(ranges: TimeRange[]): boolean {
  const sorted = [...ranges].sort((a, b) => minutesOf(a.start) - minutesOf(b.start))
  return sorted.every((range, i) => i === 0 || minutesOf(sorted[i - 1]!.end) <= minutesOf(range.start))
}

const DayRanges = v.pipe(
  v.array(TimeRangeSchema),
  v.maxLength(HOURS_LIMITS.rangesPerDay, `At most ${HOURS_LIMITS.rangesPerDay} ranges a day.`),
  v.check(apart, 'The ranges of a day overlap.'),
)

const Day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'A date is YYYY-MM-DD.'), v.check(isCalendarDate, 'No such date.'))

/** A holiday or one-off closure: the whole of `from` (to `to`, inclusive), in the store's time zone. */
export const ClosureSchema = v.pipe(
  v.object({
    from: Day,
    to: v.optional(Day),
    label: v.optional(
      v.pipe(v.string(), v.trim(), v.maxLength(HOURS_LIMITS.labelLength, `A label is at most ${HOURS_LIMITS.labelLength} characters.`)),
    ),
  }),
  v.check((closure) => closure.to === undefined || closure.from <= closure.to, 'A closure ends on or after the day it starts.'),
)
export type Closure = v.InferOutput<typeof ClosureSchema>

/**
 * A store's business hours (issue 15). Off by default: a store without hours is always open.
 * Times and dates are the store's own wall clock in `timeZone`.
 */
export const BusinessHoursSchema = v.object({
  /** Whether the hours are used at all. */
  enabled: v.boolean('Say whether the hours are used: true or false.'),
  /** IANA name, e.g. `Asia/Bangkok`. */
  timeZone: v.pipe(v.string(), v.check(isTimeZone, 'Pick a time zone by its IANA name, e.g. Asia/Bangkok.')),
  /** Each weekday's openings; an empty list is a day closed. */
  weekly: v.object(
    { mon: DayRanges, tue: DayRanges, wed: DayRanges, thu: DayRanges, fri: DayRanges, sat: DayRanges, sun: DayRanges },
    'Send the week as { mon: [...], …, sun: [...] }.',
  ),
  closures: v.pipe(v.array(ClosureSchema), v.maxLength(HOURS_LIMITS.closures, `At most ${HOURS_LIMITS.closures} closures.`)),
  /** How soon the store usually answers; null says nothing. */
  replyTime: v.nullable(v.picklist(REPLY_TIMES, `A reply time is one of ${REPLY_TIMES.join(', ')}.`)),
})
export type BusinessHours = v.InferOutput<typeof BusinessHoursSchema>

/** What a store has until someone sets its hours: none used, Monday to Friday 9 to 5 offered. */
export const DEFAULT_HOURS: BusinessHours = {
  enabled: false,
  timeZone: 'UTC',
  weekly: {
    mon: [{ start: '09:00', end: '17:00' }],
    tue: [{ start: '09:00', end: '17:00' }],
    wed: [{ start: '09:00', end: '17:00' }],
    thu: [{ start: '09:00', end: '17:00' }],
    fri: [{ start: '09:00', end: '17:00' }],
    sat: [],
    sun: [],
  },
  closures: [],
  replyTime: null,
}

/** `GET /api/store/hours`, the body of `PUT /api/store/hours`, and the answer to it. */
export const HoursBodySchema = v.object({ hours: BusinessHoursSchema })
export type HoursBody = v.InferOutput<typeof HoursBodySchema>
