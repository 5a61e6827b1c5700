import * as v from 'valibot'
import { DaySchema } from '@attune/protocol'
import { FILTER_KEYS, type InsightsFilters, type InsightsResponse } from './api.ts'

/** The calendar day of an instant in a time zone, `YYYY-MM-DD` (en-CA formats it that way). */
export function dayIn(instant: Date | string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    typeof instant === 'string' ? new Date(instant) : instant,
  )
}

/**
 * Nothing chosen: every filter matches all, and the days are left to the server, whose default
 * is the last 30 of the store's own days (decision 047), not this browser's: a manager in Manila
 * past midnight must not ask a Bangkok store for a day that has not begun there.
 */
export const NO_FILTERS: InsightsFilters = { from: '', to: '', topic: '', reason: '', language: '', agentId: '' }

/**
 * The filters with the days left unchosen read off the answer: its first and last day
 * (`YYYY-MM-DD`) in the zone it counted them in. Days the manager chose stay as chosen.
 */
export function withAnsweredDays(filters: InsightsFilters, range: InsightsResponse['range']): InsightsFilters {
  const from = filters.from || dayIn(range.from, range.timeZone)
  // `to` is the first instant of the day after the range: its last day is the one just before.
  const to = filters.to || dayIn(new Date(Date.parse(range.to) - 1), range.timeZone)
  return { ...filters, from, to }
}

/** Filters from the page's query string; a missing or malformed value is left unchosen. */
export function filtersFromSearch(search: string): InsightsFilters {
  const query = new URLSearchParams(search)
  const filters = { ...NO_FILTERS }
  for (const key of FILTER_KEYS) {
    const value = query.get(key)
    if (value === null) continue
    if ((key === 'from' || key === 'to') && !v.is(DaySchema, value)) continue
    filters[key] = value
  }
  if (filters.from && filters.to && filters.from > filters.to) [filters.from, filters.to] = [filters.to, filters.from]
  return filters
}

/** The query string for the page's URL: only what differs from nothing, so links stay short. */
export function filtersToSearch(filters: InsightsFilters): string {
  const query = new URLSearchParams()
  for (const key of FILTER_KEYS) if (filters[key]) query.set(key, filters[key])
  const text = query.toString()
  return text ? `?${text}` : ''
}
