import { HoursBodySchema, type HoursBody, type LauncherResponse } from '@attune/protocol'
import { createGreetings } from '../greetings.ts'
import type { SessionAgent } from '../auth/sessions.ts'
import { launcherState } from '../hours.ts'
import { HttpError, HttpErrorCode, sendError, sendJson } from './respond.ts'
import { memberRoute, publicRoute, readBody, type RequestContext, type Route } from './routes.ts'
import { siteCors } from './widget-api.ts'

async function getHours(ctx: RequestContext, agent: SessionAgent) {
  sendJson(ctx.res, 200, { hours: await ctx.deps.hours.get(agent.siteId) } satisfies HoursBody)
}

/** Replaces the store's hours; a bad field is a 400 naming it, and the stored hours stay as they were. */
async function putHours(ctx: RequestContext, agent: SessionAgent) {
  const { hours } = await readBody(ctx.req, HoursBodySchema)
  sendJson(ctx.res, 200, { hours: await ctx.deps.hours.set(agent.siteId, hours) } satisfies HoursBody)
}

/**
 * The launcher's one small answer (LauncherResponseSchema), once per page view. Cacheable for a
 * minute: a shopper told "away" a minute late costs less than every page view asking.
 */
async function launcher({ req, res, params, deps }: RequestContext) {
  const site = await deps.directory.siteByKey(params.key!)
  const cors = siteCors(site, req.headers.origin)
  if (req.method === 'OPTIONS') {
    res.writeHead(204, cors).end()
    return
  }
  if (req.method !== 'GET') throw new HttpError(HttpErrorCode.MethodNotAllowed, 'Use GET.')
  if (!site) return sendError(res, HttpErrorCode.NotFound, 'No such site.', cors)
  const [hours, agentsOnline, greetings] = await Promise.all([
    deps.hours.get(site.id),
    deps.presence.count(site.id),
    createGreetings(deps.db).offers(site.id),
  ])
  const body: LauncherResponse = { ...launcherState(hours, agentsOnline, deps.now()), greetings }
  sendJson(res, 200, body, { ...cors, 'Cache-Control': 'public, max-age=60' })
}

export const hoursRoutes: Route[] = [
  memberRoute('GET', '/api/store/hours', 'edit_store', getHours),
  memberRoute('PUT', '/api/store/hours', 'edit_store', putHours),
]

/** The widget's: each checks the site's allowed origins itself. */
export const launcherRoutes: Route[] = [
  publicRoute('GET', '/api/sites/:key/launcher', launcher),
  publicRoute('OPTIONS', '/api/sites/:key/launcher', launcher),
]
