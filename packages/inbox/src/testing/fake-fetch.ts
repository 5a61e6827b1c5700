/**
 * A stand-in for the server's HTTP API in DOM tests: answers by "METHOD /path", records every
 * call with its JSON body, and answers 404 for anything else (the server's own error shape).
 */
import { vi } from 'vitest'

type Answer = [status: number, body: unknown]
export type Routes = Record<string, Answer | ((body: unknown) => Answer)>

export interface FakeFetch {
  fetch: typeof globalThis.fetch
  /** Every call, as "METHOD /path" and the parsed body. */
  calls: { route: string; body: unknown }[]
  /** Replaces or adds answers. */
  answer(routes: Routes): void
}

export function fakeFetch(routes: Routes = {}): FakeFetch {
  const table: Routes = { ...routes }
  const calls: FakeFetch['calls'] = []
  const fetch = vi.fn(async (url: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const path = new URL(String(url), 'http://inbox.test').pathname
    const route = `${init?.method ?? 'GET'} ${path}`
    const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined
    calls.push({ route, body })
    const entry = table[route]
    const [status, answer] = typeof entry === 'function' ? entry(body) : (entry ?? [404, { error: { code: 'not_found', message: 'No such route.' } }])
    return new Response(JSON.stringify(answer), { status, headers: { 'content-type': 'application/json' } })
  })
  return { fetch, calls, answer: (more) => Object.assign(table, more) }
}

/** The server's error body. */
export const refusal = (code: string, message = 'Refused.', extra: object = {}) => ({ error: { code, message, ...extra } })
