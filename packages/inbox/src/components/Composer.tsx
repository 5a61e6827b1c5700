import { useRef, useState } from 'preact/hooks'
import { MAX_TEXT_LENGTH } from '@attune/protocol'
import type { ReplyOptions } from '../agent.ts'
import { useMessages } from '../i18n/context.ts'
import { isSendKey, sendableText } from '../lib/composer-keys.ts'
import { readyAttachments, sendability } from '../lib/draft-files.ts'
import { checkQuickReplies, parseQuickReplies } from '../lib/quick-replies.ts'
import type { UploadFile } from '../session/uploads.ts'
import { insertSuggestion } from '../suggestions/choose.ts'
import type { CannedSource } from '../lib/canned.ts'
import type { CannedPicker } from './canned/CannedPicker.tsx'
import { DraftFileList } from './DraftFileList.tsx'
import { QuickRepliesField } from './QuickRepliesField.tsx'
import { useDraft } from './reply-drafts.ts'
import { useDraftFiles } from './use-draft-files.ts'

interface Props {
  /** The trimmed text (empty when only files go) and, when there are any, files and quick replies. */
  onSend(text: string, options: ReplyOptions): void
  /** Called when the draft turns non-empty or empty, not on every key. */
  onTyping(typing: boolean): void
  disabled?: boolean
  /** Acknowledgements in the shopper's language; a click inserts one, never sends it. */
  suggestions?: { texts: string[]; lang: string; languageName: string }
  /** Uploads a file; without it (the server told no site key) there is no "Attach a file". */
  upload?: UploadFile | undefined
  /** The `/shortcut` list (issue 14, in the chunk after the first screen) and whose names and language fill a reply; without it, `/` opens nothing. */
  canned?: { Picker: typeof CannedPicker; source: CannedSource } | undefined
  /** Whose reply this is (the person's and the conversation's ids): what was typed outlives the box (`useDraft`), and the next person at a shared till never finds it. */
  draftKey?: string
}

export function Composer({ onSend, onTyping, disabled = false, suggestions, upload, canned, draftKey }: Props) {
  const all = useMessages()
  const t = all.composer
  const [draft, setDraft] = useDraft(draftKey)
  const files = useDraftFiles(upload, t.refused)
  const [quickOpen, setQuickOpen] = useState(false)
  const [quickText, setQuickText] = useState('')
  const quickField = useRef<HTMLTextAreaElement>(null)
  const quickOptions = parseQuickReplies(quickText)
  const quickProblems = checkQuickReplies(quickOptions)
  // "Wait for the files…" after a send was tried mid-upload; it goes once the uploads end.
  const [notice, setNotice] = useState('')
  const uploading = files.list.some((f) => f.status === 'uploading')
  const typing = useRef(false)
  const box = useRef<HTMLTextAreaElement>(null)

  function insert(text: string) {
    put(insertSuggestion(draft, text), text.length + 1)
  }

  function put(next: string, caret: number) {
    setDraft(next)
    reportTyping(true)
    const textarea = box.current
    if (!textarea) return
    // Focus the reply with the caret after the inserted words, ready to edit (never sent).
    textarea.value = next
    textarea.focus()
    textarea.setSelectionRange(caret, caret)
  }

  function reportTyping(next: boolean) {
    if (typing.current === next) return
    typing.current = next
    onTyping(next)
  }

  function send() {
    if (disabled) return
    const state = sendability(draft, files.list)
    if (state === 'uploading') return setNotice(t.waitForUploads)
    if (state === 'empty') return
    if (quickProblems.length > 0) {
      // Say what to fix where it is: open the field and put the agent in it (its problems describe it).
      setQuickOpen(true)
      queueMicrotask(() => quickField.current?.focus())
      return
    }
    const options: ReplyOptions = {}
    const attachments = readyAttachments(files.list)
    if (attachments.length > 0) options.attachments = attachments
    if (quickOptions.length > 0) options.quickReplies = quickOptions
    onSend(sendableText(draft) ?? '', options)
    setDraft('')
    setQuickText('')
    setNotice('')
    files.clearSent()
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
        dir="auto"
        ref={box}
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
      {canned && !disabled && <canned.Picker box={box} draft={draft} source={canned.source} onInsert={put} />}
      <button type="submit" class="button button-primary" disabled={disabled}>
        {t.send}
      </button>
      <p class="composer-notice" role="status">
        {uploading ? notice : ''}
      </p>
      <div class="composer-tools">
        {upload && <DraftFileList files={files} disabled={disabled} />}
        <QuickRepliesField
          open={quickOpen}
          onToggle={() => setQuickOpen(!quickOpen)}
          text={quickText}
          onText={setQuickText}
          options={quickOptions}
          problems={quickProblems}
          disabled={disabled}
          fieldRef={quickField}
        />
      </div>
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
                {/* dir="auto": an Arabic line reads right to left, its full stop at its end, in the left-to-right inbox. */}
                <button type="button" class="button suggestion" lang={suggestions.lang} dir="auto" onClick={() => insert(text)}>
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
