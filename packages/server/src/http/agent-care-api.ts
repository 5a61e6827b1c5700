import {
  CareAnswerRequestSchema,
  CareDaysQuerySchema,
  CareSettingsSchema,
  CARE_MIN_ANSWERS,
  CARE_MIN_PEOPLE,
  type CareAnswerResponse,
  type CareDaysResponse,
  type CareSettings,
  type HandoffResponse,
  type Mood,
} from '@attune/protocol'
import type { SessionAgent } from '../auth/sessions.ts'
import { HandoffClosedError } from '../empathy/agent-care.ts'
import { askedDays, storeZoneOf } from '../empathy/insights-range.ts'
import { visibleConversation } from '../team/visible.ts'
import { HttpError, HttpErrorCode, sendJson } from './respond.ts'
import { memberRoute, readBody, readQuery, type RequestContext, type Route } from './routes.ts'

/** The longest range of days one request covers. */
const MAX_DAYS = 400

const NO_STORE = { 'Cache-Control': 'no-store' }

async function getSettings(ctx: RequestContext, agent: SessionAgent) {
  sendJson(ctx.res, 200, { enabled: await ctx.deps.careAnswers.enabled(agent.siteId) } satisfies CareSettings)
}

async function putSettings(ctx: RequestContext, agent: SessionAgent) {
  const { enabled } = await readBody(ctx.req, CareSettingsSchema)
  await ctx.deps.careAnswers.setEnabled(agent.siteId, enabled)
  sendJson(ctx.res, 200, { enabled } satisfies CareSettings)
}

/**
 * The zone the care days are the store's in (decision 047): its own (`storeZoneOf`), else UTC.
 * Never the reader's, as Insights falls back to: an answer's day is fixed when it is stored, and
 * no time is kept to read it again in another zone.
 */
async function careZone(ctx: RequestContext, agent: SessionAgent): Promise<string> {
  return storeZoneOf(await ctx.deps.hours.get(agent.siteId)) ?? 'UTC'
}

/** The agent's own answer; it is never read back one by one, by anyone. */
async function answer(ctx: RequestContext, agent: SessionAgent) {
  const { offerId, mood } = await readBody(ctx.req, CareAnswerRequestSchema)
  const stored = await ctx.deps.careAnswers.answer(agent.siteId, agent.id, offerId, mood as Mood, await careZone(ctx, agent))
  if (!stored) throw new HttpError(HttpErrorCode.NotFound, 'No such check-in is waiting for your answer (it was answered, or it lapsed).')
  sendJson(ctx.res, 200, { recorded: true } satisfies CareAnswerResponse, NO_STORE)
}

/** The team's days: a count and a mean only where enough people answered (CARE_MIN_*). */
async function days(ctx: RequestContext, agent: SessionAgent) {
  const timeZone = await careZone(ctx, agent)
  const asked = askedDays(readQuery(ctx.url, CareDaysQuerySchema), timeZone, ctx.deps.now())
  if (asked.days < 1) throw new HttpError(HttpErrorCode.BadRequest, '"from" must be a day on or before "to".')
  if (asked.days > MAX_DAYS) throw new HttpError(HttpErrorCode.BadRequest, `A range is at most ${MAX_DAYS} days.`)
  const body: CareDaysResponse = {
    days: await ctx.deps.careAnswers.days(agent.siteId, asked.from, asked.to, timeZone),
    minAnswers: CARE_MIN_ANSWERS,
    minPeople: CARE_MIN_PEOPLE,
  }
  sendJson(ctx.res, 200, body, NO_STORE)
}

/** "Hand to a manager": this store's open conversation only; another store's looks missing. */
async function handOff(ctx: RequestContext, agent: SessionAgent) {
  const conversation = await visibleConversation(ctx.deps.conversations, agent, ctx.params.id ?? '')
  if (!conversation) throw new HttpError(HttpErrorCode.NotFound, 'No such conversation.')
  try {
    const handoff = await ctx.deps.care.handOff(agent.siteId, conversation.id, { role: 'agent', id: agent.id, name: agent.name })
    sendJson(ctx.res, 200, { handoff } satisfies HandoffResponse)
  } catch (error) {
    if (error instanceof HandoffClosedError) throw new HttpError(HttpErrorCode.Conflict, 'This conversation is resolved; it cannot be handed over.')
    throw error
  }
}

export const careRoutes: Route[] = [
  memberRoute('GET', '/api/care/settings', 'edit_store', getSettings),
  memberRoute('PUT', '/api/care/settings', 'edit_store', putSettings),
  memberRoute('POST', '/api/care/answers', 'converse', answer),
  memberRoute('GET', '/api/care/days', 'read_insights', days),
  memberRoute('POST', '/api/conversations/:id/handoff', 'converse', handOff),
]
