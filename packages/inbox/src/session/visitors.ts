import { DeletedResponseSchema } from '@attune/protocol'
import { createCall } from './http.ts'

export type DeleteVisitorResult = { ok: true } | { ok: false; reason: 'not_found' | 'unauthorized' | 'network' | 'server' }

/** A shopper's erasure (managers and up), from the conversation view: on the first screen. */
export interface VisitorApi {
  /** `DELETE /api/visitors/:visitorId`: the shopper's conversations, messages and answers. */
  deleteVisitor(visitorId: string): Promise<DeleteVisitorResult>
}

export function createVisitorApi(base = '', fetchImpl?: typeof fetch): VisitorApi {
  const call = createCall(base, fetchImpl)
  return {
    async deleteVisitor(visitorId) {
      const result = await call('DELETE', `/api/visitors/${encodeURIComponent(visitorId)}`, DeletedResponseSchema)
      if (result.ok) return { ok: true }
      const { code } = result.error
      return { ok: false, reason: code === 'not_found' || code === 'unauthorized' || code === 'network' ? code : 'server' }
    },
  }
}
