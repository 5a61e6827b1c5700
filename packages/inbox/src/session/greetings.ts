import { DeletedResponseSchema, GreetingResponseSchema, GreetingsResponseSchema, type Greeting, type GreetingRequest } from '@attune/protocol'
import { createCall, type CallResult } from './http.ts'

/** The store's proactive greetings (issue 15), for the Store page's Greetings section. */
export interface GreetingsApi {
  list(): Promise<CallResult<Greeting[]>>
  create(greeting: GreetingRequest): Promise<CallResult<Greeting>>
  update(id: string, greeting: GreetingRequest): Promise<CallResult<Greeting>>
  remove(id: string): Promise<CallResult<unknown>>
}

const greetingOf = <T extends { greeting: Greeting }>(result: CallResult<T>): CallResult<Greeting> =>
  result.ok ? { ok: true, value: result.value.greeting } : result

export function createGreetingsApi(base = '', fetchImpl?: typeof fetch): GreetingsApi {
  const call = createCall(base, fetchImpl)
  const path = (id: string) => `/api/greetings/${encodeURIComponent(id)}`
  return {
    list: async () => {
      const result = await call('GET', '/api/greetings', GreetingsResponseSchema)
      return result.ok ? { ok: true, value: result.value.greetings } : result
    },
    create: async (greeting) => greetingOf(await call('POST', '/api/greetings', GreetingResponseSchema, greeting)),
    update: async (id, greeting) => greetingOf(await call('PUT', path(id), GreetingResponseSchema, greeting)),
    remove: (id) => call('DELETE', path(id), DeletedResponseSchema),
  }
}
