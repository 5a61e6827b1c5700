import {
  AcceptInviteRequestSchema,
  ChangePasswordRequestSchema,
  InviteTokenRequestSchema,
  LoginRequestSchema,
  PreferencesUpdateSchema,
  SwitchStoreRequestSchema,
  type MeResponse,
} from '@attune/protocol'
import type { PasswordProof } from '../accounts/invites.ts'
import type { PersonRecord } from '../accounts/people.ts'
import { hashPassword, verifyPassword } from '../auth/password.ts'
import { clearedSessionCookie, readCookie, SESSION_COOKIE, sessionCookie, type SessionAgent } from '../auth/sessions.ts'
import { topics, type RevokedMessage } from '../bus.ts'
import { clientAddress, isHttps } from './proxy.ts'
import { HttpError, HttpErrorCode, sendJson } from './respond.ts'
import { memberRoute, publicRoute, readBody, type RequestContext, type Route } from './routes.ts'

// Verifying against a throwaway hash when the email is unknown keeps both failures equally slow,
// so the sign-in form does not reveal which emails have accounts.
let decoyHash: Promise<string> | undefined
const decoy = () => (decoyHash ??= hashPassword('decoy-password'))

/**
 * The person whose email and password these are, or null. Every route that takes a password
 * proves it here, under the sign-in throttle: signing in, joining a store with an existing
 * account, changing one's password. Otherwise each would be a way to guess past the lockout.
 */
async function authenticate(ctx: RequestContext, email: string, password: string): Promise<PersonRecord | null> {
  const { people, throttle, network } = ctx.deps
  const address = clientAddress(ctx.req, network)
  const wait = await throttle.retryAfter(email, address)
  if (wait > 0) throw new HttpError(HttpErrorCode.RateLimited, `Too many attempts. Try again in ${Math.ceil(wait / 60)} min.`, wait)
  const person = await people.byEmail(email)
  const ok = await verifyPassword(password, person?.passwordHash ?? (await decoy()))
  if (!person || !ok) {
    await throttle.failed(email, address)
    return null
  }
  await throttle.succeeded(email)
  return person
}

/** Who is signed in, where, and every store they may switch to. */
async function meBody(ctx: RequestContext, personId: string, siteId: string): Promise<MeResponse> {
  const person = await ctx.deps.people.byId(personId)
  const stores = await ctx.deps.people.memberships(personId)
  const current = stores.find((s) => s.siteId === siteId)
  if (!person || !current) throw new HttpError(HttpErrorCode.Unauthorized, 'Sign in first.')
  return {
    agent: { id: person.id, name: person.name, email: person.email, siteKey: current.siteKey, role: current.role },
    preferences: await ctx.deps.people.preferences(personId),
    stores: stores.map((s) => ({ siteKey: s.siteKey, name: s.name, role: s.role })),
  }
}

/** Opens a session in the person's first store and answers who they are, with the cookie set. */
async function signIn(ctx: RequestContext, personId: string, siteId?: string): Promise<void> {
  const stores = await ctx.deps.people.memberships(personId)
  const store = stores.find((s) => s.siteId === siteId) ?? stores[0]
  if (!store) throw new HttpError(HttpErrorCode.Forbidden, "You are not on any store's team. Ask a store's admin for an invitation.")
  const token = await ctx.deps.sessions.create(personId, store.siteId)
  sendJson(ctx.res, 200, await meBody(ctx, personId, store.siteId), { 'Set-Cookie': sessionCookie(token, isHttps(ctx.req, ctx.deps.network)) })
}

async function login(ctx: RequestContext) {
  const { email, password } = await readBody(ctx.req, LoginRequestSchema)
  const person = await authenticate(ctx, email, password)
  if (!person) throw new HttpError(HttpErrorCode.Unauthorized, 'Wrong email or password.')
  await signIn(ctx, person.id)
}

async function logout(ctx: RequestContext) {
  const token = readCookie(ctx.req.headers.cookie, SESSION_COOKIE)
  const agent = await ctx.deps.sessions.find(token)
  await ctx.deps.sessions.destroy(token)
  if (agent) revoke(ctx, agent.id, { reason: 'ended', sessionId: agent.sessionId })
  sendJson(ctx.res, 200, { ok: true }, { 'Set-Cookie': clearedSessionCookie() })
}

async function me(ctx: RequestContext, agent: SessionAgent) {
  sendJson(ctx.res, 200, await meBody(ctx, agent.id, agent.siteId))
}

async function switchStore(ctx: RequestContext, agent: SessionAgent) {
  const { siteKey } = await readBody(ctx.req, SwitchStoreRequestSchema)
  const target = (await ctx.deps.people.memberships(agent.id)).find((s) => s.siteKey === siteKey)
  if (!target) throw new HttpError(HttpErrorCode.NotFound, "You are not on that store's team.")
  await ctx.deps.sessions.switchStore(agent.sessionId, target.siteId)
  // The open inbox connection belongs to the old store: close it so it reconnects into the new one.
  revoke(ctx, agent.id, { reason: 'changed', sessionId: agent.sessionId })
  sendJson(ctx.res, 200, await meBody(ctx, agent.id, target.siteId))
}

async function changePassword(ctx: RequestContext, agent: SessionAgent) {
  const { currentPassword, newPassword } = await readBody(ctx.req, ChangePasswordRequestSchema)
  const person = await authenticate(ctx, agent.email, currentPassword)
  if (person?.id !== agent.id) throw new HttpError(HttpErrorCode.Forbidden, 'The current password is not right.')
  await ctx.deps.people.setPassword(agent.id, newPassword)
  // Whoever knew the old password is signed out everywhere; this session stays.
  await ctx.deps.sessions.destroyAll(agent.id, agent.sessionId)
  revoke(ctx, agent.id, { reason: 'ended', exceptSessionId: agent.sessionId })
  sendJson(ctx.res, 200, { ok: true })
}

/** One's own choices, in every store: the voice of one's Thai suggested replies, the inbox's language. */
async function setPreferences(ctx: RequestContext, agent: SessionAgent) {
  const update = await readBody(ctx.req, PreferencesUpdateSchema)
  sendJson(ctx.res, 200, await ctx.deps.people.setPreferences(agent.id, update))
}

async function lookupInvite(ctx: RequestContext) {
  const { token } = await readBody(ctx.req, InviteTokenRequestSchema)
  sendJson(ctx.res, 200, await ctx.deps.invites.lookup(token))
}

async function acceptInvite(ctx: RequestContext) {
  const input = await readBody(ctx.req, AcceptInviteRequestSchema)
  const proves: PasswordProof = async (email, password) => (await authenticate(ctx, email, password)) !== null
  const { personId, siteId } = await ctx.deps.invites.accept(input.token, input, proves)
  await signIn(ctx, personId, siteId)
}

/** Closes a person's open inbox connections: see RevokedMessage. */
export function revoke(ctx: RequestContext, personId: string, scope: Omit<RevokedMessage, 'type'>) {
  ctx.deps.bus.publish(topics.person(personId), { type: 'revoked', ...scope })
}

export const accountRoutes: Route[] = [
  publicRoute('POST', '/api/agent/login', login),
  publicRoute('POST', '/api/agent/logout', logout),
  memberRoute('GET', '/api/agent/me', 'signed_in', me),
  memberRoute('POST', '/api/agent/store', 'signed_in', switchStore),
  memberRoute('PUT', '/api/agent/password', 'signed_in', changePassword),
  memberRoute('PUT', '/api/agent/preferences', 'signed_in', setPreferences),
  publicRoute('POST', '/api/invites/lookup', lookupInvite),
  publicRoute('POST', '/api/invites/accept', acceptInvite),
]
