import { useState } from 'preact/hooks'
import { useAccountMessages } from '../../i18n/accounts-context.ts'
import { useAlertMessages } from '../../i18n/alerts-context.ts'
import type { CallResult } from '../../session/http.ts'
import { failureText } from '../accounts/failure.ts'
import { SaveFooter, type SaveState } from '../accounts/SaveFooter.tsx'
import { DesktopNotifications } from './DesktopNotifications.tsx'

interface Props {
  /** Their choice: a tone with each alert. */
  sound: boolean
  save(sound: boolean): Promise<CallResult<unknown>>
  onSaved?(): void
}

/** One's own alerts (issue 14), beside one's language: the tone (kept with the account) and desktop notifications (this browser's). */
export function AlertSettings({ sound, save, onSaved }: Props) {
  const all = useAccountMessages()
  const t = useAlertMessages().settings
  const [on, setOn] = useState(sound)
  const [state, setState] = useState<SaveState>({ step: 'idle' })

  async function submit(event: Event) {
    event.preventDefault()
    if (state.step === 'saving') return
    setState({ step: 'saving' })
    const result = await save(on)
    if (!result.ok) return setState({ step: 'refused', text: failureText(all, result.error) })
    setState({ step: 'saved' })
    onSaved?.()
  }

  return (
    <section class="settings-form" aria-labelledby="alert-settings-title">
      <h3 id="alert-settings-title">{t.title}</h3>
      <p class="settings-hint">{t.hint}</p>
      <form noValidate onSubmit={submit}>
        <div class="settings-field settings-check">
          <input
            id="alert-sound"
            type="checkbox"
            checked={on}
            aria-describedby="alert-sound-hint"
            onChange={(e) => {
              setOn(e.currentTarget.checked)
              if (state.step !== 'saving') setState({ step: 'idle' })
            }}
          />
          <label for="alert-sound">{t.sound}</label>
          <p id="alert-sound-hint" class="settings-hint">
            {t.soundHint}
          </p>
        </div>
        <SaveFooter state={state} save={t.save} saved={t.saved} />
      </form>
      <DesktopNotifications />
    </section>
  )
}
