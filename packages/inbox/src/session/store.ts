import { IdentitySecretResponseSchema, StoreResponseSchema, type StoreResponse, type UpdateStoreRequest } from '@attune/protocol'
import { createCall, type CallResult } from './http.ts'

export type StoreInfo = StoreResponse['store']

/** The Store page's endpoints (owner and admin; deleting and transferring: owner). */
export interface StoreApi {
  /** `GET /api/store` */
  load(): Promise<CallResult<StoreInfo>>
  /** `PUT /api/store`: a bad origin is a 400 whose message names it. */
  update(change: UpdateStoreRequest): Promise<CallResult<StoreInfo>>
  /** `POST /api/store/identity-secret`: a POST, so the secret is never in a URL or a cache. */
  revealSecret(): Promise<CallResult<string>>
  /** `POST /api/store/identity-secret/rotate` */
  rotateSecret(): Promise<CallResult<string>>
  /** `DELETE /api/store`, with the store's name typed again. */
  remove(confirmName: string): Promise<CallResult<void>>
  /** `POST /api/store/transfer`: the owner becomes an admin. */
  transfer(personId: string): Promise<CallResult<void>>
}

export function createStoreApi(base = '', fetchImpl?: typeof fetch): StoreApi {
  const call = createCall(base, fetchImpl)
  const store = (result: CallResult<StoreResponse>): CallResult<StoreInfo> => (result.ok ? { ok: true, value: result.value.store } : result)
  const secret = (result: CallResult<{ identitySecret: string }>): CallResult<string> =>
    result.ok ? { ok: true, value: result.value.identitySecret } : result

  return {
    load: async () => store(await call('GET', '/api/store', StoreResponseSchema)),
    update: async (change) => store(await call('PUT', '/api/store', StoreResponseSchema, change)),
    revealSecret: async () => secret(await call('POST', '/api/store/identity-secret', IdentitySecretResponseSchema)),
    rotateSecret: async () => secret(await call('POST', '/api/store/identity-secret/rotate', IdentitySecretResponseSchema)),
    remove: (confirmName) => call('DELETE', '/api/store', null, { confirmName }),
    transfer: (personId) => call('POST', '/api/store/transfer', null, { personId }),
  }
}
