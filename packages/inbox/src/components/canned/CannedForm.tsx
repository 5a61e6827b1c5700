import { useEffect, useRef, useState } from 'preact/hooks'
import {
  GREETING_LANGUAGES,
  MAX_CANNED_SHORTCUT,
  MAX_CANNED_TEXT,
  MAX_CANNED_TITLE,
  type CannedLanguage,
  type CannedReply,
  type CannedReplyRequest,
} from '@attune/protocol'
import { useCannedMessages } from '../../i18n/canned-context.ts'
import { useGreetingMessages } from '../../i18n/greetings-context.ts'
import { FormFooter, TranslatedTexts, fieldProblem, type FormSaveState } from '../store/translated-form.tsx'
import { cannedDraftOf, checkCannedDraft, type CannedDraft, type CannedField, type CannedProblems } from '../../lib/canned-form.ts'

interface Props {
  /** The reply to edit; a new one when absent. */
  reply?: CannedReply
  /** Saves; resolves to field problems or the refusal's words, or null when saved. */
  save(request: CannedReplyRequest): Promise<CannedProblems | string | null>
  onCancel(): void
}

/**
 * Adds or edits a canned reply: title, shortcut, main language and its texts. Every problem is
 * shown under its field, tied to it and announced (WCAG 3.3.1), and the focus goes to the first.
 */
export function CannedForm({ reply, save, onCancel }: Props) {
  const words = useCannedMessages()
  const { languages } = useGreetingMessages()
  const t = words.form
  const [draft, setDraft] = useState<CannedDraft>(() => cannedDraftOf(reply))
  const [problems, setProblems] = useState<CannedProblems>({})
  const [state, setState] = useState<FormSaveState>({ step: 'idle' })
  const form = useRef<HTMLFormElement>(null)
  const first = useRef<HTMLInputElement>(null)
  useEffect(() => first.current?.focus(), [])

  const change = (next: Partial<CannedDraft>) => setDraft((d) => ({ ...d, ...next }))
  const setText = (language: CannedLanguage, text: string) => setDraft((d) => ({ ...d, texts: { ...d.texts, [language]: text } }))

  function refuse(found: CannedProblems) {
    setProblems(found)
    // After the render that marks them: the first refused field takes the focus.
    setTimeout(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus())
  }

  async function submit(event: Event) {
    event.preventDefault()
    if (state.step === 'saving') return
    const checked = checkCannedDraft(draft, words.problems, languages)
    if (!checked.ok) return refuse(checked.problems)
    setProblems({})
    setState({ step: 'saving' })
    const refusal = await save(checked.request)
    if (refusal === null) return
    if (typeof refusal === 'string') return setState({ step: 'refused', text: refusal })
    setState({ step: 'idle' })
    refuse(refusal)
  }

  const tied = (field: CannedField, hintId?: string) => fieldProblem('canned', problems[field], field, hintId)

  const title = tied('title', 'canned-title-hint')
  const shortcut = tied('shortcut', 'canned-shortcut-hint')
  const heading = reply ? t.editTitle(reply.shortcut) : t.addTitle
  return (
    <form ref={form} class="greeting-form" aria-label={heading} noValidate onSubmit={submit}>
      <h3>{heading}</h3>
      <div class={`settings-field${title.invalid ? ' is-invalid' : ''}`}>
        <label for="canned-title">{t.title}</label>
        <input
          ref={first}
          id="canned-title"
          type="text"
          dir="auto"
          maxLength={MAX_CANNED_TITLE}
          value={draft.title}
          {...title.control}
          onInput={(e) => change({ title: e.currentTarget.value })}
        />
        <p id="canned-title-hint" class="settings-hint">
          {t.titleHint}
        </p>
        {title.error}
      </div>
      <div class={`settings-field${shortcut.invalid ? ' is-invalid' : ''}`}>
        <label for="canned-shortcut">{t.shortcut}</label>
        <input
          id="canned-shortcut"
          class="code"
          type="text"
          autoComplete="off"
          spellcheck={false}
          maxLength={MAX_CANNED_SHORTCUT + 1}
          value={draft.shortcut}
          {...shortcut.control}
          onInput={(e) => change({ shortcut: e.currentTarget.value })}
        />
        <p id="canned-shortcut-hint" class="settings-hint">
          {t.shortcutHint}
        </p>
        {shortcut.error}
      </div>
      <div class="settings-field">
        <label for="canned-language">{t.language}</label>
        <select
          id="canned-language"
          value={draft.language}
          aria-describedby="canned-language-hint"
          onChange={(e) => change({ language: e.currentTarget.value as CannedLanguage })}
        >
          {GREETING_LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {languages[language]}
            </option>
          ))}
        </select>
        <p id="canned-language-hint" class="settings-hint">
          {t.languageHint}
        </p>
      </div>
      <p id="canned-placeholders-hint" class="settings-hint">
        {words.placeholdersHint}
      </p>
      <TranslatedTexts
        idPrefix="canned"
        main={draft.language}
        texts={draft.texts}
        problems={problems}
        label={(language) => t.text(languages[language])}
        translations={t.translations}
        rows={3}
        maxLength={MAX_CANNED_TEXT}
        hintId="canned-placeholders-hint"
        onText={setText}
      />
      <FormFooter state={state} save={t.save} cancel={t.cancel} saving={words.saving} onCancel={onCancel} />
    </form>
  )
}
