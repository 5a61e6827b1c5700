import {
  CareAnswerResponseSchema,
  CareDaysResponseSchema,
  CareSettingsSchema,
  HandoffResponseSchema,
  type CareDaysResponse,
  type CareSettings,
  type Handoff,
  type Mood,
} from '@attune/protocol'
import { createCall, type CallResult } from './http.ts'

/** Agent care's endpoints (issue 16); loaded with the care chunks, never on the first screen. */
export interface CareApi {
  /** The agent's own answer to the offer they were sent. */
  answer(offerId: string, mood: Mood): Promise<CallResult<unknown>>
  /** The team's days (manager and up): figures only where enough people answered. */
  days(): Promise<CallResult<CareDaysResponse>>
  settings(): Promise<CallResult<CareSettings>>
  setEnabled(enabled: boolean): Promise<CallResult<CareSettings>>
  /** "Hand to a manager". */
  handOff(conversationId: string): Promise<CallResult<{ handoff: Handoff }>>
}

export function createCareApi(base = '', fetchImpl?: typeof fetch): CareApi {
  const call = createCall(base, fetchImpl)
  return {
    answer: (offerId, mood) => call('POST', '/api/care/answers', CareAnswerResponseSchema, { offerId, mood }),
    days: () => call('GET', '/api/care/days', CareDaysResponseSchema),
    settings: () => call('GET', '/api/care/settings', CareSettingsSchema),
    setEnabled: (enabled) => call('PUT', '/api/care/settings', CareSettingsSchema, { enabled }),
    handOff: (conversationId) => call('POST', `/api/conversations/${encodeURIComponent(conversationId)}/handoff`, HandoffResponseSchema),
  }
}
