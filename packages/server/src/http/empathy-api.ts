import { EmpathySettingsError, resolveSettings, toCsv } from '@attune/empathy'
import {
  InsightsQuerySchema,
  isTimeZone,
  MAX_INSIGHTS_DAYS,
  SettingsBodySchema,
  type DeletedResponse,
  type InvalidSettingsBody,
  type SettingsBody,
} from '@attune/protocol'
import type { SessionAgent } from '../auth/sessions.ts'
import { insights, type InsightsRange } from '../empathy/insights.ts'
import { dayRange, storeZoneOf } from '../empathy/insights-range.ts'
import { siteChanged } from '../sites.ts'
import { announceErasure, eraseVisitorData } from '../visitors.ts'
import { HttpError, HttpErrorCode, sendJson } from './respond.ts'
import { memberRoute, readBody, readQuery, type RequestContext, type Route } from './routes.ts'

/**
 * Parses the filters into instants. The days are the store's when it has a zone of its own
 * (`storeZoneOf`, which says why), else the manager's `tz`, else UTC's; the answer
 * says which zone it used.
 */
function parseInsightsQuery(url: URL, now: number, storeZone: string | null = null): InsightsRange {
  const q = readQuery(url, InsightsQuerySchema)
  // A zone the query names is checked even when the store's wins: a bad request is bad either way.
  if (q.tz !== undefined && !isTimeZone(q.tz)) throw new HttpError(HttpErrorCode.BadRequest, `Unknown time zone "${q.tz}".`)
  const timeZone = storeZone ?? q.tz ?? 'UTC'
  const { from, to, days } = dayRange(q, timeZone, now)
  if (days < 1) throw new HttpError(HttpErrorCode.BadRequest, '"from" must be a day on or before "to".')
  // The schema bounds a range given whole; one side left to its default is bounded here.
  if (days > MAX_INSIGHTS_DAYS) throw new HttpError(HttpErrorCode.BadRequest, `A range is at most ${MAX_INSIGHTS_DAYS} days.`)
  const filter = {
    ...(q.topic ? { topic: q.topic } : {}),
    ...(q.reason ? { reason: q.reason } : {}),
    ...(q.language ? { language: q.language } : {}),
    ...(q.agentId ? { agentId: q.agentId } : {}),
  }
  return { from, to, timeZone, filter }
}

/** The days a manager's query asks for, in the store's zone when it has one: Insights, its CSV and Feedback alike. */
export async function readInsightsRange({ url, deps }: RequestContext, agent: SessionAgent): Promise<InsightsRange> {
  return parseInsightsQuery(url, deps.now(), storeZoneOf(await deps.hours.get(agent.siteId)))
}

async function sendInsights(ctx: RequestContext, agent: SessionAgent, format: 'json' | 'csv') {
  const { res, deps } = ctx
  const query = await readInsightsRange(ctx, agent)
  const { records, body } = await insights(deps.db, deps.log, agent.siteId, query)
  if (format === 'json') return sendJson(res, 200, body, { 'Cache-Control': 'no-store' })
  const csv = toCsv(records)
  res.writeHead(200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': 'attachment; filename="attune-insights.csv"',
    'Cache-Control': 'no-store',
  })
  res.end(csv)
}

async function getSettings({ res, deps }: RequestContext, agent: SessionAgent) {
  const [row] = await deps.db.query<{ empathy_settings: Record<string, unknown> }>('SELECT empathy_settings FROM sites WHERE id = $1', [agent.siteId])
  // The identity secret moved to the Store page (owners and admins only): POST /api/store/identity-secret.
  sendJson(res, 200, { settings: resolveSettings(row?.empathy_settings ?? {}) } satisfies SettingsBody)
}

/** Saves the store's check-in settings after validating them; every issue is reported at once. */
async function putSettings({ req, res, deps }: RequestContext, agent: SessionAgent) {
  // The wire checks the envelope; resolveSettings is the settings' one validation.
  const input = (await readBody(req, SettingsBodySchema)).settings
  let settings
  try {
    settings = resolveSettings(input)
  } catch (error) {
    if (error instanceof EmpathySettingsError) {
      const body: InvalidSettingsBody = { error: { code: error.code, message: error.message, issues: [...error.issues] } }
      return sendJson(res, 400, body)
    }
    throw error
  }
  await deps.db.query('UPDATE sites SET empathy_settings = $2 WHERE id = $1', [agent.siteId, JSON.stringify(input)])
  siteChanged(deps.bus, agent.siteId)
  sendJson(res, 200, { settings } satisfies SettingsBody)
}

/** Deletes a shopper and everything they said and answered (their right to erasure). */
async function deleteVisitor({ res, params, deps }: RequestContext, agent: SessionAgent) {
  const erasure = await eraseVisitorData(deps.db, agent.siteId, params.id!)
  if (!erasure) throw new HttpError(HttpErrorCode.NotFound, 'No such visitor in this store.')
  announceErasure(deps.bus, erasure)
  sendJson(res, 200, { deleted: true } satisfies DeletedResponse)
}

export const empathyRoutes: Route[] = [
  memberRoute('GET', '/api/insights', 'read_insights', (ctx, agent) => sendInsights(ctx, agent, 'json')),
  memberRoute('GET', '/api/insights.csv', 'read_insights', (ctx, agent) => sendInsights(ctx, agent, 'csv')),
  memberRoute('GET', '/api/settings', 'edit_check_ins', getSettings),
  memberRoute('PUT', '/api/settings', 'edit_check_ins', putSettings),
  memberRoute('DELETE', '/api/visitors/:id', 'erase_visitors', deleteVisitor),
]
