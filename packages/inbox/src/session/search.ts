import { ConversationSearchResponseSchema, type ConversationSearchResponse, type SearchStatus } from '@attune/protocol'
import { createCall } from './http.ts'

type SearchAnswer = { ok: true; found: ConversationSearchResponse } | { ok: false }

/** What to ask for: words (blank: the whole list of `status`), and the page after `before`. */
export type SearchAsk = { q?: string; status?: SearchStatus; before?: string | null }

/** Conversation search and the "Resolved" list (every member who converses). */
export interface SearchApi {
  /** `GET /api/conversations/search`. */
  search(ask: SearchAsk): Promise<SearchAnswer>
}

export function createSearchApi(base = '', fetchImpl?: typeof fetch): SearchApi {
  const call = createCall(base, fetchImpl)
  return {
    async search({ q, status, before }) {
      const params = new URLSearchParams()
      if (q) params.set('q', q)
      if (status) params.set('status', status)
      if (before) params.set('before', before)
      const result = await call('GET', `/api/conversations/search?${params}`, ConversationSearchResponseSchema)
      return result.ok ? { ok: true, found: result.value } : { ok: false }
    },
  }
}
