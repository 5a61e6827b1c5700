import type { Rate } from '@attune/empathy'
import type { InsightsResponse } from './api.ts'
import { dayIn } from './filters.ts'

/** Seconds since the epoch at a day's UTC midnight: uPlot's x values (drawn in UTC). */
function dayToSeconds(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / 1000
}

export interface DaySeries {
  days: string[]
  x: number[]
  series: (number | null)[][]
}

const average = (values: number[]): number | null =>
  values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100

/**
 * Mean mood before and mean mood after per day, from the per-conversation rows (the day
 * summaries carry the change, not the two levels). The x axis is `byDay`'s, gaps included.
 */
export function moodByDay(data: InsightsResponse, timeZone: string): DaySeries {
  const days = data.byDay.map((d) => d.day)
  const before = new Map<string, number[]>(days.map((d) => [d, []]))
  const after = new Map<string, number[]>(days.map((d) => [d, []]))
  for (const c of data.conversations) {
    const day = dayIn(c.startedAt, timeZone)
    if (c.moodBefore !== null) before.get(day)?.push(c.moodBefore)
    if (c.moodAfter !== null) after.get(day)?.push(c.moodAfter)
  }
  return {
    days,
    x: days.map(dayToSeconds),
    series: [days.map((d) => average(before.get(d) ?? [])), days.map((d) => average(after.get(d) ?? []))],
  }
}

/** A rate as a percentage for a chart, null (a gap) when nothing was asked. */
function percent(rate: Rate): number | null {
  return rate.value === null ? null : Math.round(rate.value * 1000) / 10
}

/** Answer rate per moment (before, during, after) per day, in percent. */
export function answerRateByDay(data: InsightsResponse): DaySeries {
  const days = data.byDay.map((d) => d.day)
  return {
    days,
    x: days.map(dayToSeconds),
    series: (['before', 'during', 'after'] as const).map((moment) => data.byDay.map((d) => percent(d.summary.answerRate[moment]))),
  }
}

/** The darkest cell is the largest count; 0..1 for the heat-map shade. */
export function matrixShade(matrix: readonly (readonly number[])[]): number[][] {
  const max = Math.max(0, ...matrix.flat())
  return matrix.map((row) => row.map((n) => (max === 0 ? 0 : n / max)))
}
