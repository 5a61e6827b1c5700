import type { Summary } from '@attune/empathy'
import { useMessages } from '../../i18n/context.ts'
import { toFigures } from '../../insights/figures.ts'

export function Figures({ summary }: { summary: Summary }) {
  const t = useMessages().insights.figures
  return (
    <section class="insights-section" aria-labelledby="figures-title">
      <h3 id="figures-title">{t.title}</h3>
      <dl class="figures">
        {toFigures(summary, t).map((figure) => (
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
