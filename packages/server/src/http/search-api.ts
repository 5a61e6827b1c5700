import { ConversationSearchQuerySchema, type ConversationSearchResponse } from '@attune/protocol'
import type { SessionAgent } from '../auth/sessions.ts'
import { BadCursor } from '../search/cursor.ts'
import { searchConversations } from '../search/search.ts'
import { HttpError, HttpErrorCode, sendJson } from './respond.ts'
import { memberRoute, readQuery, type RequestContext, type Route } from './routes.ts'

/** The inbox's search and "Resolved" list (issue 14): the session's store only. */
async function getSearch({ res, url, deps }: RequestContext, agent: SessionAgent) {
  const query = readQuery(url, ConversationSearchQuerySchema)
  try {
    const found = await searchConversations(deps.db, deps.conversations, agent, query)
    sendJson(res, 200, found satisfies ConversationSearchResponse, { 'Cache-Control': 'no-store' })
  } catch (error) {
    if (error instanceof BadCursor) throw new HttpError(HttpErrorCode.BadRequest, error.message)
    throw error
  }
}

export const searchRoutes: Route[] = [memberRoute('GET', '/api/conversations/search', 'converse', getSearch)]
