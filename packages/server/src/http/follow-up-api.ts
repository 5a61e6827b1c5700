import {
  ActedOnRequestSchema,
  FeedbackQuerySchema,
  type FeedbackActedResponse,
  type FeedbackResponse,
  type FollowUpSentResponse,
  type FollowUpsResponse,
} from '@attune/protocol'
import type { SessionAgent } from '../auth/sessions.ts'
import { isUuid } from '../uuid.ts'
import { listFeedback, markActedOn } from '../empathy/feedback.ts'
import { createFollowUps, ShopperOptedOut } from '../empathy/follow-ups.ts'
import { narrowedTo, visibleConversation } from '../team/visible.ts'
import { readInsightsRange } from './empathy-api.ts'
import { HttpError, HttpErrorCode, sendJson } from './respond.ts'
import { memberRoute, readBody, readQuery, type RequestContext, type Route } from './routes.ts'

// After the chat (issue 16): agents follow up chats that ended upset; managers answer feedback.

const notFound = () => new HttpError(HttpErrorCode.NotFound, 'No such conversation in this store.')

/** The path's conversation id; a malformed one is as missing as another store's. */
function conversationParam(params: Record<string, string>): string {
  const id = params.conversationId!
  if (!isUuid(id)) throw notFound()
  return id
}

// An agent's list and follow-ups are of their own chats and the unassigned: a colleague's is as
// missing as another store's, as in search and shopper history (decision 024).

async function getFollowUps({ res, deps }: RequestContext, agent: SessionAgent) {
  const followUps = await createFollowUps(deps.db, deps.log).list(agent.siteId, narrowedTo(agent))
  sendJson(res, 200, { followUps } satisfies FollowUpsResponse, { 'Cache-Control': 'no-store' })
}

async function sendFollowUp({ res, params, deps }: RequestContext, agent: SessionAgent) {
  const conversation = await visibleConversation(deps.conversations, agent, conversationParam(params))
  if (!conversation) throw notFound()
  try {
    const followUp = await createFollowUps(deps.db, deps.log).send(agent.siteId, conversation.id, agent.id)
    sendJson(res, 200, { followUp } satisfies FollowUpSentResponse)
  } catch (error) {
    // 403, not 409: no refresh or second try changes the shopper's choice.
    throw error instanceof ShopperOptedOut ? new HttpError(HttpErrorCode.Forbidden, error.message) : error
  }
}

async function getFeedback(ctx: RequestContext, agent: SessionAgent) {
  const { res, url, deps } = ctx
  const range = await readInsightsRange(ctx, agent)
  const { acted } = readQuery(url, FeedbackQuerySchema)
  const feedback = await listFeedback(deps.db, deps.log, agent.siteId, { ...range, acted })
  sendJson(res, 200, { feedback } satisfies FeedbackResponse, { 'Cache-Control': 'no-store' })
}

async function actOnFeedback({ req, res, params, deps }: RequestContext, agent: SessionAgent) {
  const conversationId = conversationParam(params)
  const { note } = await readBody(req, ActedOnRequestSchema)
  const feedback = await markActedOn(deps.db, deps.log, agent.siteId, conversationId, agent.id, note)
  sendJson(res, 200, { feedback } satisfies FeedbackActedResponse)
}

export const followUpRoutes: Route[] = [
  memberRoute('GET', '/api/follow-ups', 'converse', getFollowUps),
  memberRoute('POST', '/api/follow-ups/:conversationId', 'converse', sendFollowUp),
  memberRoute('GET', '/api/feedback', 'read_insights', getFeedback),
  memberRoute('POST', '/api/feedback/:conversationId/acted', 'answer_feedback', actOnFeedback),
]
