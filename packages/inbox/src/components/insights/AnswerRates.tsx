import { useMessages } from '../../i18n/context.ts'
import type { MomentRates } from '@attune/empathy'
import { useInsightsMessages } from '../../i18n/insights-context.ts'
import { formatPercent } from '../../insights/figures.ts'
import { languageName } from './format.ts'

/**
 * Answer rate per moment and language. Positivity bias differs by market (EMPATHY.md), so the
 * languages sit side by side as a table rather than blended into one figure.
 */
export function AnswerRates({ byLanguage }: { byLanguage: Record<string, MomentRates> }) {
  const { locale } = useMessages()
  const ti = useInsightsMessages()
  const t = ti.answerChart
  const n = ti.figures.n
  const languages = Object.keys(byLanguage)
  if (languages.length === 0) return null
  return (
    <section class="insights-section" aria-labelledby="answer-language-title">
      <h3 id="answer-language-title">{t.byLanguage}</h3>
      <table class="rates-table">
        <thead>
          <tr>
            <th scope="col">{ti.table.language}</th>
            <th scope="col">{t.before}</th>
            <th scope="col">{t.during}</th>
            <th scope="col">{t.after}</th>
          </tr>
        </thead>
        <tbody>
          {languages.map((language) => {
            const rates = byLanguage[language]!
            return (
              <tr key={language}>
                <th scope="row">{languageName(language, locale)}</th>
                {(['before', 'during', 'after'] as const).map((moment) => (
                  <td key={moment}>
                    {formatPercent(rates[moment], locale)} <span class="muted">({n(rates[moment].n)})</span>
                  </td>
                ))}
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}
