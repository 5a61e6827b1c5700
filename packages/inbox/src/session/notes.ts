import { NoteSchema, NotesResponseSchema, TagsResponseSchema, type Note } from '@attune/protocol'
import { createCall, type CallResult } from './http.ts'

/** Private notes and tags of the store's conversations (issue 14). */
export interface NotesApi {
  list(conversationId: string): Promise<CallResult<Note[]>>
  add(conversationId: string, text: string): Promise<CallResult<Note>>
  /** Every tag the store has used. */
  tags(): Promise<CallResult<string[]>>
  /** Replaces the conversation's tags; answers them as stored (the store's spelling). */
  setTags(conversationId: string, tags: string[]): Promise<CallResult<string[]>>
}

export function createNotesApi(base = '', fetchImpl?: typeof fetch): NotesApi {
  const call = createCall(base, fetchImpl)
  const path = (id: string, what: 'notes' | 'tags') => `/api/conversations/${encodeURIComponent(id)}/${what}`
  return {
    list: async (id) => {
      const result = await call('GET', path(id, 'notes'), NotesResponseSchema)
      return result.ok ? { ok: true, value: result.value.notes } : result
    },
    add: (id, text) => call('POST', path(id, 'notes'), NoteSchema, { text }),
    tags: async () => {
      const result = await call('GET', '/api/tags', TagsResponseSchema)
      return result.ok ? { ok: true, value: result.value.tags } : result
    },
    setTags: async (id, tags) => {
      const result = await call('PUT', path(id, 'tags'), TagsResponseSchema, { tags })
      return result.ok ? { ok: true, value: result.value.tags } : result
    },
  }
}
