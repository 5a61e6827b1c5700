import {
  WebhookSecretResponseSchema,
  WebhooksResponseSchema,
  WebhookTestResponseSchema,
  type CreateWebhookRequest,
  type WebhookSecretResponse,
  type WebhooksResponse,
} from '@attune/protocol'
import { createCall, type CallResult } from './http.ts'

/** The Store page's webhook endpoints (owner and admin; issue 15). */
export interface WebhooksApi {
  /** The endpoints (never their secrets) and the last 100 tries. */
  load(): Promise<CallResult<WebhooksResponse>>
  /** The answer holds the secret, shown once. */
  add(request: CreateWebhookRequest): Promise<CallResult<WebhookSecretResponse>>
  rotate(id: string): Promise<CallResult<WebhookSecretResponse>>
  test(id: string): Promise<CallResult<unknown>>
  remove(id: string): Promise<CallResult<void>>
}

export function createWebhooksApi(base = '', fetchImpl?: typeof fetch): WebhooksApi {
  const call = createCall(base, fetchImpl)
  const one = (id: string) => `/api/webhooks/${encodeURIComponent(id)}`
  return {
    load: () => call('GET', '/api/webhooks', WebhooksResponseSchema),
    add: (request) => call('POST', '/api/webhooks', WebhookSecretResponseSchema, request),
    rotate: (id) => call('POST', `${one(id)}/rotate`, WebhookSecretResponseSchema),
    test: (id) => call('POST', `${one(id)}/test`, WebhookTestResponseSchema),
    remove: (id) => call('DELETE', one(id), null),
  }
}
