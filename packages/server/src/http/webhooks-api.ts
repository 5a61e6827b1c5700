import { CreateWebhookRequestSchema, type WebhookSecretResponse, type WebhooksResponse } from '@attune/protocol'
import type { SessionAgent } from '../auth/sessions.ts'
import { sendJson } from './respond.ts'
import { memberRoute, readBody, type RequestContext, type Route } from './routes.ts'

/*
 * A store's webhooks (issue 15), for its owner and admins (`edit_store`). Every route acts on
 * the session's store; another store's endpoint ids answer 404. A secret is shown in the answer
 * to the POST that made it, never again (README: Webhooks).
 */

async function list(ctx: RequestContext, agent: SessionAgent) {
  const { endpoints } = ctx.deps.webhooks
  const [all, attempts] = await Promise.all([endpoints.list(agent.siteId), endpoints.attempts(agent.siteId)])
  sendJson(ctx.res, 200, { endpoints: all, attempts } satisfies WebhooksResponse)
}

async function create(ctx: RequestContext, agent: SessionAgent) {
  const { url, events } = await readBody(ctx.req, CreateWebhookRequestSchema)
  sendJson(ctx.res, 201, (await ctx.deps.webhooks.endpoints.create(agent.siteId, url, events)) satisfies WebhookSecretResponse)
}

async function rotate(ctx: RequestContext, agent: SessionAgent) {
  sendJson(ctx.res, 200, (await ctx.deps.webhooks.endpoints.rotate(agent.siteId, ctx.params.id!)) satisfies WebhookSecretResponse)
}

async function remove(ctx: RequestContext, agent: SessionAgent) {
  await ctx.deps.webhooks.endpoints.remove(agent.siteId, ctx.params.id!)
  sendJson(ctx.res, 200, { deleted: true })
}

/** Queues a `webhook.test` body for the endpoint; the delivery log shows how it went. */
async function sendTest(ctx: RequestContext, agent: SessionAgent) {
  const id = ctx.params.id!
  await ctx.deps.webhooks.endpoints.require(agent.siteId, id)
  const store = await ctx.deps.stores.byId(agent.siteId)
  await ctx.deps.webhooks.deliveries.sendTest(store.key, id)
  sendJson(ctx.res, 202, { queued: true })
}

export const webhookRoutes: Route[] = [
  memberRoute('GET', '/api/webhooks', 'edit_store', list),
  memberRoute('POST', '/api/webhooks', 'edit_store', create),
  memberRoute('POST', '/api/webhooks/:id/rotate', 'edit_store', rotate),
  memberRoute('POST', '/api/webhooks/:id/test', 'edit_store', sendTest),
  memberRoute('DELETE', '/api/webhooks/:id', 'edit_store', remove),
]
