import { InviteLookupResponseSchema, MeResponseSchema, type InviteLookupResponse } from '@attune/protocol'
import type { AgentProfile } from '../agent.ts'
import { toProfile } from './api.ts'
import { createCall, type CallResult } from './http.ts'

/** Accepting an invitation: the only calls made without a session. */
export interface InviteApi {
  /** `POST /api/invites/lookup`: the store, role and email; 404 or 410 for a dead link. */
  lookup(token: string): Promise<CallResult<InviteLookupResponse>>
  /**
   * `POST /api/invites/accept`: a new person gives a name and a new password; someone with an
   * account gives its password. Signs in on success.
   */
  accept(token: string, password: string, name?: string): Promise<CallResult<AgentProfile>>
}

export function createInviteApi(base = '', fetchImpl?: typeof fetch): InviteApi {
  const call = createCall(base, fetchImpl)
  return {
    lookup: (token) => call('POST', '/api/invites/lookup', InviteLookupResponseSchema, { token }),
    async accept(token, password, name) {
      const result = await call('POST', '/api/invites/accept', MeResponseSchema, { token, password, ...(name === undefined ? {} : { name }) })
      return result.ok ? { ok: true, value: toProfile(result.value) } : result
    },
  }
}
