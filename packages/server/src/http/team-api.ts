import { can, ChangeRoleRequestSchema, CreateInviteRequestSchema, type CreateInviteResponse, type TeamResponse } from '@attune/protocol'
import type { SessionAgent } from '../auth/sessions.ts'
import { teamLanguage } from '../mail/team-language.ts'
import { inviteMail } from '../mail/templates.ts'
import { revoke } from './account-api.ts'
import { publicOrigin } from './proxy.ts'
import { HttpError, HttpErrorCode, sendJson } from './respond.ts'
import { memberRoute, readBody, type RequestContext, type Route } from './routes.ts'

async function team(ctx: RequestContext, agent: SessionAgent) {
  const members = await ctx.deps.people.members(agent.siteId)
  const invites = can(agent.role, 'manage_team') ? await ctx.deps.invites.pending(agent.siteId) : []
  const body: Required<TeamResponse> = { members, invites, emailsInvites: ctx.deps.mail.sends }
  sendJson(ctx.res, 200, body)
}

/**
 * An invitation: emailed to the invitee (issue 15) and shown for copying too (a mail server that is
 * slow or not set up never holds a team back); the answer says whether it was emailed, so an
 * inviter on a server without mail knows to hand the link over. The token rides in the fragment.
 * It is written in the inviter's inbox language, which this very request's Accept-Language stands
 * for when they chose none: a Thai team's new colleague reads Thai.
 */
async function invite(ctx: RequestContext, agent: SessionAgent) {
  const input = await readBody(ctx.req, CreateInviteRequestSchema)
  const { invite, token } = await ctx.deps.invites.create(agent.siteId, { ...input, invitedBy: agent.id })
  const link = `${publicOrigin(ctx.req, ctx.deps.network)}/inbox/invite#${token}`
  // Required: this server always says, so only an older one leaves the inbox to assume no email.
  const body: Required<CreateInviteResponse> = { invite, link, emailed: ctx.deps.mail.sends }
  const store = await ctx.deps.stores.byId(agent.siteId)
  const { language } = await ctx.deps.people.preferences(agent.id)
  const mail = inviteMail({
    to: invite.email,
    store: store.name,
    inviter: agent.name || agent.email,
    role: invite.role,
    link: body.link,
    language: teamLanguage(language, ctx.req.headers['accept-language']),
  })
  await ctx.deps.mail.queue.enqueue(ctx.deps.db, mail, { kind: 'invite', siteId: agent.siteId })
  void ctx.deps.mail.work()
  sendJson(ctx.res, 201, body)
}

async function revokeInvite(ctx: RequestContext, agent: SessionAgent) {
  await ctx.deps.invites.revoke(agent.siteId, ctx.params.id!)
  sendJson(ctx.res, 200, { ok: true })
}

/**
 * Nobody changes their own role (ownership moves by transfer). Admins manage everyone but the
 * owner: people.setRole and people.leave refuse the owner in the same statement that writes.
 */
function guardTarget(ctx: RequestContext, agent: SessionAgent): string {
  const personId = ctx.params.id!
  if (personId === agent.id) throw new HttpError(HttpErrorCode.Forbidden, 'You cannot change your own role or remove yourself here.')
  return personId
}

async function changeRole(ctx: RequestContext, agent: SessionAgent) {
  const { role } = await readBody(ctx.req, ChangeRoleRequestSchema)
  const personId = guardTarget(ctx, agent)
  await ctx.deps.people.setRole(agent.siteId, personId, role)
  // Their inbox reconnects and learns the new role at once.
  revoke(ctx, personId, { reason: 'changed', siteId: agent.siteId })
  sendJson(ctx.res, 200, { ok: true })
}

/**
 * Removes a person from the team: their sessions in this store end, their open inbox closes, and
 * the conversations they held go back to the team.
 */
async function removeMember(ctx: RequestContext, agent: SessionAgent) {
  const personId = guardTarget(ctx, agent)
  const held = await ctx.deps.people.leave(agent.siteId, personId)
  revoke(ctx, personId, { reason: 'ended', siteId: agent.siteId })
  await ctx.deps.assignment.returned(agent.siteId, held)
  sendJson(ctx.res, 200, { ok: true })
}

export const teamRoutes: Route[] = [
  memberRoute('GET', '/api/team', 'see_team', team),
  memberRoute('POST', '/api/team/invites', 'manage_team', invite),
  memberRoute('DELETE', '/api/team/invites/:id', 'manage_team', revokeInvite),
  memberRoute('PUT', '/api/team/members/:id', 'manage_team', changeRole),
  memberRoute('DELETE', '/api/team/members/:id', 'manage_team', removeMember),
]
