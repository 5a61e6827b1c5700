import uPlot from 'uplot'

/** One line's look; dashes keep series apart without colour (WCAG 1.4.1). */
export interface LineStyle {
  label: string
  stroke: string
  dash?: readonly number[]
}

/** Days on x (drawn in UTC, as `dayToSeconds` made them), values on y. */
export function dayLinesOptions(
  lines: readonly LineStyle[],
  yLabel: string,
  range: [number, number],
): (width: number, height: number) => uPlot.Options {
  return (width, height) => ({
    width,
    height,
    tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
    scales: { x: { time: true }, y: { range } },
    axes: [{}, { label: yLabel }],
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
