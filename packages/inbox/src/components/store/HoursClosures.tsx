import { useRef, useState } from 'preact/hooks'
import type { Closure } from '@attune/protocol'
import { useHoursMessages } from '../../i18n/hours-context.ts'

interface Props {
  closures: readonly Closure[]
  onChange(closures: Closure[]): void
}

/**
 * Holidays and one-off closures (issue 15): a list with a remove button each, and a small form to
 * add one (a day, or several). Saved with the rest of the hours; the dates are checked there.
 */
export function HoursClosures({ closures, onChange }: Props) {
  const t = useHoursMessages()
  const [draft, setDraft] = useState({ from: '', to: '', label: '' })
  const first = useRef<HTMLInputElement>(null)

  function add() {
    if (!draft.from) return first.current?.focus()
    const label = draft.label.trim()
    onChange([...closures, { from: draft.from, ...(draft.to ? { to: draft.to } : {}), ...(label ? { label } : {}) }])
    setDraft({ from: '', to: '', label: '' })
    first.current?.focus()
  }

  const field = (key: keyof typeof draft, text: string, type: 'date' | 'text') => (
    <div class="settings-field">
      <label for={`closure-${key}`}>{text}</label>
      <input
        id={`closure-${key}`}
        ref={key === 'from' ? first : undefined}
        type={type}
        value={draft[key]}
        onInput={(e) => setDraft({ ...draft, [key]: e.currentTarget.value })}
      />
    </div>
  )

  return (
    <fieldset class="hours-closures" aria-describedby="closures-hint">
      <legend>{t.closures}</legend>
      <p id="closures-hint" class="settings-hint">
        {t.closuresHint}
      </p>
      {closures.length === 0 ? (
        <p class="muted">{t.noClosures}</p>
      ) : (
        <ul class="origin-list">
          {closures.map((closure, i) => {
            const text = t.closure(closure.from, closure.to, closure.label)
            return (
              <li key={`${closure.from}-${i}`}>
                <span>{text}</span>
                <button
                  type="button"
                  class="button button-quiet"
                  onClick={() => {
                    first.current?.focus()
                    onChange(closures.filter((_, j) => j !== i))
                  }}
                >
                  {t.removeClosure}
                  <span class="sr-only"> {text}</span>
                </button>
              </li>
            )
          })}
        </ul>
      )}
      <div class="field-row hours-closure-new">
        {field('from', t.from, 'date')}
        {field('to', t.to, 'date')}
        {field('label', t.label, 'text')}
        <button type="button" class="button" onClick={add}>
          {t.addClosure}
        </button>
      </div>
    </fieldset>
  )
}
