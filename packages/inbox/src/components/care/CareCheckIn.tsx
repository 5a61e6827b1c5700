import type { Mood } from '@attune/protocol'
import { useEffect, useRef, useState } from 'preact/hooks'
import { useCareMessages } from '../../i18n/care-context.ts'
import { useMessages } from '../../i18n/context.ts'
import { MoodFace } from '../MoodFace.tsx'

const MOODS: readonly Mood[] = [1, 2, 3, 4, 5]

interface Props {
  /** Stores the answer; true when the server took it. */
  answer(mood: Mood): Promise<boolean>
  suggestsBreak(mood: Mood): boolean
  onClose(): void
}

type State = { step: 'asking' | 'sending' | 'failed' } | { step: 'answered'; mood: Mood }

/**
 * "How are you after that one?" on the shopper's own five faces, one press each (buttons, not a
 * radio group: arrow keys would answer on every move). A low answer is met with the suggestion
 * of a short break. "Not now" closes the card, and nothing is stored.
 */
export function CareCheckIn({ answer, suggestsBreak, onClose }: Props) {
  const t = useCareMessages().offer
  const moods = useMessages().mood
  const [state, setState] = useState<State>({ step: 'asking' })
  const close = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (state.step === 'answered') close.current?.focus()
  }, [state.step])

  async function choose(mood: Mood) {
    setState({ step: 'sending' })
    setState((await answer(mood)) ? { step: 'answered', mood } : { step: 'failed' })
  }

  if (state.step === 'answered') {
    const rest = suggestsBreak(state.mood)
    return (
      <section class="care-card" aria-labelledby="care-title">
        {/* Read out as it replaces the faces; the focus moves to Close, as the pressed face is gone. */}
        <div role="status">
          <p id="care-title" class="care-title">
            {t.thanks}
          </p>
          {rest && <p class="care-break-title">{t.breakTitle}</p>}
          {rest && <p>{t.breakHint}</p>}
        </div>
        <p class="care-actions">
          <button type="button" class="button" onClick={onClose} ref={close}>
            {t.close}
          </button>
        </p>
      </section>
    )
  }

  return (
    <section class="care-card" aria-labelledby="care-title" aria-describedby="care-hint">
      <p id="care-title" class="care-title">
        {t.title}
      </p>
      <p id="care-hint" class="muted">
        {t.hint}
      </p>
      <div class="care-faces" role="group" aria-labelledby="care-title">
        {MOODS.map((mood) => (
          <button type="button" class="care-face" key={mood} disabled={state.step === 'sending'} onClick={() => choose(mood)}>
            <MoodFace mood={mood} size={28} />
            <span>{moods[mood]}</span>
          </button>
        ))}
      </div>
      <p class="care-state" role="status">
        {state.step === 'sending' ? t.sending : state.step === 'failed' ? t.failed : ''}
      </p>
      <p class="care-actions">
        <button type="button" class="button button-quiet" onClick={onClose}>
          {t.notNow}
        </button>
      </p>
    </section>
  )
}
