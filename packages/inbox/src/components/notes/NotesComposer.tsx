import type { VNode } from 'preact'
import { useState } from 'preact/hooks'
import { MAX_TEXT_LENGTH } from '@attune/protocol'
import { useMessages } from '../../i18n/context.ts'
import { useNotesMessages } from '../../i18n/notes-context.ts'
import { isSendKey, sendableText } from '../../lib/composer-keys.ts'
import type { NotesApi } from '../../session/notes.ts'
import { apiOr, keep } from './notes-store.ts'

interface Props {
  conversationId: string
  api?: NotesApi | undefined
  disabled?: boolean
  /** The reply box (its textarea is `#composer-reply`: its words come along into a note). */
  children: VNode
}

/**
 * The reply box's "Private note" switch (issue 14). While it is on, a yellow note box that says
 * "Only your team sees this" stands in for the reply box, and Send stores a note for the team.
 * Nothing typed is lost: a reply's words come along into the note, and a note's wait for the
 * switch to come back on (or, when saving fails, go back in the box).
 */
export function NotesComposer({ conversationId, api, disabled = false, children }: Props) {
  const t = useNotesMessages()
  const words = useMessages().composer
  const [on, setOn] = useState(false)
  const [draft, setDraft] = useState('')
  const [status, setStatus] = useState('')

  function toggle() {
    const reply = document.getElementById('composer-reply') as HTMLTextAreaElement | null
    if (!on && reply?.value.trim()) setDraft(reply.value)
    setOn(!on)
    setStatus('')
  }

  async function send() {
    const text = sendableText(draft)
    if (!text || disabled) return
    setDraft('')
    const result = await apiOr(api).add(conversationId, text)
    if (result.ok) keep(result.value)
    else setDraft((current) => current || text)
    setStatus(result.ok ? t.added : t.notSaved)
  }

  return (
    <div class="reply-area">
      <div class="note-switch-row">
        <button type="button" role="switch" aria-checked={on} class="note-switch" onClick={toggle}>
          <span class="note-switch-track" aria-hidden="true" />
          {t.switch}
        </button>
        <p class="note-status" role="status">
          {status}
        </p>
      </div>
      {on ? (
        <form
          class="composer is-note"
          onSubmit={(e) => {
            e.preventDefault()
            void send()
          }}
        >
          <label for="composer-note" class="composer-label">
            {t.noteLabel}
          </label>
          <p id="composer-note-hint" class="composer-note-hint">
            {t.onlyTeam}
          </p>
          <textarea
            id="composer-note"
            dir="auto"
            rows={3}
            value={draft}
            maxLength={MAX_TEXT_LENGTH}
            placeholder={t.notePlaceholder}
            aria-describedby="composer-note-hint"
            disabled={disabled}
            onInput={(e) => setDraft(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (!isSendKey(e)) return
              e.preventDefault()
              void send()
            }}
          />
          <button type="submit" class="button button-primary" disabled={disabled}>
            {words.send}
          </button>
        </form>
      ) : (
        children
      )}
    </div>
  )
}
