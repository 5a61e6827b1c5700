import uPlot from 'uplot'
import type { DateLanguage } from '../../lib/intl-locale.ts'
import { dayFormat } from './format.ts'

/** One line's look; dashes keep series apart without colour (WCAG 1.4.1). */
export interface LineStyle {
  label: string
  stroke: string
  dash?: readonly number[]
}

const DAY = 86_400

/** Ticks a whole number of days apart (months and a year for long periods): a day has no hours to label. */
const DAY_STEPS = [1, 2, 3, 4, 5, 7, 10, 14, 15, 30, 60, 90, 180, 365].map((days) => days * DAY)

/**
 * Days on x (drawn in UTC, as `dayToSeconds` made them), values on y. The days are written in the
 * inbox's language as the table under the chart writes them, not in uPlot's US English ("3/5",
 * "Mar"). uPlot's own legend, which would write them so too, is off: DayChart draws one above the
 * chart that shows each line's dashes (WCAG 1.4.1).
 */
export function dayLinesOptions(
  lines: readonly LineStyle[],
  yLabel: string,
  range: [number, number],
  language: DateLanguage,
): (width: number, height: number) => uPlot.Options {
  const day = dayFormat(language)
  return (width, height) => ({
    width,
    height,
    tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
    scales: { x: { time: true }, y: { range } },
    axes: [{ incrs: DAY_STEPS, values: (_plot, splits) => splits.map((at) => day(new Date(at * 1000))) }, { label: yLabel }],
    legend: { show: false },
    series: [
      {},
      ...lines.map((line) => ({
        label: line.label,
        stroke: line.stroke,
        width: 2,
        ...(line.dash ? { dash: [...line.dash] } : {}),
        points: { show: true, size: 5 },
        spanGaps: false,
      })),
    ],
  })
}
