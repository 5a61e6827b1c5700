import {
  AssignmentResponseSchema,
  AssignmentSettingsSchema,
  PresenceResponseSchema,
  type AssignmentResponse,
  type AssignmentSettings,
  type PresenceResponse,
  type PresenceUpdate,
} from '@attune/protocol'
import { createCall, type CallResult } from './http.ts'

/** Presence and assignment (issue 14): the "Status" menu, Take, Assign, Transfer, the store's mode. */
export interface AssignmentApi {
  presence(): Promise<CallResult<PresenceResponse>>
  setPresence(update: PresenceUpdate): Promise<CallResult<PresenceResponse>>
  /** 409 `conflict` when someone took it first. */
  take(conversationId: string): Promise<CallResult<AssignmentResponse>>
  assign(conversationId: string, personId: string): Promise<CallResult<AssignmentResponse>>
  transfer(conversationId: string, personId: string, note: string): Promise<CallResult<AssignmentResponse>>
  settings(): Promise<CallResult<AssignmentSettings>>
  saveSettings(settings: AssignmentSettings): Promise<CallResult<AssignmentSettings>>
}

export function createAssignmentApi(base = '', fetchImpl?: typeof fetch): AssignmentApi {
  const call = createCall(base, fetchImpl)
  const conversation = (id: string, action: string) => `/api/conversations/${encodeURIComponent(id)}/${action}`
  return {
    presence: () => call('GET', '/api/presence', PresenceResponseSchema),
    setPresence: (update) => call('PUT', '/api/presence', PresenceResponseSchema, update),
    take: (id) => call('POST', conversation(id, 'take'), AssignmentResponseSchema),
    assign: (id, personId) => call('POST', conversation(id, 'assign'), AssignmentResponseSchema, { personId }),
    transfer: (id, personId, note) => call('POST', conversation(id, 'transfer'), AssignmentResponseSchema, { personId, note }),
    settings: () => call('GET', '/api/store/assignment', AssignmentSettingsSchema),
    saveSettings: (settings) => call('PUT', '/api/store/assignment', AssignmentSettingsSchema, settings),
  }
}
