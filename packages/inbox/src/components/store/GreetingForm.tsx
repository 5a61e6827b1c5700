import { useEffect, useRef, useState } from 'preact/hooks'
import {
  GREETING_LANGUAGES,
  MAX_GREETING_TEXT,
  MAX_TIME_ON_PAGE,
  type Greeting,
  type GreetingKind,
  type GreetingLanguage,
  type GreetingRequest,
} from '@attune/protocol'
import { useGreetingMessages } from '../../i18n/greetings-context.ts'
import { FormFooter, TranslatedTexts, fieldProblem, type FormSaveState } from './translated-form.tsx'
import { checkDraft, draftOf, type DraftField, type GreetingDraft } from '../../lib/greeting-form.ts'

interface Props {
  /** The greeting to edit; a new one when absent. */
  greeting?: Greeting
  /** Saves; resolves to the refusal's words, or null when saved. */
  save(request: GreetingRequest): Promise<string | null>
  onCancel(): void
}

const KINDS: readonly GreetingKind[] = ['time_on_page', 'url_pattern', 'cart_value', 'second_visit', 'exit_intent']

/**
 * Adds or edits a greeting: when it shows, its main language and its texts. Every problem is shown
 * under its field, tied to it and announced (WCAG 3.3.1), and the focus goes to the first.
 */
export function GreetingForm({ greeting, save, onCancel }: Props) {
  const words = useGreetingMessages()
  const t = words.form
  const [draft, setDraft] = useState<GreetingDraft>(() => draftOf(greeting))
  const [problems, setProblems] = useState<Partial<Record<DraftField, string>>>({})
  const [state, setState] = useState<FormSaveState>({ step: 'idle' })
  const form = useRef<HTMLFormElement>(null)
  const first = useRef<HTMLSelectElement>(null)
  useEffect(() => first.current?.focus(), [])

  const change = (next: Partial<GreetingDraft>) => setDraft((d) => ({ ...d, ...next }))
  const setText = (language: GreetingLanguage, text: string) => setDraft((d) => ({ ...d, texts: { ...d.texts, [language]: text } }))

  async function submit(event: Event) {
    event.preventDefault()
    if (state.step === 'saving') return
    const checked = checkDraft(draft, words)
    if (!checked.ok) {
      setProblems(checked.problems)
      // After the render that marks them: the first refused field takes the focus.
      setTimeout(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus())
      return
    }
    setProblems({})
    setState({ step: 'saving' })
    const refusal = await save(checked.request)
    if (refusal !== null) setState({ step: 'refused', text: refusal })
  }

  const problem = (field: DraftField, hintId?: string) => fieldProblem('greeting', problems[field], field, hintId)

  const seconds = problem('seconds')
  const pattern = problem('pattern', 'greeting-pattern-hint')
  const cart = problem('cart', 'greeting-cart-hint')
  const title = greeting ? t.editTitle : t.addTitle
  return (
    <form ref={form} class="greeting-form" aria-label={title} noValidate onSubmit={submit}>
      <h4>{title}</h4>
      <div class="settings-field">
        <label for="greeting-kind">{t.when}</label>
        <select ref={first} id="greeting-kind" value={draft.kind} onChange={(e) => change({ kind: e.currentTarget.value as GreetingKind })}>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t.kinds[kind]}
            </option>
          ))}
        </select>
      </div>
      {draft.kind === 'time_on_page' && (
        <div class={`settings-field${problems.seconds ? ' is-invalid' : ''}`}>
          <label for="greeting-seconds">{t.seconds}</label>
          <input
            id="greeting-seconds"
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_TIME_ON_PAGE}
            step={1}
            value={draft.seconds}
            {...seconds.control}
            onInput={(e) => change({ seconds: e.currentTarget.value })}
          />
          {seconds.error}
        </div>
      )}
      {draft.kind === 'url_pattern' && (
        <div class={`settings-field${problems.pattern ? ' is-invalid' : ''}`}>
          <label for="greeting-pattern">{t.pattern}</label>
          <input
            id="greeting-pattern"
            class="code"
            type="text"
            autoComplete="off"
            spellcheck={false}
            placeholder="/checkout*"
            value={draft.pattern}
            {...pattern.control}
            onInput={(e) => change({ pattern: e.currentTarget.value })}
          />
          <p id="greeting-pattern-hint" class="settings-hint">
            {t.patternHint}
          </p>
          {pattern.error}
        </div>
      )}
      {draft.kind === 'cart_value' && (
        <div class={`settings-field${problems.cart ? ' is-invalid' : ''}`}>
          <label for="greeting-cart">{t.cart}</label>
          <input
            id="greeting-cart"
            type="number"
            inputMode="decimal"
            min={0}
            step="any"
            value={draft.cart}
            {...cart.control}
            onInput={(e) => change({ cart: e.currentTarget.value })}
          />
          <p id="greeting-cart-hint" class="settings-hint">
            {t.cartHint}
          </p>
          {cart.error}
        </div>
      )}
      {draft.kind === 'second_visit' && <p class="settings-hint">{t.returning}</p>}
      {draft.kind === 'exit_intent' && <p class="settings-hint">{t.exitIntent}</p>}
      <div class="settings-field">
        <label for="greeting-language">{t.language}</label>
        <select
          id="greeting-language"
          value={draft.language}
          aria-describedby="greeting-language-hint"
          onChange={(e) => change({ language: e.currentTarget.value as GreetingLanguage })}
        >
          {GREETING_LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {words.languages[language]}
            </option>
          ))}
        </select>
        <p id="greeting-language-hint" class="settings-hint">
          {t.languageHint}
        </p>
      </div>
      <TranslatedTexts
        idPrefix="greeting"
        main={draft.language}
        texts={draft.texts}
        problems={problems}
        label={(language) => t.text(words.languages[language])}
        translations={t.translations}
        rows={2}
        maxLength={MAX_GREETING_TEXT}
        onText={setText}
      />
      <FormFooter state={state} save={t.save} cancel={t.cancel} saving={words.saving} onCancel={onCancel} />
    </form>
  )
}
