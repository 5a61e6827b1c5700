import {
  FeedbackActedResponseSchema,
  FeedbackResponseSchema,
  FollowUpSentResponseSchema,
  FollowUpsResponseSchema,
  type Feedback,
  type FollowUp,
} from '@attune/protocol'
import { createCall, type CallResult } from './http.ts'

/** After the chat (issue 16): the follow-up list (agents and up) and the feedback list (managers and up). */
export interface AfterChatApi {
  followUps(): Promise<CallResult<FollowUp[]>>
  /** `POST /api/follow-ups/:id`: the shopper is asked again when their widget next connects. */
  sendFollowUp(conversationId: string): Promise<CallResult<FollowUp>>
  /** `GET /api/feedback` with the insights page's query (its filters and time zone) and `acted`. */
  feedback(query: string): Promise<CallResult<Feedback[]>>
  /** `POST /api/feedback/:id/acted`: what the store did; an identified shopper is told once. */
  actOn(conversationId: string, note: string): Promise<CallResult<Feedback>>
}

export function createAfterChatApi(base = '', fetchImpl?: typeof fetch): AfterChatApi {
  const call = createCall(base, fetchImpl)
  const id = (conversationId: string) => encodeURIComponent(conversationId)
  const pick = <T, K extends keyof T>(result: CallResult<T>, key: K): CallResult<T[K]> =>
    result.ok ? { ok: true, value: result.value[key] } : result
  return {
    followUps: async () => pick(await call('GET', '/api/follow-ups', FollowUpsResponseSchema), 'followUps'),
    sendFollowUp: async (conversationId) => pick(await call('POST', `/api/follow-ups/${id(conversationId)}`, FollowUpSentResponseSchema), 'followUp'),
    feedback: async (query) => pick(await call('GET', `/api/feedback?${query}`, FeedbackResponseSchema), 'feedback'),
    actOn: async (conversationId, note) =>
      pick(await call('POST', `/api/feedback/${id(conversationId)}/acted`, FeedbackActedResponseSchema, { note }), 'feedback'),
  }
}
