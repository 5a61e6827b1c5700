import { useRef, useState } from 'preact/hooks'
import { MAX_TEXT_LENGTH } from '@attune/protocol'
import { useMessages } from '../i18n/context.ts'
import { isSendKey, sendableText } from '../lib/composer-keys.ts'
import { insertSuggestion } from '../suggestions/choose.ts'

interface Props {
  onSend(text: string): void
  /** Called when the draft turns non-empty or empty, not on every key. */
  onTyping(typing: boolean): void
  disabled?: boolean
  textareaRef?: { current: HTMLTextAreaElement | null }
  /** Acknowledgements in the shopper's language; a click inserts one, never sends it. */
  suggestions?: { texts: string[]; lang: string; languageName: string }
}

export function Composer({ onSend, onTyping, disabled = false, textareaRef, suggestions }: Props) {
  const all = useMessages()
  const t = all.composer
  const [draft, setDraft] = useState('')
  const typing = useRef(false)
  const ownRef = useRef<HTMLTextAreaElement | null>(null)
  const box = textareaRef ?? ownRef

  function insert(text: string) {
    const next = insertSuggestion(draft, text)
    setDraft(next)
    reportTyping(true)
    const textarea = box.current
    if (!textarea) return
    // Focus the reply with the caret after the inserted words, ready to edit (never sent).
    textarea.value = next
    textarea.focus()
    textarea.setSelectionRange(text.length + 1, text.length + 1)
  }

  function reportTyping(next: boolean) {
    if (typing.current === next) return
    typing.current = next
    onTyping(next)
  }

  function send() {
    const text = sendableText(draft)
    if (!text || disabled) return
    onSend(text)
    setDraft('')
    reportTyping(false)
  }

  return (
    <form
      class="composer"
      onSubmit={(e) => {
        e.preventDefault()
        send()
      }}
    >
      <label for="composer-reply" class="composer-label">
        {t.label}
      </label>
      <textarea
        id="composer-reply"
        ref={box}
        rows={3}
        value={draft}
        maxLength={MAX_TEXT_LENGTH}
        placeholder={t.placeholder}
        disabled={disabled}
        onInput={(e) => {
          const value = e.currentTarget.value
          setDraft(value)
          reportTyping(value.trim() !== '')
        }}
        onKeyDown={(e) => {
          if (!isSendKey(e)) return
          e.preventDefault()
          send()
        }}
        onBlur={() => reportTyping(false)}
      />
      <button type="submit" class="button button-primary" disabled={disabled}>
        {t.send}
      </button>
      {suggestions && suggestions.texts.length > 0 && !disabled && (
        <div class="suggestions" role="group" aria-labelledby="suggestions-title" aria-describedby="suggestions-hint">
          <p id="suggestions-title" class="suggestions-title">
            {all.suggestions.title}
          </p>
          <p id="suggestions-hint" class="suggestions-hint">
            {all.suggestions.hint(suggestions.languageName)}
          </p>
          <ul class="suggestions-list">
            {suggestions.texts.map((text) => (
              <li key={text}>
                <button type="button" class="button suggestion" lang={suggestions.lang} onClick={() => insert(text)}>
                  {text}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </form>
  )
}
