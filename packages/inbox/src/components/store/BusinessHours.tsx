import type { ComponentChild } from 'preact'
import { useEffect, useRef, useState } from 'preact/hooks'
import { REPLY_TIMES, WEEKDAYS, type BusinessHours as Hours, type ReplyTime, type Weekday } from '@attune/protocol'
import { useAccountMessages } from '../../i18n/accounts-context.ts'
import { useHoursMessages } from '../../i18n/hours-context.ts'
import { addRange, firstProblem, fromForm, removeRange, setRange, timeZones, toForm } from '../../lib/hours-form.ts'
import { createHoursApi, type HoursApi } from '../../session/hours.ts'
import { failureWords } from '../accounts/failure.ts'
import { HoursClosures } from './HoursClosures.tsx'

interface Props {
  /** The same-origin endpoints when not given. */
  api?: HoursApi
}

type State =
  { step: 'loading' | 'load_failed' } | { step: 'editing' | 'saving' | 'saved'; form: Hours } | { step: 'refused'; form: Hours; text: ComponentChild }

/**
 * The store's business hours (issue 15), on the Store page: a time zone, each weekday's ranges, the
 * holidays and closures, the typical reply time, and whether they are used at all. Saved with one
 * button; a refused field is named in an alert (WCAG 3.3.1, 4.1.3) and nothing is lost.
 */
export function BusinessHours({ api: given }: Props) {
  const t = useHoursMessages()
  const all = useAccountMessages()
  const [api] = useState(() => given ?? createHoursApi())
  const [state, setState] = useState<State>({ step: 'loading' })
  useEffect(() => {
    void api.load().then((result) => setState(result.ok ? { step: 'editing', form: toForm(result.value) } : { step: 'load_failed' }))
  }, [api])

  if (!('form' in state)) {
    return (
      <section class="settings-form" aria-labelledby="hours-title">
        <h3 id="hours-title">{t.title}</h3>
        <p class={state.step === 'load_failed' ? 'settings-error' : 'muted'} role="status">
          {state.step === 'load_failed' ? t.loadFailed : ''}
        </p>
      </section>
    )
  }
  const form = state.form
  const edit = (next: Hours) => setState({ step: 'editing', form: next })

  async function save(event: Event) {
    event.preventDefault()
    if (state.step === 'saving') return
    const problem = firstProblem(form, t)
    if (problem) return setState({ step: 'refused', form, text: problem })
    setState({ step: 'saving', form })
    const result = await api.save(fromForm(form))
    // The form was checked above with the server's own schema, so a refusal is rarely a field's.
    if (result.ok) setState({ step: 'saved', form: toForm(result.value) })
    else setState({ step: 'refused', form, text: failureWords(all, result.error) })
  }

  return (
    <section class="settings-form" aria-labelledby="hours-title">
      <h3 id="hours-title">{t.title}</h3>
      <p id="hours-hint" class="settings-hint">
        {t.hint}
      </p>
      <form class="hours-form" noValidate onSubmit={(e) => void save(e)}>
        <div class="settings-field settings-check">
          <input
            id="hours-enabled"
            type="checkbox"
            checked={form.enabled}
            aria-describedby="hours-enabled-hint"
            onChange={(e) => edit({ ...form, enabled: e.currentTarget.checked })}
          />
          <label for="hours-enabled">{t.enabled}</label>
          <p id="hours-enabled-hint" class="settings-hint">
            {t.enabledHint}
          </p>
        </div>
        <div class="settings-field">
          <label for="hours-zone">{t.timeZone}</label>
          <select id="hours-zone" value={form.timeZone} onChange={(e) => edit({ ...form, timeZone: e.currentTarget.value })}>
            {timeZones(form.timeZone).map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
        </div>
        <fieldset class="hours-week" aria-describedby="hours-midnight">
          <legend>{t.weekly}</legend>
          <p id="hours-midnight" class="settings-hint">
            {t.midnightHint}
          </p>
          {WEEKDAYS.map((day) => (
            <WeekdayRanges key={day} day={day} form={form} onChange={edit} />
          ))}
        </fieldset>
        <HoursClosures closures={form.closures} onChange={(closures) => edit({ ...form, closures })} />
        <div class="settings-field">
          <label for="hours-reply">{t.replyTime}</label>
          <select
            id="hours-reply"
            value={form.replyTime ?? ''}
            onChange={(e) => edit({ ...form, replyTime: (e.currentTarget.value || null) as ReplyTime | null })}
          >
            <option value="">{t.replyTimes.none}</option>
            {REPLY_TIMES.map((time) => (
              <option key={time} value={time}>
                {t.replyTimes[time]}
              </option>
            ))}
          </select>
        </div>
        <div class="settings-actions">
          <button type="submit" class="button button-primary" disabled={state.step === 'saving'}>
            {state.step === 'saving' ? t.saving : t.save}
          </button>
        </div>
        <p class="settings-error" role="alert">
          {state.step === 'refused' ? state.text : ''}
        </p>
        <p class="settings-status" role="status">
          {state.step === 'saved' ? t.saved : ''}
        </p>
      </form>
    </section>
  )
}

/** One weekday: its ranges (opens, closes, remove) and "Add hours"; "Closed" when it has none. */
function WeekdayRanges({ day, form, onChange }: { day: Weekday; form: Hours; onChange(next: Hours): void }) {
  const t = useHoursMessages()
  const name = t.days[day]
  const add = useRef<HTMLButtonElement>(null)
  const ranges = form.weekly[day]
  return (
    <div class="hours-day" role="group" aria-labelledby={`hours-${day}`}>
      <h4 id={`hours-${day}`}>{name}</h4>
      {ranges.length === 0 && <p class="muted">{t.closed}</p>}
      {ranges.map((range, i) => {
        const id = `hours-${day}-${i}`
        const which = t.rangeOf(name, i + 1)
        return (
          <div key={i} class="field-row hours-range">
            <label for={`${id}-start`}>
              {t.opens}
              <span class="sr-only"> {which}</span>
            </label>
            <input
              id={`${id}-start`}
              type="time"
              value={range.start}
              onInput={(e) => onChange(setRange(form, day, i, { start: e.currentTarget.value }))}
            />
            <label for={`${id}-end`}>
              {t.closes}
              <span class="sr-only"> {which}</span>
            </label>
            <input id={`${id}-end`} type="time" value={range.end} onInput={(e) => onChange(setRange(form, day, i, { end: e.currentTarget.value }))} />
            <button
              type="button"
              class="button button-quiet"
              onClick={() => {
                // The row goes: focus moves to "Add hours", where the next action is.
                add.current?.focus()
                onChange(removeRange(form, day, i))
              }}
            >
              {t.removeRange}
              <span class="sr-only"> {t.removeRangeWhich(name, range.start, range.end)}</span>
            </button>
          </div>
        )
      })}
      <button ref={add} type="button" class="button button-quiet" onClick={() => onChange(addRange(form, day))}>
        {t.addRange}
        <span class="sr-only"> {t.addRangeTo(name)}</span>
      </button>
    </div>
  )
}
