import { EmpathySettingsError, resolveSettings, toCsv } from '@attune/empathy'
import {
  InsightsQuerySchema,
  MAX_INSIGHTS_DAYS,
  SettingsBodySchema,
  type DeletedResponse,
  type InvalidSettingsBody,
  type SettingsBody,
} from '@attune/protocol'
import type { SessionAgent } from '../auth/sessions.ts'
import { insights, type InsightsRange } from '../empathy/insights.ts'
import { siteChanged } from '../sites.ts'
import { eraseVisitor } from '../visitors.ts'
import { visitorChanged } from '../conversations.ts'
import { HttpError, HttpErrorCode, sendJson } from './respond.ts'
import { memberRoute, readBody, readQuery, type RequestContext, type Route } from './routes.ts'

const DAY_MS = 24 * 60 * 60 * 1000

/** Parses the filters; `to` is an inclusive day, so the range ends at the next midnight (UTC). */
export function parseInsightsQuery(url: URL, now: number): InsightsRange {
  const q = readQuery(url, InsightsQuerySchema)
  const to = q.to ? Date.parse(`${q.to}T00:00:00Z`) + DAY_MS : Math.floor(now / DAY_MS) * DAY_MS + DAY_MS
  const from = q.from ? Date.parse(`${q.from}T00:00:00Z`) : to - 30 * DAY_MS
  if (!Number.isFinite(from) || !Number.isFinite(to) || from >= to) {
    throw new HttpError(HttpErrorCode.BadRequest, '"from" must be a day on or before "to".')
  }
  // The schema bounds a range given whole; one side left to its default is bounded here.
  if (to - from > MAX_INSIGHTS_DAYS * DAY_MS) throw new HttpError(HttpErrorCode.BadRequest, `A range is at most ${MAX_INSIGHTS_DAYS} days.`)
  const timeZone = q.tz ?? 'UTC'
  try {
    new Intl.DateTimeFormat('en', { timeZone })
  } catch {
    throw new HttpError(HttpErrorCode.BadRequest, `Unknown time zone "${timeZone}".`)
  }
  const filter = {
    ...(q.topic ? { topic: q.topic } : {}),
    ...(q.reason ? { reason: q.reason } : {}),
    ...(q.language ? { language: q.language } : {}),
    ...(q.agentId ? { agentId: q.agentId } : {}),
  }
  return { from, to, timeZone, filter }
}

async function sendInsights({ res, url, deps }: RequestContext, agent: SessionAgent, format: 'json' | 'csv') {
  const query = parseInsightsQuery(url, Date.now())
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
  const deleted = await eraseVisitor(deps.db, agent.siteId, params.id!, deps.uploads)
  if (!deleted) throw new HttpError(HttpErrorCode.NotFound, 'No such visitor in this store.')
  visitorChanged(deps.bus, params.id!)
  sendJson(res, 200, { deleted: true } satisfies DeletedResponse)
}

export const empathyRoutes: Route[] = [
  memberRoute('GET', '/api/insights', 'read_insights', (ctx, agent) => sendInsights(ctx, agent, 'json')),
  memberRoute('GET', '/api/insights.csv', 'read_insights', (ctx, agent) => sendInsights(ctx, agent, 'csv')),
  memberRoute('GET', '/api/settings', 'edit_check_ins', getSettings),
  memberRoute('PUT', '/api/settings', 'edit_check_ins', putSettings),
  memberRoute('DELETE', '/api/visitors/:id', 'erase_visitors', deleteVisitor),
]
