import { useState } from 'preact/hooks'
import { forgetWithConversation } from '../session/forget.ts'

/**
 * Unsent words by box, person and conversation, while the inbox is open: the reply's under the
 * Composer's `draftKey` (the person's and the conversation's ids), a private note's under a key of
 * its own beside it (notes/NotesComposer.tsx), so a note's words never come back in the reply the
 * shopper gets, and the next person at a shared till never finds either.
 */
const drafts = new Map<string, string>()

// A conversation erased with its shopper: its reply and note go, whoever typed them (a key names
// the conversation as one of its parts: `person/conversation`, `person/conversation/note`).
forgetWithConversation((conversationId) => {
  for (const key of drafts.keys()) if (key.split('/').includes(conversationId)) drafts.delete(key)
})

/** The words kept under `key` (none: empty). */
export const draftOf = (key: string): string => drafts.get(key) ?? ''

/**
 * The words typed so far in a box, kept outside it: the reply box is made anew when the chunk
 * after the first screen wraps it in the "Private note" switch, and an agent who started typing
 * before it came lost their words (the e2e caught it: a reply typed 250 ms after opening a
 * conversation was never sent). Kept per person and conversation, so a half-written reply or note
 * also waits while the agent looks at another conversation.
 */
export function useDraft(key: string | undefined): [string, (next: string) => void] {
  const [draft, setDraft] = useState(() => (key === undefined ? '' : draftOf(key)))
  function keep(next: string) {
    if (key !== undefined) {
      if (next) drafts.set(key, next)
      else drafts.delete(key)
    }
    setDraft(next)
  }
  return [draft, keep]
}

/**
 * Takes the kept words out, for words that move elsewhere. Words carried into a private note must
 * leave the reply: the box made anew when the switch goes off showed them, and one Enter sent the
 * team's words to the shopper.
 */
export function takeDraft(key: string): string {
  const draft = draftOf(key)
  drafts.delete(key)
  return draft
}
