import { MOODS } from '@attune/core'
import { useMessages } from '../../i18n/context.ts'
import { useInsightsMessages } from '../../i18n/insights-context.ts'
import { matrixShade } from '../../insights/chart-data.ts'

/** The start × end matrix as a table heat-map: it is a table, and reads as one. */
export function Matrix({ matrix }: { matrix: number[][] }) {
  const all = useMessages()
  const ti = useInsightsMessages()
  const t = ti.matrix
  const shade = matrixShade(matrix)
  return (
    <section class="insights-section" aria-labelledby="matrix-title">
      <h3 id="matrix-title">{t.title}</h3>
      <table class="matrix">
        <caption>{t.caption}</caption>
        <thead>
          <tr>
            <td />
            <th scope="colgroup" colSpan={5}>
              {t.end}
            </th>
          </tr>
          <tr>
            <th scope="col">{t.start}</th>
            {MOODS.map((m) => (
              <th key={m} scope="col">
                {all.mood[m]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {MOODS.map((start) => (
            <tr key={start}>
              <th scope="row">{all.mood[start]}</th>
              {MOODS.map((end) => {
                const share = shade[start - 1]?.[end - 1] ?? 0
                return (
                  <td key={end} class="heat" style={{ '--heat': share.toFixed(2) }}>
                    {matrix[start - 1]?.[end - 1] ?? 0}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
