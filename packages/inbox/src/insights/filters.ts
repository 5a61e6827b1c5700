import * as v from 'valibot'
import { DaySchema } from '@attune/protocol'
import { FILTER_KEYS, type InsightsFilters } from './api.ts'

/** The calendar day of an instant in a time zone, `YYYY-MM-DD` (en-CA formats it that way). */
export function dayIn(instant: Date | string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    typeof instant === 'string' ? new Date(instant) : instant,
  )
}

/** `day` moved by `days` calendar days (UTC arithmetic on a date without a time). */
export function addDays(day: string, days: number): string {
  const ms = Date.parse(`${day}T00:00:00Z`) + days * 86_400_000
  return new Date(ms).toISOString().slice(0, 10)
}

/** The last 30 days, today included, in the manager's time zone. */
export function defaultFilters(now: Date, timeZone: string): InsightsFilters {
  const to = dayIn(now, timeZone)
  return { from: addDays(to, -29), to, topic: '', reason: '', language: '', agentId: '' }
}

/** Filters from the page's query string; a missing or malformed value keeps its default. */
export function filtersFromSearch(search: string, defaults: InsightsFilters): InsightsFilters {
  const query = new URLSearchParams(search)
  const filters = { ...defaults }
  for (const key of FILTER_KEYS) {
    const value = query.get(key)
    if (value === null) continue
    if ((key === 'from' || key === 'to') && !v.is(DaySchema, value)) continue
    filters[key] = value
  }
  if (filters.from > filters.to) [filters.from, filters.to] = [filters.to, filters.from]
  return filters
}

/** The query string for the page's URL: only what differs from nothing, so links stay short. */
export function filtersToSearch(filters: InsightsFilters): string {
  const query = new URLSearchParams()
  for (const key of FILTER_KEYS) if (filters[key]) query.set(key, filters[key])
  const text = query.toString()
  return text ? `?${text}` : ''
}
