import { inThaiVoice, THAI_VOICES, type ThaiVoice } from '@attune/protocol'
import { useState } from 'preact/hooks'
import { useAccountMessages } from '../../i18n/accounts-context.ts'
import type { CallResult } from '../../session/http.ts'
import { failureText } from './failure.ts'
import { SaveFooter, type SaveState } from './SaveFooter.tsx'

interface Props {
  /** Prefixes the form's ids: one page may hold one form per owner of a voice. */
  id: string
  title: string
  hint: string
  voice: ThaiVoice
  save(voice: ThaiVoice): Promise<CallResult<unknown>>
  onSaved?(voice: ThaiVoice): void
}

/**
 * A Thai voice to choose (issue 16): each choice named by its particle, explained in English and
 * shown in a sentence as shoppers will read it. The store's (Store page) and one's own (Team page).
 */
export function ThaiVoiceForm({ id, title, hint, voice, save, onSaved }: Props) {
  const all = useAccountMessages()
  const t = all.voice
  const [chosen, setChosen] = useState(voice)
  const [state, setState] = useState<SaveState>({ step: 'idle' })

  async function submit(event: Event) {
    event.preventDefault()
    if (state.step === 'saving') return
    setState({ step: 'saving' })
    const result = await save(chosen)
    if (!result.ok) return setState({ step: 'refused', text: failureText(all, result.error) })
    setState({ step: 'saved' })
    onSaved?.(chosen)
  }

  return (
    <section class="settings-form" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <form noValidate onSubmit={submit}>
        {/* Named by the section's heading, so a screen reader says it once with the group. */}
        <fieldset class="voice-choices" aria-labelledby={`${id}-title`} aria-describedby={`${id}-hint`}>
          <p id={`${id}-hint`} class="settings-hint">
            {hint}
          </p>
          {THAI_VOICES.map((option) => (
            <label key={option} class="voice-choice">
              <input
                type="radio"
                name={`${id}-voice`}
                value={option}
                checked={chosen === option}
                onChange={() => {
                  setChosen(option)
                  if (state.step !== 'saving') setState({ step: 'idle' })
                }}
              />
              <span>
                <strong lang={option === 'neutral' ? undefined : 'th'}>{t[option]}</strong> — {t[`${option}Hint`]}
                <span class="voice-example" lang="th">
                  {inThaiVoice(t.example, option)}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        <SaveFooter state={state} save={t.save} saved={t.saved} />
      </form>
    </section>
  )
}
