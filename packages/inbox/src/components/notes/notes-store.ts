import { atom, type WritableAtom } from 'nanostores'
import type { Note } from '@attune/protocol'
import { mergeNotes } from '../../lib/notes-view.ts'
import { forgetWithConversation, forgetWithSession } from '../../session/forget.ts'
import { createNotesApi, type NotesApi } from '../../session/notes.ts'

// One list per conversation, shared by its timeline and its reply box (a note written in one
// shows in the other), and kept while the person works in the store.
const lists = new Map<string, WritableAtom<Note[]>>()

export function notesOf(conversationId: string): WritableAtom<Note[]> {
  let list = lists.get(conversationId)
  if (!list) lists.set(conversationId, (list = atom<Note[]>([])))
  return list
}

/** Keeps notes in their conversations' lists (each once). */
export function keep(...notes: Note[]): void {
  for (const note of notes) {
    const list = notesOf(note.conversationId)
    list.set(mergeNotes(list.get(), [note]))
  }
}

let sameOrigin: NotesApi | null = null

/** The given API, else the same-origin one (made once). */
export const apiOr = (given: NotesApi | undefined): NotesApi => given ?? (sameOrigin ??= createNotesApi())

// The store's tags, asked for once per store and person and grown by what agents add; the list's filter and
// the tag box's suggestions read it.
export const $storeTags = atom<string[]>([])
/** The ask in flight or answered; null until asked, after a failure, and once forgotten. */
let asking: object | null = null

forgetWithSession(() => {
  lists.clear()
  $storeTags.set([])
  asking = null
})

// A conversation erased with its shopper: the server deleted its notes too.
forgetWithConversation((conversationId) => {
  lists.get(conversationId)?.set([])
  lists.delete(conversationId)
})

export function loadStoreTags(api: NotesApi): void {
  if (asking) return
  const ask = (asking = {})
  void api.tags().then((result) => {
    // Forgotten meanwhile (a store switch): the answer is the last store's tags.
    if (asking !== ask) return
    if (result.ok) learnTags(result.value)
    else asking = null
  })
}

export function learnTags(tags: readonly string[]): void {
  const known = $storeTags.get()
  const fresh = tags.filter((tag) => !known.some((k) => k.toLowerCase() === tag.toLowerCase()))
  if (fresh.length > 0) $storeTags.set([...known, ...fresh])
}
