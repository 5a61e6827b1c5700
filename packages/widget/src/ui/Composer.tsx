import { Fragment, h } from 'preact'
import { useEffect, useRef, useState } from 'preact/hooks'
import { clipIcon, sendIcon } from './icons.tsx'
import type { I18n, WidgetClient } from './types.ts'

export interface ComposerProps {
  client: WidgetClient
  i18n: I18n
  autoFocus: boolean
  /** Files, when the store accepts them (else no paperclip). */
  uploads: { accept: string; add(files: File[]): void } | null
}

/** Tell the agent we stopped typing after this long without a keystroke, ms. */
const TYPING_IDLE_MS = 4_000
const INPUT_ID = 'attune-message'
const ERROR_ID = 'attune-message-error'
const HINT_ID = 'attune-message-hint'

/**
 * Puts focus in the message box, from any element of the panel: where it goes when the control
 * that had it goes away (End chat once the chat ended, Retry once the message goes again), instead
 * of falling to the store page's <body> (WCAG 2.4.3).
 */
export const focusMessageBox = (near: Node) => (near.getRootNode() as Document | ShadowRoot).getElementById(INPUT_ID)?.focus()

export function Composer({ client, i18n, autoFocus, uploads }: ComposerProps) {
  const { t } = i18n
  const [error, setError] = useState<string | null>(null)
  // The box holds what is typed (no copy in state): a keystroke draws nothing again.
  const input = useRef<HTMLTextAreaElement>(null)
  const picker = useRef<HTMLInputElement>(null)
  const idle = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)

  const stopTyping = () => {
    clearTimeout(idle.current)
    client.setTyping(false)
  }

  useEffect(() => {
    if (autoFocus) input.current?.focus()
    // Closing the panel mid-sentence: the agent should not see "typing…" for ever.
    return stopTyping
  }, [])

  const submit = () => {
    const box = input.current!
    if (box.value.trim() === '') return
    try {
      client.send(box.value)
    } catch (err) {
      // Empty text never gets here, so a refusal means the text is too long.
      if ((err as { code?: unknown }).code === 'invalid_input') {
        setError(t('composer.tooLong'))
        return
      }
      throw err
    }
    box.value = ''
    setError(null)
    stopTyping()
  }

  return (
    <form
      class="composer"
      onSubmit={(event) => {
        event.preventDefault()
        submit()
        input.current?.focus()
      }}
    >
      {uploads && (
        <Fragment>
          <button type="button" class="attach" aria-label={t('composer.attach')} onClick={() => picker.current?.click()}>
            {clipIcon}
          </button>
          {/* Reached through the button above: hidden, so out of the tab order and the tree
              (a hidden file input still opens its picker when clicked from script). */}
          <input
            ref={picker}
            type="file"
            hidden
            multiple
            accept={uploads.accept}
            onChange={(event) => {
              const files = [...(event.currentTarget.files ?? [])]
              event.currentTarget.value = ''
              uploads.add(files)
            }}
          />
        </Fragment>
      )}
      <label for={INPUT_ID} class="visually-hidden">
        {t('composer.label')}
      </label>
      {/* Screen readers hear how to send and how to start a new line; sighted shoppers see the send button. */}
      <p id={HINT_ID} class="visually-hidden">
        {t('composer.hint')}
      </p>
      <textarea
        ref={input}
        id={INPUT_ID}
        rows={1}
        dir="auto"
        placeholder={t('composer.placeholder')}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${ERROR_ID} ${HINT_ID}` : HINT_ID}
        onInput={(event) => {
          const value = event.currentTarget.value
          if (error) setError(null)
          // The agent sees "typing…" while there is text, until a pause.
          const typing = value.trim() !== ''
          clearTimeout(idle.current)
          client.setTyping(typing)
          if (typing) idle.current = setTimeout(stopTyping, TYPING_IDLE_MS)
        }}
        onKeyDown={(event) => {
          // Enter sends; Shift+Enter is a new line; Enter that confirms an IME composition (Thai, CJK…) never sends.
          if (event.key !== 'Enter' || event.shiftKey || event.isComposing || event.keyCode === 229) return
          event.preventDefault()
          submit()
        }}
      />
      <button type="submit" class="send">
        {sendIcon}
        <span class="visually-hidden">{t('composer.send')}</span>
      </button>
      {error && (
        <p id={ERROR_ID} class="error" role="alert">
          {error}
        </p>
      )}
    </form>
  )
}
