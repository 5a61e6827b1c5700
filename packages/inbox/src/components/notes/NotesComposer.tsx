import type { VNode } from 'preact'
import { useRef, useState } from 'preact/hooks'
import { MAX_TEXT_LENGTH } from '@attune/protocol'
import { useMessages } from '../../i18n/context.ts'
import { useNotesMessages } from '../../i18n/notes-context.ts'
import { isSendKey, sendableText } from '../../lib/composer-keys.ts'
import type { NotesApi } from '../../session/notes.ts'
import { draftOf, takeDraft, useDraft } from '../reply-drafts.ts'
import { apiOr, keep } from './notes-store.ts'

interface Props {
  conversationId: string
  api?: NotesApi | undefined
  disabled?: boolean
  /** The reply box's `draftKey`: the reply kept under it comes along into a note, which is kept beside it. */
  draftKey: string
  /** The reply box. */
  children: VNode
}

/** Where a conversation's unsaved note is kept (reply-drafts.ts): beside its reply, never in it. */
export const noteKey = (draftKey: string) => `${draftKey}/note`

/**
 * The reply box's "Private note" switch (issue 14). While it is on, a yellow note box that says
 * "Only your team sees this" stands in for the reply box, and Send stores a note for the team.
 * Nothing typed is lost: a reply's words move into the note (out of the reply, which the shopper
 * would get), and a note's wait for the switch to come back on, and stay kept until saved, while
 * the agent reads another conversation too.
 */
export function NotesComposer({ conversationId, api, disabled = false, draftKey, children }: Props) {
  const t = useNotesMessages()
  const words = useMessages().composer
  const key = noteKey(draftKey)
  const [draft, setDraft] = useDraft(key)
  // Back in the conversation, its unsaved note is in view again (unless a reply waits: that one stays in view).
  const [on, setOn] = useState(() => draft !== '' && !draftOf(draftKey).trim())
  const [status, setStatus] = useState('')
  const saving = useRef(false)

  function toggle() {
    if (!on) {
      // The reply's words move into the note (after a kept one's), and out of the reply the shopper would get.
      const reply = takeDraft(draftKey)
      if (reply.trim()) setDraft(draft.trim() ? `${draft}\n${reply}` : reply)
    }
    setOn(!on)
    setStatus('')
  }

  async function send() {
    const text = sendableText(draft)
    if (!text || disabled || saving.current) return
    saving.current = true
    const result = await apiOr(api).add(conversationId, text)
    saving.current = false
    // The words leave the box once saved (a failed note keeps them), and only they: not what was
    // typed meanwhile. Read from where it is kept: the agent may have opened another conversation.
    if (result.ok) {
      keep(result.value)
      const current = draftOf(key)
      setDraft(current.startsWith(draft) ? current.slice(draft.length).trimStart() : current)
    }
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
