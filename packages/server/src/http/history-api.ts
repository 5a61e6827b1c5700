import type { ShopperHistoryResponse } from '@attune/protocol'
import type { SessionAgent } from '../auth/sessions.ts'
import { shopperHistory } from '../empathy/history.ts'
import { visibleConversation } from '../team/visible.ts'
import { HttpError, HttpErrorCode, sendJson } from './respond.ts'
import { memberRoute, type RequestContext, type Route } from './routes.ts'

/** The shopper's earlier chats, for the empathy card of a conversation of the session's store. */
async function getShopperHistory({ res, params, deps }: RequestContext, agent: SessionAgent) {
  // A colleague's conversation is not an agent's to read (issue 14).
  const visible = await visibleConversation(deps.conversations, agent, params.id!)
  const history = visible && (await shopperHistory(deps.db, deps.log, agent.siteId, visible.id))
  // Another store's conversation looks exactly like a missing one.
  if (!history) throw new HttpError(HttpErrorCode.NotFound, 'No such conversation in this store.')
  sendJson(res, 200, history satisfies ShopperHistoryResponse, { 'Cache-Control': 'no-store' })
}

export const historyRoutes: Route[] = [memberRoute('GET', '/api/conversations/:id/shopper-history', 'converse', getShopperHistory)]
