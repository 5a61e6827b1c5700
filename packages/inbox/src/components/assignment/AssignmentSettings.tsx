import { ASSIGNMENT_LIMIT_RANGE, type AssignmentMode, type AssignmentSettings as Settings } from '@attune/protocol'
import { useState } from 'preact/hooks'
import { useAccountMessages } from '../../i18n/accounts-context.ts'
import { useTeamMessages } from '../../i18n/team-context.ts'
import { createAssignmentApi, type AssignmentApi } from '../../session/assignment.ts'
import { failureText } from '../accounts/failure.ts'
import { PageState } from '../accounts/PageState.tsx'
import { SaveFooter, type SaveState } from '../accounts/SaveFooter.tsx'
import { useLoad } from '../accounts/use-load.ts'

interface Props {
  /** The same-origin endpoints when not given. */
  api?: AssignmentApi
}

/** The Store page's "Assignment" (issue 14): how new conversations are handed out, and each agent's limit. */
export function AssignmentSettings({ api: given }: Props) {
  const t = useTeamMessages().settings
  const all = useAccountMessages()
  const [api] = useState(() => given ?? createAssignmentApi())
  // "Loading…", or a failure said with "Try again", as the Store page's other sections.
  const { loaded, retry, replace } = useLoad(api.settings)
  const settings = loaded.state === 'loaded' ? loaded.value : null
  const [state, setState] = useState<SaveState>({ step: 'idle' })

  async function submit(event: Event) {
    event.preventDefault()
    if (!settings || state.step === 'saving') return
    setState({ step: 'saving' })
    const result = await api.saveSettings(settings)
    setState(result.ok ? { step: 'saved' } : { step: 'refused', text: failureText(all, result.error) })
  }

  const change = (next: Partial<Settings>) => {
    if (settings) replace({ ...settings, ...next })
    if (state.step !== 'saving') setState({ step: 'idle' })
  }
  const mode = (value: AssignmentMode, label: string, hint?: string) => (
    <label class="voice-choice">
      <input type="radio" name="assignment-mode" value={value} checked={settings?.mode === value} onChange={() => change({ mode: value })} />
      <span>
        {label}
        {hint && <span class="voice-example">{hint}</span>}
      </span>
    </label>
  )

  return (
    <section class="settings-form" aria-labelledby="assignment-title">
      <h3 id="assignment-title">{t.title}</h3>
      {!settings ? (
        <PageState loaded={loaded} onRetry={retry} />
      ) : (
        <form noValidate onSubmit={submit}>
          <fieldset class="voice-choices">
            <legend>{t.mode}</legend>
            {mode('auto', t.auto, t.autoHint)}
            {mode('manual', t.manual)}
          </fieldset>
          <div class="settings-field">
            <label for="assignment-limit">{t.limit}</label>
            <input
              id="assignment-limit"
              type="number"
              inputMode="numeric"
              min={ASSIGNMENT_LIMIT_RANGE.min}
              max={ASSIGNMENT_LIMIT_RANGE.max}
              aria-describedby="assignment-limit-hint"
              value={settings.limit}
              onInput={(e) => change({ limit: Number((e.currentTarget as HTMLInputElement).value) })}
            />
            <p id="assignment-limit-hint" class="field-hint">
              {t.limitHint}
            </p>
          </div>
          <SaveFooter state={state} save={t.save} saved={t.saved} />
        </form>
      )}
    </section>
  )
}
