import { DeleteStoreRequestSchema, TransferOwnershipRequestSchema, UpdateStoreRequestSchema, type StoreResponse } from '@attune/protocol'
import type { SessionAgent } from '../auth/sessions.ts'
import type { StoreRecord } from '../accounts/stores.ts'
import { siteChanged } from '../sites.ts'
import { revoke } from './account-api.ts'
import { publicOrigin } from './proxy.ts'
import { HttpError, HttpErrorCode, sendJson } from './respond.ts'
import { memberRoute, readBody, type RequestContext, type Route } from './routes.ts'

const storeBody = (ctx: RequestContext, store: StoreRecord): StoreResponse => ({
  store: {
    key: store.key,
    name: store.name,
    allowedOrigins: store.allowedOrigins,
    serverUrl: publicOrigin(ctx.req, ctx.deps.network),
    thaiVoice: store.thaiVoice,
  },
})

async function getStore(ctx: RequestContext, agent: SessionAgent) {
  sendJson(ctx.res, 200, storeBody(ctx, await ctx.deps.stores.byId(agent.siteId)))
}

async function updateStore(ctx: RequestContext, agent: SessionAgent) {
  const change = await readBody(ctx.req, UpdateStoreRequestSchema)
  const store = await ctx.deps.stores.update(agent.siteId, change)
  siteChanged(ctx.deps.bus, agent.siteId)
  sendJson(ctx.res, 200, storeBody(ctx, store))
}

// POST, not GET: a secret is never in a URL, a cache or a prefetch.
async function revealSecret(ctx: RequestContext, agent: SessionAgent) {
  const identitySecret = await ctx.deps.stores.identitySecret(agent.siteId)
  // A store without a secret gets one here: the processes' caches must not keep "none".
  siteChanged(ctx.deps.bus, agent.siteId)
  sendJson(ctx.res, 200, { identitySecret })
}

async function rotateSecret(ctx: RequestContext, agent: SessionAgent) {
  const identitySecret = await ctx.deps.stores.rotateIdentitySecret(agent.siteId)
  siteChanged(ctx.deps.bus, agent.siteId)
  sendJson(ctx.res, 200, { identitySecret })
}

/** Deletes the store and all in it, after the owner types its name; the team is signed out of it. */
async function deleteStore(ctx: RequestContext, agent: SessionAgent) {
  const { confirmName } = await readBody(ctx.req, DeleteStoreRequestSchema)
  const store = await ctx.deps.stores.byId(agent.siteId)
  if (confirmName.trim() !== store.name) throw new HttpError(HttpErrorCode.BadRequest, `Type the store's name, "${store.name}", to delete it.`)
  const members = await ctx.deps.people.members(agent.siteId)
  // The files' bytes go with their rows (upload_bytes, ON DELETE CASCADE), in the same transaction.
  await ctx.deps.stores.remove(agent.siteId)
  siteChanged(ctx.deps.bus, agent.siteId)
  for (const member of members) revoke(ctx, member.id, { reason: 'ended', siteId: agent.siteId })
  sendJson(ctx.res, 200, { deleted: true })
}

async function transferOwnership(ctx: RequestContext, agent: SessionAgent) {
  const { personId } = await readBody(ctx.req, TransferOwnershipRequestSchema)
  await ctx.deps.people.transferOwnership(agent.siteId, personId)
  // Both people's inboxes reconnect, so each sees what the new role allows.
  revoke(ctx, agent.id, { reason: 'changed', siteId: agent.siteId })
  revoke(ctx, personId, { reason: 'changed', siteId: agent.siteId })
  sendJson(ctx.res, 200, { ok: true })
}

export const storeRoutes: Route[] = [
  memberRoute('GET', '/api/store', 'edit_store', getStore),
  memberRoute('PUT', '/api/store', 'edit_store', updateStore),
  memberRoute('POST', '/api/store/identity-secret', 'edit_store', revealSecret),
  memberRoute('POST', '/api/store/identity-secret/rotate', 'edit_store', rotateSecret),
  memberRoute('DELETE', '/api/store', 'own_store', deleteStore),
  memberRoute('POST', '/api/store/transfer', 'own_store', transferOwnership),
]
