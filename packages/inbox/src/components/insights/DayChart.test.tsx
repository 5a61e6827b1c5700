// @vitest-environment happy-dom
import type uPlot from 'uplot'
import { afterEach, describe, expect, it } from 'vitest'
import { CatalogsContext } from '../../i18n/context.ts'
import { th } from '../../i18n/th/index.ts'
import { cleanup, mount } from '../../testing/dom.ts'
import { DayChart } from './DayChart.tsx'
import type { CreatePlot } from './UPlotChart.tsx'

afterEach(() => {
  cleanup()
})

const MARCH_5 = Date.parse('2026-03-05T00:00:00Z') / 1000

/** The options DayChart hands uPlot, in Thai, with the day its table shows. */
function drawnInThai(): { options: uPlot.Options; tableDay: string } {
  let options: uPlot.Options | undefined
  const create: CreatePlot = (given) => {
    options = given
    return { setSize() {}, destroy() {} }
  }
  const { root } = mount(
    <CatalogsContext.Provider value={th}>
      <DayChart
        id="mood"
        title="อารมณ์"
        summary=""
        yLabel="อารมณ์"
        range={[1, 5]}
        lines={[{ label: 'ก่อน', stroke: '#000' }]}
        data={{ days: ['2026-03-05'], x: [MARCH_5], series: [[3]] }}
        create={create}
      />
    </CatalogsContext.Provider>,
  )
  return { options: options!, tableDay: root.querySelector('tbody th time')!.textContent! }
}

describe('the chart’s days', () => {
  it('are written on the axis in the inbox’s language, as the table under the chart writes them', () => {
    const { options, tableDay } = drawnInThai()
    const values = options.axes![0]!.values as (plot: uPlot, splits: number[], axis: number, space: number, incr: number) => string[]
    expect(values).toBeTypeOf('function')
    const thai = new Intl.DateTimeFormat('th', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(MARCH_5 * 1000))
    expect(values({} as uPlot, [MARCH_5], 0, 50, 86_400)).toEqual([thai])
    expect(tableDay).toBe(thai)
    // uPlot's own legend would write the day in US English; the chart has its own legend.
    expect(options.legend?.show).toBe(false)
  })
})
