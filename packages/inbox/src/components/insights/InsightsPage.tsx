import { useMessages } from '../../i18n/context.ts'
import type { Mean } from '@attune/empathy'
import { useStore } from '@nanostores/preact'
import { useEffect, useMemo, useState } from 'preact/hooks'
import { useInsightsMessages } from '../../i18n/insights-context.ts'
import { createInsightsApi, insightsQuery, type InsightsApi, type InsightsFilters, type InsightsResponse } from '../../insights/api.ts'
import { answerRateByDay, moodByDay } from '../../insights/chart-data.ts'
import { filtersFromSearch, filtersToSearch, withAnsweredDays } from '../../insights/filters.ts'
import { formatMean, formatPercent } from '../../insights/figures.ts'
import { hrefFor } from '../../lib/route.ts'
import { CareFigures } from '../care/CareFigures.tsx'
import { navigate } from '../use-location.ts'
import { AnswerRates } from './AnswerRates.tsx'
import { ConversationsTable, RiskList } from './ConversationTables.tsx'
import { DayChart } from './DayChart.tsx'
import { $erased, withoutErased } from './erased.ts'
import { FeedbackList } from './FeedbackList.tsx'
import { Figures } from './Figures.tsx'
import { Filters } from './Filters.tsx'
import { Matrix } from './Matrix.tsx'
import { ComplaintRisk, ReturningShoppers } from './Returning.tsx'
import type { CreatePlot } from './UPlotChart.tsx'
import type { CareApi } from '../../session/care.ts'

interface Props {
  /** The same-origin endpoints in `timeZone` when not given (made here, off the first screen). */
  api?: InsightsApi
  /** The page's query string: the filters live in the URL so a view can be shared. */
  search: string
  /**
   * The manager's zone, sent as `tz`: the server cuts the days in it when the store has no zone
   * of its own, and answers with the zone it used (`range.timeZone`), which the page then follows.
   * Never used here to tell "today": that is the store's day, which the server knows.
   */
  timeZone?: string
  createPlot?: CreatePlot
  /** The team's care figures; the same-origin endpoint when not given. */
  careApi?: CareApi
}

type Load = { state: 'loading' } | { state: 'failed' } | { state: 'loaded'; data: InsightsResponse }

const MOOD_LINES = (t: { before: string; after: string }) =>
  [
    { label: t.before, stroke: '#b45309', dash: [6, 4] },
    { label: t.after, stroke: '#1f4fb4' },
  ] as const

/** The mean of the moods given, for the chart's one-line summary. */
function meanOf(moods: readonly (number | null)[]): Mean {
  const given = moods.filter((m): m is number => m !== null)
  return { value: given.length === 0 ? null : given.reduce((a, b) => a + b, 0) / given.length, n: given.length }
}

export function InsightsPage({ api: given, search, timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone, createPlot, careApi }: Props) {
  const [api] = useState(() => given ?? createInsightsApi(timeZone))
  const t = useInsightsMessages()
  const { locale } = useMessages()
  const filters = filtersFromSearch(search)
  const key = filtersToSearch(filters)
  const [load, setLoad] = useState<Load>({ state: 'loading' })
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    let live = true
    setLoad({ state: 'loading' })
    void api.load(filters).then((result) => {
      if (!live) return
      setLoad(result.ok ? { state: 'loaded', data: result.data } : { state: 'failed' })
    })
    return () => {
      live = false
    }
  }, [api, key, attempt])

  function change(next: InsightsFilters) {
    navigate(`${hrefFor({ page: 'insights' })}${filtersToSearch(next)}`, { replace: true })
  }

  // A shopper erased: their conversations leave the lists and the table at once (erased.ts).
  const erased = useStore($erased)
  const data = useMemo(() => (load.state === 'loaded' ? withoutErased(load.data, erased) : null), [load, erased])
  // Days left unchosen are the ones the answer covers, in its zone: the store's last 30 (decision
  // 047). The date fields, the CSV and the feedback list then all name the days the figures are of.
  const shown = data ? withAnsweredDays(filters, data.range) : filters
  const moodLines = useMemo(() => MOOD_LINES(t.moodChart), [t])
  const answerLines = useMemo(
    () => [
      { label: t.answerChart.before, stroke: '#1f4fb4' },
      { label: t.answerChart.during, stroke: '#157347', dash: [6, 4] },
      { label: t.answerChart.after, stroke: '#b3261e', dash: [2, 3] },
    ],
    [t],
  )
  // The answer names the zone its days are in (the store's, perhaps, not this browser's): the
  // chart's days and the feedback list's range follow it, so the page shows one set of days.
  const moods = useMemo(() => (data ? moodByDay(data, data.range.timeZone) : null), [data])
  const answers = useMemo(() => (data ? answerRateByDay(data) : null), [data])

  return (
    <main class="insights" aria-labelledby="insights-title">
      <div class="insights-head">
        <h2 id="insights-title">{t.title}</h2>
        <a class="button" href={api.csvUrl(shown)} download>
          {t.downloadCsv}
        </a>
      </div>
      <p class="section-hint">{t.intro}</p>
      <Filters filters={shown} options={data?.options ?? null} onChange={change} />
      {data && <p class="section-hint">{t.daysIn(data.range.timeZone)}</p>}
      <div class="insights-status" role="status">
        {load.state === 'loading' ? t.loading : data ? t.count(data.summary.conversations) : ''}
      </div>
      {load.state === 'failed' && (
        <div class="insights-error" role="alert">
          <p>{t.failed}</p>
          <button type="button" class="button" onClick={() => setAttempt((n) => n + 1)}>
            {t.retry}
          </button>
        </div>
      )}
      {data && data.summary.conversations === 0 && (
        <div class="empty">
          <p class="empty-title">{t.empty}</p>
          <p class="empty-hint">{t.emptyHint}</p>
        </div>
      )}
      {data && data.summary.conversations > 0 && moods && answers && (
        <>
          <Figures summary={data.summary} />
          <DayChart
            id="mood-chart"
            title={t.moodChart.title}
            summary={t.moodChart.summary(
              formatMean(meanOf(data.conversations.map((c) => c.moodBefore)), locale),
              formatMean(meanOf(data.conversations.map((c) => c.moodAfter)), locale),
            )}
            yLabel={t.moodChart.axis}
            range={[1, 5]}
            lines={moodLines}
            data={moods}
            {...(createPlot ? { create: createPlot } : {})}
          />
          <DayChart
            id="answer-chart"
            title={t.answerChart.title}
            summary={t.answerChart.summary(
              ...((['before', 'during', 'after'] as const).map((m) => formatPercent(data.summary.answerRate[m], locale)) as [string, string, string]),
            )}
            yLabel={t.answerChart.axis}
            range={[0, 100]}
            lines={answerLines}
            data={answers}
            suffix="%"
            {...(createPlot ? { create: createPlot } : {})}
          />
          <AnswerRates byLanguage={data.summary.answerRateByLanguage} />
          <Matrix matrix={data.summary.startEndMatrix} />
          <RiskList ids={data.summary.veryUpsetAtEnd} conversations={data.conversations} />
          <ComplaintRisk complaints={data.complaints} />
          <ReturningShoppers returning={data.returning} />
          <ConversationsTable data={data} />
          <FeedbackList query={insightsQuery(shown, data.range.timeZone)} />
        </>
      )}
      <CareFigures {...(careApi ? { api: careApi } : {})} />
    </main>
  )
}
