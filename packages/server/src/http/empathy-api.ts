import * as v from 'valibot'
import { EmpathySettingsError, resolveSettings, toCsv } from '@attune/empathy'
import type { SessionAgent } from '../auth/sessions.ts'
import { insights } from '../empathy/insights.ts'
import { HttpError, HttpErrorCode, readJson, sendJson } from './respond.ts'
import { memberRoute, type RequestContext, type Route } from './routes.ts'

const DAY_MS = 24 * 60 * 60 * 1000
const date = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'Dates are YYYY-MM-DD.'))
const optionalText = v.optional(v.pipe(v.string(), v.maxLength(100)))
const InsightsQuerySchema = v.object({
  from: v.optional(date),
  to: v.optional(date),
  topic: optionalText,
  reason: optionalText,
  language: optionalText,
  agentId: optionalText,
  tz: optionalText,
})

/** Parses the filters; `to` is an inclusive day, so the range ends at the next midnight (UTC). */
export function parseInsightsQuery(url: URL, now: number) {
  const parsed = v.safeParse(InsightsQuerySchema, Object.fromEntries(url.searchParams))
  if (!parsed.success) throw new HttpError(HttpErrorCode.BadRequest, parsed.issues[0]?.message ?? 'Bad filters.')
  const q = parsed.output
  const to = q.to ? Date.parse(`${q.to}T00:00:00Z`) + DAY_MS : Math.floor(now / DAY_MS) * DAY_MS + DAY_MS
  const from = q.from ? Date.parse(`${q.from}T00:00:00Z`) : to - 30 * DAY_MS
  if (!Number.isFinite(from) || !Number.isFinite(to) || from >= to) {
    throw new HttpError(HttpErrorCode.BadRequest, '"from" must be a day on or before "to".')
  }
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
  const [row] = await deps.db.query<{ empathy_settings: Record<string, unknown> }>(
    'SELECT empathy_settings FROM sites WHERE id = $1',
    [agent.siteId],
  )
  // The identity secret moved to the Store page (owners and admins only): POST /api/store/identity-secret.
  sendJson(res, 200, { settings: resolveSettings(row?.empathy_settings ?? {}) })
}

/** Saves the store's check-in settings after validating them; every issue is reported at once. */
async function putSettings({ req, res, deps }: RequestContext, agent: SessionAgent) {
  const body = await readJson(req)
  const input = (body as { settings?: unknown } | null)?.settings
  if (typeof input !== 'object' || input === null) throw new HttpError(HttpErrorCode.BadRequest, 'Send { "settings": { … } }.')
  let settings
  try {
    settings = resolveSettings(input as Record<string, unknown>)
  } catch (error) {
    if (error instanceof EmpathySettingsError) {
      sendJson(res, 400, { error: { code: 'invalid_settings', message: error.message, issues: error.issues } })
      return
    }
    throw error
  }
  await deps.db.query('UPDATE sites SET empathy_settings = $2 WHERE id = $1', [agent.siteId, JSON.stringify(input)])
  sendJson(res, 200, { settings })
}

/** Deletes a shopper and everything they said and answered (their right to erasure). */
async function deleteVisitor({ res, params, deps }: RequestContext, agent: SessionAgent) {
  const visitorId = params.id!
  const deleted = await deps.db.transaction(async (tx) => {
    const [visitor] = await tx.query<{ id: string }>('SELECT id FROM visitors WHERE id::text = $1 AND site_id = $2', [visitorId, agent.siteId])
    if (!visitor) return false
    await tx.query('DELETE FROM events WHERE conversation_id IN (SELECT id FROM conversations WHERE visitor_id = $1)', [visitor.id])
    await tx.query('DELETE FROM conversations WHERE visitor_id = $1', [visitor.id])
    await tx.query('DELETE FROM visitors WHERE id = $1', [visitor.id])
    return true
  })
  if (!deleted) throw new HttpError(HttpErrorCode.NotFound, 'No such visitor in this store.')
  sendJson(res, 200, { deleted: true })
}

export const empathyRoutes: Route[] = [
  memberRoute('GET', '/api/insights', 'read_insights', (ctx, agent) => sendInsights(ctx, agent, 'json')),
  memberRoute('GET', '/api/insights.csv', 'read_insights', (ctx, agent) => sendInsights(ctx, agent, 'csv')),
  memberRoute('GET', '/api/settings', 'edit_check_ins', getSettings),
  memberRoute('PUT', '/api/settings', 'edit_check_ins', putSettings),
  memberRoute('DELETE', '/api/visitors/:id', 'erase_visitors', deleteVisitor),
]
