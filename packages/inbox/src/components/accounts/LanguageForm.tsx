import { INBOX_LANGUAGES, type InboxLanguage } from '@attune/protocol'
import { useState } from 'preact/hooks'
import { useAccountMessages } from '../../i18n/accounts-context.ts'
import { chooseLanguage } from '../../i18n/language.ts'
import type { CallResult } from '../../session/http.ts'
import { failureText } from './failure.ts'
import { SaveFooter, type SaveState } from './SaveFooter.tsx'

/** Each language by its own name, as a reader of it looks for it in any other language. */
const AUTONYMS: Record<InboxLanguage, string> = { en: 'English', th: 'ไทย', lo: 'ລາວ', fil: 'Filipino', id: 'Bahasa Indonesia', ar: 'العربية' }

interface Props {
  /** The person's choice; null: their browser's. */
  language: InboxLanguage | null
  /** The browser's languages, most wanted first. */
  browser: readonly string[]
  save(language: InboxLanguage | null): Promise<CallResult<unknown>>
  onSaved?(): void
}

const BROWSER = 'browser'

/** One's own inbox language (issue 14), kept with the account: it follows the person to every device. */
export function LanguageForm({ language, browser, save, onSaved }: Props) {
  const all = useAccountMessages()
  const t = all.language
  const [chosen, setChosen] = useState<InboxLanguage | null>(language)
  const [state, setState] = useState<SaveState>({ step: 'idle' })

  async function submit(event: Event) {
    event.preventDefault()
    if (state.step === 'saving') return
    setState({ step: 'saving' })
    const result = await save(chosen)
    if (!result.ok) return setState({ step: 'refused', text: failureText(all, result.error) })
    setState({ step: 'saved' })
    onSaved?.()
  }

  return (
    <section class="settings-form" aria-labelledby="language-title">
      <h3 id="language-title">{t.title}</h3>
      <form noValidate onSubmit={submit}>
        <p id="language-hint" class="settings-hint">
          {t.hint}
        </p>
        <div class="settings-field">
          <label for="language-choice">{t.title}</label>
          <select
            id="language-choice"
            aria-describedby="language-hint"
            value={chosen ?? BROWSER}
            onChange={(event) => {
              const value = event.currentTarget.value
              setChosen(value === BROWSER ? null : (INBOX_LANGUAGES.find((l) => l === value) ?? null))
              if (state.step !== 'saving') setState({ step: 'idle' })
            }}
          >
            <option value={BROWSER}>{t.browser(AUTONYMS[chooseLanguage(null, browser)])}</option>
            {INBOX_LANGUAGES.map((option) => (
              <option key={option} value={option} lang={option}>
                {AUTONYMS[option]}
              </option>
            ))}
          </select>
        </div>
        <SaveFooter state={state} save={t.save} saved={t.saved} />
      </form>
    </section>
  )
}
