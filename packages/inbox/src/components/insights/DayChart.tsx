import { useMessages } from '../../i18n/context.ts'
import { useMemo } from 'preact/hooks'
import { useInsightsMessages } from '../../i18n/insights-context.ts'
import type { DaySeries } from '../../insights/chart-data.ts'
import { dayLinesOptions, type LineStyle } from './chart-options.ts'
import { cell, formatDay } from './format.ts'
import { UPlotChart, type CreatePlot } from './UPlotChart.tsx'

interface Props {
  id: string
  title: string
  /** One sentence with the period's figures: what a glance at the chart would tell. */
  summary: string
  yLabel: string
  range: [number, number]
  lines: readonly LineStyle[]
  data: DaySeries
  suffix?: string
  create?: CreatePlot
}

/** A line chart by day, with its text summary and a table of the same numbers (WCAG 1.1.1). */
export function DayChart({ id, title, summary, yLabel, range, lines, data, suffix = '', create }: Props) {
  const messages = useMessages()
  const t = useInsightsMessages().table
  const options = useMemo(() => dayLinesOptions(lines, yLabel, range, messages), [lines, yLabel, range[0], range[1], messages])
  const aligned = useMemo(() => [data.x, ...data.series] as [number[], ...(number | null)[][]], [data])
  return (
    <figure class="insights-section chart-figure" aria-labelledby={`${id}-title`}>
      <figcaption>
        <h3 id={`${id}-title`}>{title}</h3>
        <p class="chart-summary">{summary}</p>
      </figcaption>
      <ul class="chart-legend" aria-hidden="true">
        {lines.map((line) => (
          <li key={line.label}>
            <svg width="28" height="10" viewBox="0 0 28 10">
              <line x1="1" y1="5" x2="27" y2="5" stroke={line.stroke} stroke-width="3" stroke-dasharray={line.dash?.join(' ')} />
            </svg>
            {line.label}
          </li>
        ))}
      </ul>
      <UPlotChart options={options} data={aligned} {...(create ? { create } : {})} />
      <details class="chart-table">
        <summary>{t.show}</summary>
        <table>
          <caption class="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t.day}</th>
              {lines.map((line) => (
                <th key={line.label} scope="col">
                  {line.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.days.map((day, i) => (
              <tr key={day}>
                <th scope="row">
                  <time dateTime={day}>{formatDay(day, messages)}</time>
                </th>
                {data.series.map((series, s) => (
                  <td key={s}>{cell(series[i] ?? null, suffix)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  )
}
