import { CARE_MIN_ANSWERS, CARE_MIN_PEOPLE, type CareDaysResponse } from '@attune/protocol'
import { useEffect, useState } from 'preact/hooks'
import { useCareMessages } from '../../i18n/care-context.ts'
import { useMessages } from '../../i18n/context.ts'
import { formatMean } from '../../insights/figures.ts'
import { createCareApi, type CareApi } from '../../session/care.ts'
import { formatDay } from '../insights/format.ts'

interface Props {
  /** The same-origin endpoint when not given. */
  api?: CareApi
}

type Load = { state: 'loading' | 'failed' } | { state: 'loaded'; data: CareDaysResponse }

/**
 * The team's care figures on Insights (issue 16): per day, the count and the mean of the agents'
 * own answers, where the server found enough of them; never anyone's single answer.
 */
export function CareFigures({ api: given }: Props) {
  const t = useCareMessages().figures
  // Days and means as the rest of Insights shows them, in the agent's language.
  const messages = useMessages()
  const { locale } = messages
  const [api] = useState(() => given ?? createCareApi())
  const [open, setOpen] = useState(false)
  const [load, setLoad] = useState<Load>({ state: 'loading' })
  // Fetched when opened: the page's own figures come first, and this is a separate question.
  useEffect(() => {
    if (!open) return
    let live = true
    void api.days().then((result) => live && setLoad(result.ok ? { state: 'loaded', data: result.value } : { state: 'failed' }))
    return () => {
      live = false
    }
  }, [api, open])

  const data = load.state === 'loaded' ? load.data : null
  return (
    <section class="insights-section care-figures" aria-labelledby="care-figures-title">
      <h3 id="care-figures-title">{t.title}</h3>
      <p class="section-hint">{t.hint(data?.minAnswers ?? CARE_MIN_ANSWERS, data?.minPeople ?? CARE_MIN_PEOPLE)}</p>
      <button type="button" class="button" aria-expanded={open} aria-controls="care-figures-body" onClick={() => setOpen(!open)}>
        {open ? t.hide : t.show}
      </button>
      <div id="care-figures-body" hidden={!open}>
        <p role="status">
          {!open ? '' : load.state === 'loading' ? t.loading : load.state === 'failed' ? t.failed : data?.days.length === 0 ? t.empty : ''}
        </p>
        {data && data.days.length > 0 && (
          <table>
            <thead>
              <tr>
                <th scope="col">{t.day}</th>
                <th scope="col">{t.answers}</th>
                <th scope="col">{t.mean}</th>
              </tr>
            </thead>
            <tbody>
              {data.days.map((day) => (
                <tr key={day.day}>
                  <th scope="row">
                    <time dateTime={day.day}>{formatDay(day.day, messages)}</time>
                  </th>
                  {day.enough ? (
                    <>
                      <td>{day.answers}</td>
                      <td>{formatMean({ value: day.mean, n: day.answers }, locale)}</td>
                    </>
                  ) : (
                    <td colSpan={2}>{t.notEnough}</td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </section>
  )
}
