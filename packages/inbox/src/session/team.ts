import {
  CreateInviteResponseSchema,
  PreferencesSchema,
  TeamResponseSchema,
  type CreateInviteResponse,
  type Preferences,
  type PreferencesUpdate,
  type TeamResponse,
} from '@attune/protocol'
import type { GrantableRole } from '../lib/team-view.ts'
import { createCall, type CallResult } from './http.ts'

/** The Team page's endpoints, and changing one's own password. */
export interface TeamApi {
  /** `GET /api/team`: invitations are listed only to those who may manage the team. */
  load(): Promise<CallResult<TeamResponse>>
  /** `POST /api/team/invites`: the one-time link to hand over. */
  invite(email: string, role: GrantableRole): Promise<CallResult<CreateInviteResponse>>
  revokeInvite(id: string): Promise<CallResult<void>>
  /** `PUT /api/team/members/:id`: their open inbox reconnects with the new role. */
  changeRole(personId: string, role: GrantableRole): Promise<CallResult<void>>
  /** `DELETE /api/team/members/:id`: their open inbox is signed out. */
  removeMember(personId: string): Promise<CallResult<void>>
  /** `PUT /api/agent/password`: 403 when the current one is wrong; other sessions end. */
  changePassword(currentPassword: string, newPassword: string): Promise<CallResult<void>>
  /** `PUT /api/agent/preferences`: one's own, in every store; those left out stay as they are. */
  setPreferences(update: PreferencesUpdate): Promise<CallResult<Preferences>>
}

export function createTeamApi(base = '', fetchImpl?: typeof fetch): TeamApi {
  const call = createCall(base, fetchImpl)
  const id = encodeURIComponent
  return {
    load: () => call('GET', '/api/team', TeamResponseSchema),
    invite: (email, role) => call('POST', '/api/team/invites', CreateInviteResponseSchema, { email, role }),
    revokeInvite: (inviteId) => call('DELETE', `/api/team/invites/${id(inviteId)}`, null),
    changeRole: (personId, role) => call('PUT', `/api/team/members/${id(personId)}`, null, { role }),
    removeMember: (personId) => call('DELETE', `/api/team/members/${id(personId)}`, null),
    changePassword: (currentPassword, newPassword) => call('PUT', '/api/agent/password', null, { currentPassword, newPassword }),
    setPreferences: (preferences) => call('PUT', '/api/agent/preferences', PreferencesSchema, preferences),
  }
}
