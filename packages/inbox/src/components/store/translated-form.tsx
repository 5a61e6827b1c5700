import { GREETING_LANGUAGES, type GreetingLanguage } from '@attune/protocol'

/**
 * The parts a store's form written in several languages shares (a greeting, a canned reply): a
 * field's problem tied to its control, the texts per language, and the form's buttons.
 */

/** What a form shows of its save: nothing yet, saving, or the server's refusal in words. */
export type FormSaveState = { step: 'idle' | 'saving' } | { step: 'refused'; text: string }

/**
 * A field's error paragraph, and the props that tie its control to it and to its hint (WCAG
 * 3.3.1): `idPrefix` keeps two forms' ids apart.
 */
export function fieldProblem(idPrefix: string, text: string | undefined, field: string, hintId?: string) {
  const errorId = `${idPrefix}-${field}-error`
  return {
    invalid: Boolean(text),
    control: {
      'aria-invalid': text ? ('true' as const) : undefined,
      'aria-describedby': [text ? errorId : '', hintId ?? ''].filter(Boolean).join(' ') || undefined,
    },
    error: (
      <p id={errorId} class="settings-error">
        {text ?? ''}
      </p>
    ),
  }
}

interface TextsProps {
  idPrefix: string
  main: GreetingLanguage
  texts: Partial<Record<GreetingLanguage, string>>
  /** The problem of each language's text (`text-<language>` fields), if any. */
  problems: Partial<Record<string, string>>
  label: (language: GreetingLanguage) => string
  translations: string
  rows: number
  maxLength: number
  hintId?: string
  onText(language: GreetingLanguage, text: string): void
}

/**
 * The main language's text, then the others under a disclosure that opens by itself when one of
 * them holds a text or a problem (a refused field is never hidden).
 */
export function TranslatedTexts({ idPrefix, main, texts, problems, label, translations, rows, maxLength, hintId, onText }: TextsProps) {
  const field = (language: GreetingLanguage) => {
    const { invalid, control, error } = fieldProblem(idPrefix, problems[`text-${language}`], `text-${language}`, hintId)
    const id = `${idPrefix}-text-${language}`
    return (
      <div class={`settings-field${invalid ? ' is-invalid' : ''}`} key={language}>
        <label for={id}>{label(language)}</label>
        <textarea
          id={id}
          lang={language}
          dir="auto"
          rows={rows}
          maxLength={maxLength}
          value={texts[language] ?? ''}
          {...control}
          onInput={(e) => onText(language, e.currentTarget.value)}
        />
        {error}
      </div>
    )
  }
  const others = GREETING_LANGUAGES.filter((l) => l !== main)
  return (
    <>
      {field(main)}
      <details open={others.some((l) => texts[l] || problems[`text-${l}`])}>
        <summary>{translations}</summary>
        {others.map(field)}
      </details>
    </>
  )
}

interface FooterProps {
  state: FormSaveState
  save: string
  cancel: string
  saving: string
  onCancel(): void
}

/** Save and Cancel, then the refusal (an alert) and "Saving…" (a polite status). */
export function FormFooter({ state, save, cancel, saving, onCancel }: FooterProps) {
  return (
    <>
      <div class="field-row">
        <button type="submit" class="button button-primary" disabled={state.step === 'saving'}>
          {save}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {cancel}
        </button>
      </div>
      <p class="settings-error" role="alert">
        {state.step === 'refused' ? state.text : ''}
      </p>
      <p class="settings-status" role="status">
        {state.step === 'saving' ? saving : ''}
      </p>
    </>
  )
}
