import { useRef, useState } from 'preact/hooks'
import { MAX_TEXT_LENGTH } from '@attune/protocol'
import { useMessages } from '../i18n/context.ts'
import { isSendKey, sendableText } from '../lib/composer-keys.ts'

interface Props {
  onSend(text: string): void
  /** Called when the draft turns non-empty or empty, not on every key. */
  onTyping(typing: boolean): void
  disabled?: boolean
  textareaRef?: { current: HTMLTextAreaElement | null }
}

export function Composer({ onSend, onTyping, disabled = false, textareaRef }: Props) {
  const t = useMessages().composer
  const [draft, setDraft] = useState('')
  const typing = useRef(false)

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
        ref={textareaRef}
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
    </form>
  )
}
