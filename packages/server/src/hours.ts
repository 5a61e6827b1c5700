import { Temporal } from 'temporal-polyfill'
import { WEEKDAYS, minutesOf, type BusinessHours, type LauncherResponse, type TimeRange } from '@attune/protocol'

/** Whether the store is open at an instant, and when closed, when it opens next (ISO 8601). */
export type Opening = { open: boolean; next?: string }

/** How far ahead the next opening is looked for; a store closed longer says only "closed". */
const LOOKAHEAD_DAYS = 14

/**
 * The store's state at `at` (ms since the epoch). Open means the store's own wall clock, in its
 * time zone, reads a time inside one of that weekday's ranges on a day that is not closed — the
 * sign on the door. The time zone rules (DST, both ways) are Temporal's, never ours: on a
 * spring-forward day a 02:00–03:00 range never happens, and on a fall-back day 01:00–01:30
 * happens twice.
 */
export function openingAt(hours: BusinessHours, at: number): Opening {
  if (!hours.enabled) return { open: true }
  const now = Temporal.Instant.fromEpochMilliseconds(at).toZonedDateTimeISO(hours.timeZone)
  if (openOn(hours, now)) return { open: true }
  const next = nextOpening(hours, now)
  return next ? { open: false, next: next.toInstant().toString() } : { open: false }
}

/** Whether the wall clock of `moment` is within the hours. */
function openOn(hours: BusinessHours, moment: Temporal.ZonedDateTime): boolean {
  const date = moment.toPlainDate()
  const second = moment.hour * 3600 + moment.minute * 60 + moment.second
  return rangesOn(hours, date).some((range) => minutesOf(range.start) * 60 <= second && second < minutesOf(range.end) * 60)
}

/** The ranges of a local date: its weekday's, or none on a holiday or closure. */
function rangesOn(hours: BusinessHours, date: Temporal.PlainDate): readonly TimeRange[] {
  const day = date.toString()
  if (hours.closures.some((c) => c.from <= day && day <= (c.to ?? c.from))) return []
  return hours.weekly[WEEKDAYS[date.dayOfWeek - 1]!]
}

/**
 * The first moment after `now` when the store is open. The store can only become open where a
 * range starts or where the clock jumps (a DST change), so those are the only candidates; they are
 * taken a day at a time, and the first day with one that is open wins.
 */
function nextOpening(hours: BusinessHours, now: Temporal.ZonedDateTime): Temporal.ZonedDateTime | null {
  const today = now.toPlainDate()
  const transitions = clockChanges(now, today.add({ days: LOOKAHEAD_DAYS + 1 }))
  for (let i = 0; i <= LOOKAHEAD_DAYS; i++) {
    const date = today.add({ days: i })
    const candidates = [...startsOn(hours, date), ...transitions.filter((t) => t.toPlainDate().equals(date))]
    const opens = candidates.filter((c) => Temporal.ZonedDateTime.compare(c, now) > 0 && openOn(hours, c))
    if (opens.length) return opens.reduce((a, b) => (Temporal.ZonedDateTime.compare(a, b) <= 0 ? a : b))
  }
  return null
}

/**
 * Every moment a range of `date` starts. A start the clock skips (spring forward) maps past the
 * gap, and the clock change itself is a candidate too; a start the clock shows twice (fall back)
 * is both moments.
 */
function startsOn(hours: BusinessHours, date: Temporal.PlainDate): Temporal.ZonedDateTime[] {
  return rangesOn(hours, date).flatMap((range) => {
    const minutes = minutesOf(range.start)
    const plainTime = new Temporal.PlainTime(Math.floor(minutes / 60), minutes % 60)
    const local = date.toPlainDateTime(plainTime)
    return [local.toZonedDateTime(hours.timeZone, { disambiguation: 'earlier' }), local.toZonedDateTime(hours.timeZone, { disambiguation: 'later' })]
  })
}

/** The time zone's clock changes after `from`, up to the start of `until`. */
function clockChanges(from: Temporal.ZonedDateTime, until: Temporal.PlainDate): Temporal.ZonedDateTime[] {
  const changes: Temporal.ZonedDateTime[] = []
  for (let t = from.getTimeZoneTransition('next'); t && Temporal.PlainDate.compare(t.toPlainDate(), until) < 0; t = t.getTimeZoneTransition('next')) {
    changes.push(t)
  }
  return changes
}

/**
 * The launcher's answer: attended when the store is open and someone is online to answer. The
 * reply time is the store's word whether it uses hours or not.
 */
export function launcherState(hours: BusinessHours, agentsOnline: number, at: number): Omit<LauncherResponse, 'greetings'> {
  const { open, next } = openingAt(hours, at)
  return {
    attended: open && agentsOnline > 0,
    open,
    ...(next ? { next } : {}),
    ...(hours.replyTime ? { replyTime: hours.replyTime } : {}),
  }
}
