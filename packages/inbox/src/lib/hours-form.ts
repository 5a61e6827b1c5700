import * as v from 'valibot'
import { BusinessHoursSchema, WEEKDAYS, type BusinessHours, type TimeRange, type Weekday } from '@attune/protocol'
import type { HoursMessages } from '../i18n/en-hours.ts'

// The Business hours form's rules, apart from its view (StorePage's section): pure and tested.

/**
 * A time input has no 24:00, so a range that ends at midnight shows as closing at 00:00, and an
 * end of 00:00 is saved as 24:00 (a range never ends before it starts).
 */
const endShown = (end: string) => (end === '24:00' ? '00:00' : end)
const endSaved = (end: string) => (end === '00:00' ? '24:00' : end)

export function toForm(hours: BusinessHours): BusinessHours {
  return { ...hours, weekly: mapDays(hours.weekly, (range) => ({ ...range, end: endShown(range.end) })) }
}

export function fromForm(hours: BusinessHours): BusinessHours {
  return { ...hours, weekly: mapDays(hours.weekly, (range) => ({ ...range, end: endSaved(range.end) })) }
}

function mapDays(weekly: BusinessHours['weekly'], each: (range: TimeRange) => TimeRange): BusinessHours['weekly'] {
  return Object.fromEntries(WEEKDAYS.map((day) => [day, weekly[day].map(each)])) as BusinessHours['weekly']
}

/** A day's next range: 9 to 5 on a closed day, else an hour after its last range closes. */
export function addRange(hours: BusinessHours, day: Weekday): BusinessHours {
  const ranges = hours.weekly[day]
  const last = ranges.at(-1)
  const hour = last ? Math.min(Number(endSaved(last.end).slice(0, 2)) + 1, 23) : 9
  const at = (h: number) => `${String(h).padStart(2, '0')}:00`
  const next = last ? { start: at(hour), end: hour === 23 ? '00:00' : at(hour + 1) } : { start: '09:00', end: '17:00' }
  return { ...hours, weekly: { ...hours.weekly, [day]: [...ranges, next] } }
}

export function removeRange(hours: BusinessHours, day: Weekday, index: number): BusinessHours {
  return { ...hours, weekly: { ...hours.weekly, [day]: hours.weekly[day].filter((_, i) => i !== index) } }
}

export function setRange(hours: BusinessHours, day: Weekday, index: number, change: Partial<TimeRange>): BusinessHours {
  return { ...hours, weekly: { ...hours.weekly, [day]: hours.weekly[day].map((r, i) => (i === index ? { ...r, ...change } : r)) } }
}

/**
 * The first thing the server would refuse, in the form's words ("Tuesday, hours 1: A range starts
 * before it ends…"), or null. The protocol's schema is the one rule; this only names the field.
 */
export function firstProblem(form: BusinessHours, t: HoursMessages): string | null {
  const parsed = v.safeParse(BusinessHoursSchema, fromForm(form))
  if (parsed.success) return null
  const issue = parsed.issues[0]!
  const path = (issue.path ?? []).map((p) => p.key as string | number)
  return t.refused(where(path, t), issue.message)
}

function where([first, day, index]: (string | number)[], t: HoursMessages): string {
  if (first === 'weekly' && typeof day === 'string') {
    const name = t.days[day as Weekday] ?? day
    return typeof index === 'number' ? t.rangeOf(name, index + 1) : name
  }
  if (first === 'closures' && typeof day === 'number') return t.where.closure(day + 1)
  if (first === 'replyTime') return t.where.replyTime
  return t.where.timeZone
}

/** The zones to pick from (the runtime's IANA list), with the store's own even if the list lacks it. */
export function timeZones(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []
  return known.includes(current) ? known : [current, ...known]
}
