import { SETTINGS_BOUNDS } from '@attune/empathy'
import type { JSX } from 'preact'
import { useEffect, useRef, useState } from 'preact/hooks'
import { useMessages } from '../../i18n/context.ts'
import { useSettingsMessages } from '../../i18n/settings-context.ts'
import {
  formToSettings,
  issuesByField,
  type NUMBER_FIELDS,
  settingsToForm,
  type SettingsField,
  type SettingsForm,
  type ShownIssue,
} from '../../lib/settings-form.ts'
import { createSettingsApi, type SettingsApi } from '../../session/settings.ts'

interface Props {
  /** The same-origin endpoints when not given (made here, in the page's chunk). */
  api?: SettingsApi
}

type Load = { state: 'loading' } | { state: 'failed' } | { state: 'loaded'; form: SettingsForm }

type Save =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved' }
  | { state: 'invalid'; byField: Partial<Record<SettingsField, string[]>>; all: ShownIssue[] }
  | { state: 'failed'; reason: 'unauthorized' | 'network' | 'server' }

const fieldId = (field: SettingsField) => `settings-${field}`
const errorId = (field: SettingsField) => `settings-${field}-error`

/** The store's check-in settings. (The identity secret is on the Store page, for owners and admins.) */
export function SettingsPage({ api: given }: Props) {
  const [api] = useState(() => given ?? createSettingsApi())
  const all = useMessages()
  const t = useSettingsMessages()
  const [load, setLoad] = useState<Load>({ state: 'loading' })
  const [save, setSave] = useState<Save>({ state: 'idle' })
  const [attempt, setAttempt] = useState(0)
  const form = useRef<HTMLFormElement>(null)

  useEffect(() => {
    let live = true
    setLoad({ state: 'loading' })
    void api.loadSettings().then((result) => {
      if (!live) return
      setLoad(result.ok ? { state: 'loaded', form: settingsToForm(result.settings) } : { state: 'failed' })
    })
    return () => {
      live = false
    }
  }, [api, attempt])

  // After refused settings, land on the first marked field (the summary is announced as an alert).
  useEffect(() => {
    if (save.state !== 'invalid') return
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [save])

  if (load.state !== 'loaded') {
    return (
      <main class="settings" aria-labelledby="settings-title">
        <h2 id="settings-title">{t.title}</h2>
        {load.state === 'loading' ? (
          <p role="status">{t.loading}</p>
        ) : (
          <div class="settings-failed">
            <p role="alert">{t.failed}</p>
            <button type="button" class="button" onClick={() => setAttempt((n) => n + 1)}>
              {t.retry}
            </button>
          </div>
        )}
      </main>
    )
  }

  const values = load.form
  const issues = save.state === 'invalid' ? save.byField : {}

  function change<K extends keyof SettingsForm>(key: K, value: SettingsForm[K]) {
    setLoad((current) => (current.state === 'loaded' ? { ...current, form: { ...current.form, [key]: value } } : current))
    if (save.state === 'saved' || save.state === 'failed') setSave({ state: 'idle' })
  }

  async function submit(event: Event) {
    event.preventDefault()
    if (save.state === 'saving') return
    setSave({ state: 'saving' })
    const payload = formToSettings(values)
    const result = await api.saveSettings(payload)
    if (result.ok) {
      setLoad((current) => (current.state === 'loaded' ? { ...current, form: settingsToForm(result.settings) } : current))
      setSave({ state: 'saved' })
    } else if (result.reason === 'invalid') {
      setSave({ state: 'invalid', ...issuesByField(result.issues, payload, t.issue) })
    } else {
      setSave({ state: 'failed', reason: result.reason })
    }
  }

  /** The label, control and (when refused) the issue of one field. */
  function field(key: SettingsField, control: (props: FieldProps) => JSX.Element, hint?: string) {
    const errors = issues[key]
    const describedBy = [errors ? errorId(key) : '', hint ? `${fieldId(key)}-hint` : ''].filter(Boolean).join(' ')
    const props: FieldProps = {
      id: fieldId(key),
      'aria-invalid': errors ? 'true' : undefined,
      'aria-describedby': describedBy || undefined,
    }
    const label = <label for={props.id}>{t[key]}</label>
    const isCheckbox = key === 'before' || key === 'during' || key === 'after' || key === 'effortItem' || key === 'complaintAlerts'
    return (
      <div class={`settings-field${isCheckbox ? ' settings-check' : ''}${errors ? ' is-invalid' : ''}`}>
        {isCheckbox ? (
          <>
            {control(props)}
            {label}
          </>
        ) : (
          <>
            {label}
            {control(props)}
          </>
        )}
        {hint && (
          <p id={`${fieldId(key)}-hint`} class="settings-hint">
            {hint}
          </p>
        )}
        {errors && (
          <p id={errorId(key)} class="settings-error">
            {errors.join(' ')}
          </p>
        )}
      </div>
    )
  }

  const checkbox = (key: 'before' | 'during' | 'after' | 'effortItem' | 'complaintAlerts') =>
    field(key, (props) => (
      <input {...props} type="checkbox" checked={values[key]} onChange={(e) => change(key, (e.currentTarget as HTMLInputElement).checked)} />
    ))

  const number = (key: (typeof NUMBER_FIELDS)[number]) =>
    field(key, (props) => (
      <input
        {...props}
        type="number"
        inputMode="numeric"
        step={1}
        min={SETTINGS_BOUNDS[key][0]}
        max={SETTINGS_BOUNDS[key][1]}
        value={values[key]}
        onInput={(e) => change(key, (e.currentTarget as HTMLInputElement).value)}
      />
    ))

  const status = save.state === 'saving' ? t.saving : save.state === 'saved' ? t.saved : save.state === 'failed' ? t.saveFailed[save.reason] : ''

  return (
    <main class="settings" aria-labelledby="settings-title">
      <h2 id="settings-title">{t.title}</h2>
      <form class="settings-form" aria-labelledby="check-ins-title" noValidate onSubmit={submit} ref={form}>
        <h3 id="check-ins-title">{t.checkIns}</h3>
        <p class="settings-hint">{t.checkInsHint}</p>
        <div role="alert" class="settings-summary-slot">
          {save.state === 'invalid' && (
            <div class="settings-summary">
              <p>{t.invalid}</p>
              <ul>
                {save.all.map((issue, i) => (
                  <li key={i}>{issue.field ? `${t[issue.field]}: ${issue.text}` : issue.text}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
        {checkbox('before')}
        {checkbox('during')}
        {checkbox('after')}
        {number('waitSeconds')}
        {number('longChatMessages')}
        {number('minSecondsBetweenAutoCheckIns')}
        {number('quietStartSeconds')}
        {field('signalThreshold', (props) => (
          <select
            {...props}
            value={values.signalThreshold}
            onChange={(e) => change('signalThreshold', (e.currentTarget as HTMLSelectElement).value === 'concerned' ? 'concerned' : 'frustrated')}
          >
            <option value="concerned">{all.signal.concerned}</option>
            <option value="frustrated">{all.signal.frustrated}</option>
          </select>
        ))}
        {checkbox('effortItem')}
        {field(
          'topics',
          (props) => (
            <input
              {...props}
              type="text"
              autoComplete="off"
              spellcheck={false}
              value={values.topics}
              onInput={(e) => change('topics', (e.currentTarget as HTMLInputElement).value)}
            />
          ),
          t.topicsHint,
        )}
        {number('retentionDays')}
        {checkbox('complaintAlerts')}
        <div class="settings-actions">
          <button type="submit" class="button button-primary" disabled={save.state === 'saving'}>
            {t.save}
          </button>
          <p role="status" class={save.state === 'failed' ? 'settings-status is-failed' : 'settings-status'}>
            {status}
          </p>
        </div>
      </form>
    </main>
  )
}

interface FieldProps {
  id: string
  'aria-invalid': 'true' | undefined
  'aria-describedby': string | undefined
}
