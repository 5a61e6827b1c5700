import { Temporal } from 'temporal-polyfill'
import { DEFAULT_HOURS, type BusinessHours } from '@attune/protocol'

/*
 * The days insights cover, as instants. A day is a calendar day in one time zone, cut at that
 * zone's own midnights: a Bangkok day runs 17:00Z to 17:00Z, and New York's 1 November 2026 has
 * 25 hours. The zone's rules are Temporal's, read from the runtime's Intl (decision 018), never a
 * fixed offset, so the cut and the grouping (@attune/empathy's groupByDay, also Intl) agree.
 * Agent care's days (decision 016) are the same days, read through `dayOf` and `askedDays`.
 */

/** The range when the query leaves `from` out: 30 days, the last one included. */
const DEFAULT_DAYS = 30

/**
 * The zone the store has said it lives in, or null. A store's figures are read in its own zone,
 * as Zendesk and Intercom report in the account's: two managers in different places then see the
 * same days, and a Monday is the store's Monday. A store names its zone in its business hours
 * (decision 018), whether or not it uses them; the defaults' UTC is nobody's choice, so a store
 * that neither uses hours nor picked another zone has none, and the manager's own zone is read.
 */
export function storeZoneOf(hours: BusinessHours): string | null {
  return hours.enabled || hours.timeZone !== DEFAULT_HOURS.timeZone ? hours.timeZone : null
}

const plainDayOf = (at: number, timeZone: string) => Temporal.Instant.fromEpochMilliseconds(at).toZonedDateTimeISO(timeZone).toPlainDate()

/** The calendar day (`YYYY-MM-DD`) the instant `at` falls on in `timeZone`: in the store's zone, the store's day. */
export function dayOf(at: number, timeZone: string): string {
  return plainDayOf(at, timeZone).toString()
}

type Asked = { from?: string | undefined; to?: string | undefined }

/**
 * The days asked for (`YYYY-MM-DD`, `to` included) in `timeZone`, the defaults filled in: `to`
 * left out is today there; `from` left out is 29 days before `to`. A `from` after `to` counts
 * zero days or fewer.
 */
export function askedDays(asked: Asked, timeZone: string, now: number) {
  const { first, last, days } = firstAndLast(asked, timeZone, now)
  return { from: first.toString(), to: last.toString(), days }
}

function firstAndLast(asked: Asked, timeZone: string, now: number) {
  const last = asked.to ? Temporal.PlainDate.from(asked.to) : plainDayOf(now, timeZone)
  const first = asked.from ? Temporal.PlainDate.from(asked.from) : last.subtract({ days: DEFAULT_DAYS - 1 })
  return { first, last, days: first.until(last).days + 1 }
}

/**
 * The days asked for (`askedDays`) as instants: from the start of the first (inclusive) to the
 * start of the day after the last (exclusive), and how many days that is.
 */
export function dayRange(asked: Asked, timeZone: string, now: number) {
  const { first, last, days } = firstAndLast(asked, timeZone, now)
  // A date alone becomes the day's first instant, even where the zone skips midnight itself.
  const start = (day: Temporal.PlainDate) => day.toZonedDateTime({ timeZone }).epochMilliseconds
  return { from: start(first), to: start(last.add({ days: 1 })), days }
}
