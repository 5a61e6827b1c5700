import { useState } from 'preact/hooks'

/** Unsent replies by person and conversation (the Composer's `draftKey`), while the inbox is open. */
const drafts = new Map<string, string>()

/**
 * The reply typed so far, kept outside the box: the box is made anew when the chunk after the
 * first screen wraps it in the "Private note" switch, and an agent who started typing before it
 * came lost their words (the e2e caught it: a reply typed 250 ms after opening a conversation was
 * never sent). Kept per person and conversation, so a half-written reply also waits while the agent looks
 * at another one.
 */
export function useDraft(key: string | undefined): [string, (next: string) => void] {
  const [draft, setDraft] = useState(() => (key === undefined ? '' : (drafts.get(key) ?? '')))
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
 * Takes the kept reply out, for words that move elsewhere. Words carried into a private note must
 * leave the reply: the box made anew when the switch goes off showed them, and one Enter sent the
 * team's words to the shopper.
 */
export function takeDraft(key: string): string {
  const draft = drafts.get(key) ?? ''
  drafts.delete(key)
  return draft
}
