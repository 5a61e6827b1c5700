import { CannedReplyRequestSchema, type CannedRepliesResponse, type CannedReplyResponse, type DeletedResponse } from '@attune/protocol'
import type { SessionAgent } from '../auth/sessions.ts'
import { createCannedReplies } from '../canned.ts'
import { sendJson } from './respond.ts'
import { memberRoute, readBody, type RequestContext, type Route } from './routes.ts'

// Canned replies (issue 14): everyone who converses reads them in the reply box; managers,
// admins and owners write them on the "Canned replies" page (decision 027).

async function list({ res, deps }: RequestContext, agent: SessionAgent) {
  const cannedReplies = await createCannedReplies(deps.db).list(agent.siteId)
  sendJson(res, 200, { cannedReplies } satisfies CannedRepliesResponse, { 'Cache-Control': 'no-store' })
}

async function create({ req, res, deps }: RequestContext, agent: SessionAgent) {
  const input = await readBody(req, CannedReplyRequestSchema)
  const cannedReply = await createCannedReplies(deps.db).create(agent.siteId, input)
  sendJson(res, 201, { cannedReply } satisfies CannedReplyResponse)
}

async function update({ req, res, params, deps }: RequestContext, agent: SessionAgent) {
  const input = await readBody(req, CannedReplyRequestSchema)
  const cannedReply = await createCannedReplies(deps.db).update(agent.siteId, params.id!, input)
  sendJson(res, 200, { cannedReply } satisfies CannedReplyResponse)
}

async function remove({ res, params, deps }: RequestContext, agent: SessionAgent) {
  await createCannedReplies(deps.db).remove(agent.siteId, params.id!)
  sendJson(res, 200, { deleted: true } satisfies DeletedResponse)
}

export const cannedRoutes: Route[] = [
  memberRoute('GET', '/api/canned-replies', 'converse', list),
  memberRoute('POST', '/api/canned-replies', 'edit_canned_replies', create),
  memberRoute('PUT', '/api/canned-replies/:id', 'edit_canned_replies', update),
  memberRoute('DELETE', '/api/canned-replies/:id', 'edit_canned_replies', remove),
]
