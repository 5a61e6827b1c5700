import { useEffect, useState } from 'preact/hooks'
import { useCareMessages } from '../../i18n/care-context.ts'
import { createCareApi, type CareApi } from '../../session/care.ts'

interface Props {
  /** The same-origin endpoints when not given. */
  api?: CareApi
}

type State = { step: 'loading' | 'load_failed' } | { step: 'ready' | 'saving' | 'saved' | 'failed'; enabled: boolean }

/** "Check in on agents after hard conversations" (issue 16), on the Store page: saved as it is ticked. */
export function CareSetting({ api: given }: Props) {
  const t = useCareMessages().setting
  const [api] = useState(() => given ?? createCareApi())
  const [state, setState] = useState<State>({ step: 'loading' })
  useEffect(() => {
    void api.settings().then((result) => setState(result.ok ? { step: 'ready', enabled: result.value.enabled } : { step: 'load_failed' }))
  }, [api])

  async function toggle(enabled: boolean) {
    setState({ step: 'saving', enabled })
    const result = await api.setEnabled(enabled)
    setState(result.ok ? { step: 'saved', enabled: result.value.enabled } : { step: 'failed', enabled: !enabled })
  }

  const note =
    state.step === 'load_failed'
      ? t.loadFailed
      : state.step === 'saving'
        ? t.saving
        : state.step === 'failed'
          ? t.failed
          : state.step === 'saved'
            ? state.enabled
              ? t.on
              : t.off
            : ''
  return (
    <section class="settings-form" aria-labelledby="care-setting-title">
      <h3 id="care-setting-title">{t.title}</h3>
      <div class="settings-field settings-check">
        <input
          id="care-setting"
          type="checkbox"
          checked={'enabled' in state && state.enabled}
          disabled={!('enabled' in state) || state.step === 'saving'}
          aria-describedby="care-setting-hint"
          onChange={(e) => void toggle(e.currentTarget.checked)}
        />
        <label for="care-setting">{t.label}</label>
      </div>
      <p id="care-setting-hint" class="section-hint">
        {t.hint}
      </p>
      <p class={state.step === 'failed' || state.step === 'load_failed' ? 'settings-error' : 'muted'} role="status">
        {note}
      </p>
    </section>
  )
}
