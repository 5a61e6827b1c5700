import { enNotes } from './en-notes.ts'
import { pageCatalog } from './page-catalog.ts'

/** Private notes' and tags' catalog, for the notes chunk. */
export const { use: useNotesMessages } = pageCatalog('notes', enNotes)
