import { useMessages } from '../../i18n/context.ts'
import type { Summary } from '@attune/empathy'
import { useInsightsMessages } from '../../i18n/insights-context.ts'
import { toFigures } from '../../insights/figures.ts'

export function Figures({ summary }: { summary: Summary }) {
  const { locale } = useMessages()
  const t = useInsightsMessages().figures
  return (
    <section class="insights-section" aria-labelledby="figures-title">
      <h3 id="figures-title">{t.title}</h3>
      <dl class="figures">
        {toFigures(summary, t, locale).map((figure) => (
          <div key={figure.key} class="figure" data-figure={figure.key}>
            <dt>{figure.label}</dt>
            <dd class="figure-value">{figure.value}</dd>
            <dd class="figure-n">{figure.n}</dd>
            <dd class="figure-help">{figure.help}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
