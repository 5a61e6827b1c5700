import {
  CannedRepliesResponseSchema,
  CannedReplyResponseSchema,
  DeletedResponseSchema,
  type CannedReply,
  type CannedReplyRequest,
} from '@attune/protocol'
import { createCall, type CallResult } from './http.ts'

/** The store's canned replies (issue 14): the page edits them, the reply box's picker reads them. */
export interface CannedApi {
  list(): Promise<CallResult<CannedReply[]>>
  create(reply: CannedReplyRequest): Promise<CallResult<CannedReply>>
  update(id: string, reply: CannedReplyRequest): Promise<CallResult<CannedReply>>
  remove(id: string): Promise<CallResult<unknown>>
}

const replyOf = (result: CallResult<{ cannedReply: CannedReply }>): CallResult<CannedReply> =>
  result.ok ? { ok: true, value: result.value.cannedReply } : result

export function createCannedApi(base = '', fetchImpl?: typeof fetch): CannedApi {
  const call = createCall(base, fetchImpl)
  const path = (id: string) => `/api/canned-replies/${encodeURIComponent(id)}`
  return {
    list: async () => {
      const result = await call('GET', '/api/canned-replies', CannedRepliesResponseSchema)
      return result.ok ? { ok: true, value: result.value.cannedReplies } : result
    },
    create: async (reply) => replyOf(await call('POST', '/api/canned-replies', CannedReplyResponseSchema, reply)),
    update: async (id, reply) => replyOf(await call('PUT', path(id), CannedReplyResponseSchema, reply)),
    remove: (id) => call('DELETE', path(id), DeletedResponseSchema),
  }
}
