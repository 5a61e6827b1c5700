import {
  AssignmentSettingsSchema,
  AssignRequestSchema,
  can,
  PresenceUpdateSchema,
  TransferRequestSchema,
  type AssignmentResponse,
  type AssignmentSettings,
  type ConversationSummary,
  type PresenceResponse,
} from '@attune/protocol'
import type { SessionAgent } from '../auth/sessions.ts'
import { AssignmentError, type AssignmentRefusal } from '../team/assignment.ts'
import { HttpError, HttpErrorCode, sendJson } from './respond.ts'
import { memberRoute, readBody, type RequestContext, type Route } from './routes.ts'

/** Each refusal as the inbox shows it: a typed code and a plain message. */
const REFUSALS: Record<AssignmentRefusal, HttpError> = {
  not_found: new HttpError(HttpErrorCode.NotFound, 'No such open conversation or team member.'),
  taken: new HttpError(HttpErrorCode.Conflict, 'Someone else took this conversation first.'),
  not_yours: new HttpError(HttpErrorCode.Forbidden, 'Only the person it is assigned to may transfer this conversation.'),
}

/** Runs a take, assign or transfer and answers with the new assignee, or the refusal. */
async function answerWith(ctx: RequestContext, change: () => Promise<ConversationSummary | null>) {
  try {
    const summary = await change()
    if (!summary?.assignee) throw REFUSALS.not_found
    sendJson(ctx.res, 200, { assignee: summary.assignee } satisfies AssignmentResponse)
  } catch (error) {
    throw error instanceof AssignmentError ? REFUSALS[error.refusal] : error
  }
}

async function presence(ctx: RequestContext, agent: SessionAgent) {
  const [people, [row]] = await Promise.all([
    ctx.deps.presence.team(agent.siteId),
    ctx.deps.db.query<{ away: boolean }>('SELECT away FROM memberships WHERE site_id = $1 AND person_id = $2', [agent.siteId, agent.id]),
  ])
  sendJson(ctx.res, 200, { people, chosen: row?.away ? 'away' : 'online' } satisfies PresenceResponse)
}

async function setPresence(ctx: RequestContext, agent: SessionAgent) {
  const update = await readBody(ctx.req, PresenceUpdateSchema)
  const chosen = await ctx.deps.presence.update(agent.siteId, agent.id, update)
  sendJson(ctx.res, 200, { people: await ctx.deps.presence.team(agent.siteId), chosen } satisfies PresenceResponse)
}

async function getSettings(ctx: RequestContext, agent: SessionAgent) {
  sendJson(ctx.res, 200, (await ctx.deps.assignment.settings(agent.siteId)) satisfies AssignmentSettings)
}

async function putSettings(ctx: RequestContext, agent: SessionAgent) {
  const next = await readBody(ctx.req, AssignmentSettingsSchema)
  sendJson(ctx.res, 200, (await ctx.deps.assignment.setSettings(agent.siteId, next)) satisfies AssignmentSettings)
}

/** "Take": anyone who converses, while nobody holds it. */
const take = (ctx: RequestContext, agent: SessionAgent) =>
  answerWith(ctx, () => ctx.deps.assignment.take(agent.siteId, ctx.params.id ?? '', agent.id))

/** "Assign": managers and up, to anyone on the team. */
async function assign(ctx: RequestContext, agent: SessionAgent) {
  const { personId } = await readBody(ctx.req, AssignRequestSchema)
  await answerWith(ctx, () => ctx.deps.assignment.give(agent.siteId, ctx.params.id ?? '', personId, { id: agent.id, name: agent.name, anyone: true }))
}

/** "Transfer": its assignee (or a manager and up), with a note the new assignee reads and the shopper never does. */
async function transfer(ctx: RequestContext, agent: SessionAgent) {
  const { personId, note } = await readBody(ctx.req, TransferRequestSchema)
  if (personId === agent.id) throw new HttpError(HttpErrorCode.BadRequest, 'Transfer it to someone else.')
  const from = { id: agent.id, name: agent.name || agent.email, anyone: can(agent.role, 'assign') }
  await answerWith(ctx, () => ctx.deps.assignment.give(agent.siteId, ctx.params.id ?? '', personId, from, note))
}

export const assignmentRoutes: Route[] = [
  memberRoute('GET', '/api/presence', 'see_team', presence),
  memberRoute('PUT', '/api/presence', 'converse', setPresence),
  memberRoute('GET', '/api/store/assignment', 'edit_store', getSettings),
  memberRoute('PUT', '/api/store/assignment', 'edit_store', putSettings),
  memberRoute('POST', '/api/conversations/:id/take', 'converse', take),
  memberRoute('POST', '/api/conversations/:id/assign', 'assign', assign),
  memberRoute('POST', '/api/conversations/:id/transfer', 'converse', transfer),
]
