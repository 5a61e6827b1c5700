import { ShopperHistoryResponseSchema, type ShopperHistoryResponse } from '@attune/protocol'
import { createCall } from './http.ts'

type ShopperHistoryResult = { ok: true; history: ShopperHistoryResponse } | { ok: false }

/** The shopper's earlier chats for the empathy card (every member who converses). */
export interface HistoryApi {
  /** `GET /api/conversations/:id/shopper-history`. */
  shopperHistory(conversationId: string): Promise<ShopperHistoryResult>
}

export function createHistoryApi(base = '', fetchImpl?: typeof fetch): HistoryApi {
  const call = createCall(base, fetchImpl)
  return {
    async shopperHistory(conversationId) {
      const result = await call('GET', `/api/conversations/${encodeURIComponent(conversationId)}/shopper-history`, ShopperHistoryResponseSchema)
      return result.ok ? { ok: true, history: result.value } : { ok: false }
    },
  }
}
