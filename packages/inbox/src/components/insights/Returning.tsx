import { useMessages } from '../../i18n/context.ts'
import { useInsightsMessages } from '../../i18n/insights-context.ts'
import type { InsightsResponse } from '../../insights/api.ts'
import { formatMean, formatPercent } from '../../insights/figures.ts'
import { ConversationLink } from './ConversationTables.tsx'

type Returning = InsightsResponse['returning']

/** Returning shoppers' trend (issue 16): improving / steady / worsening, and per week, as a table. */
export function ReturningShoppers({ returning }: { returning: Returning }) {
  const { locale } = useMessages()
  const t = useInsightsMessages().returning
  const { summary, byWeek } = returning
  return (
    <section class="insights-section" aria-labelledby="returning-title">
      <h3 id="returning-title">{t.title}</h3>
      <p class="section-hint">{t.hint}</p>
      {summary.shoppers === 0 ? (
        <p class="muted">{t.none}</p>
      ) : (
        <>
          <p>{t.shoppers(summary.shoppers)}</p>
          <dl class="returning-figures">
            {(['improving', 'steady', 'worsening'] as const).map((key) => (
              <div key={key} class="returning-figure">
                <dt>{t[key]}</dt>
                <dd>{formatPercent(summary[key], locale)}</dd>
              </div>
            ))}
            <div class="returning-figure">
              <dt>{t.first}</dt>
              <dd>{formatMean(summary.meanFirst, locale)}</dd>
            </div>
            <div class="returning-figure">
              <dt>{t.latest}</dt>
              <dd>{formatMean(summary.meanLatest, locale)}</dd>
            </div>
          </dl>
          <table class="rates-table">
            <caption>{t.caption}</caption>
            <thead>
              <tr>
                {[t.week, t.count, t.improving, t.steady, t.worsening, t.first, t.latest].map((label) => (
                  <th key={label} scope="col">
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {byWeek.map(({ week, trend }) => (
                <tr key={week}>
                  <th scope="row">{week}</th>
                  <td>{trend.shoppers}</td>
                  <td>{formatPercent(trend.improving, locale)}</td>
                  <td>{formatPercent(trend.steady, locale)}</td>
                  <td>{formatPercent(trend.worsening, locale)}</td>
                  <td>{formatMean(trend.meanFirst, locale)}</td>
                  <td>{formatMean(trend.meanLatest, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  )
}

/** How many messages threatened a public complaint in the period, and the conversations to open. */
export function ComplaintRisk({ complaints }: { complaints: InsightsResponse['complaints'] }) {
  const t = useInsightsMessages().complaints
  return (
    <section class="insights-section" aria-labelledby="complaints-title">
      <h3 id="complaints-title">{t.title}</h3>
      <p class="section-hint">{t.hint}</p>
      {complaints.messages === 0 ? (
        <p class="muted">{t.none}</p>
      ) : (
        <>
          <p>{t.count(complaints.messages, complaints.conversations)}</p>
          <ul class="risk-list">
            {complaints.conversationIds.map((id) => (
              <li key={id}>
                <ConversationLink id={id} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
