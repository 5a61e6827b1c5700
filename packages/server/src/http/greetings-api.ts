import { GreetingRequestSchema, type DeletedResponse, type GreetingResponse, type GreetingsResponse } from '@attune/protocol'
import type { SessionAgent } from '../auth/sessions.ts'
import { createGreetings } from '../greetings.ts'
import { sendJson } from './respond.ts'
import { memberRoute, readBody, type RequestContext, type Route } from './routes.ts'

// Proactive greetings (issue 15): the store's owner and admins set them up on the Store page.

async function list({ res, deps }: RequestContext, agent: SessionAgent) {
  const greetings = await createGreetings(deps.db).list(agent.siteId)
  sendJson(res, 200, { greetings } satisfies GreetingsResponse, { 'Cache-Control': 'no-store' })
}

async function create({ req, res, deps }: RequestContext, agent: SessionAgent) {
  const input = await readBody(req, GreetingRequestSchema)
  const greeting = await createGreetings(deps.db).create(agent.siteId, input)
  sendJson(res, 201, { greeting } satisfies GreetingResponse)
}

async function update({ req, res, params, deps }: RequestContext, agent: SessionAgent) {
  const input = await readBody(req, GreetingRequestSchema)
  const greeting = await createGreetings(deps.db).update(agent.siteId, params.id!, input)
  sendJson(res, 200, { greeting } satisfies GreetingResponse)
}

async function remove({ res, params, deps }: RequestContext, agent: SessionAgent) {
  await createGreetings(deps.db).remove(agent.siteId, params.id!)
  sendJson(res, 200, { deleted: true } satisfies DeletedResponse)
}

export const greetingRoutes: Route[] = [
  memberRoute('GET', '/api/greetings', 'edit_store', list),
  memberRoute('POST', '/api/greetings', 'edit_store', create),
  memberRoute('PUT', '/api/greetings/:id', 'edit_store', update),
  memberRoute('DELETE', '/api/greetings/:id', 'edit_store', remove),
]
