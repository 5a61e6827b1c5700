import { expect } from 'vitest'

/** A JSON body as a test reads it. */
export type Json = Record<string, any>

/** An answer as a test reads it: the status, the headers and the JSON body (null when there is none). */
export type Answer = { status: number; headers: Headers; body: Json }

/** A call to the server: `body`, when given, goes as JSON. */
export type ApiCall = (method: string, path: string, body?: unknown) => Promise<Answer>

/** Calls the server as a browser would: the session cookie it sets rides along on the calls after. */
export function apiCaller(serverUrl: string): { call: ApiCall; cookie: () => string } {
  let cookie = ''
  const call: ApiCall = async (method, path, body) => {
    const response = await fetch(serverUrl + path, {
      method,
      headers: { ...(cookie ? { cookie } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    const set = response.headers.get('set-cookie')
    if (set) cookie = set.split(';')[0]!
    return { status: response.status, headers: response.headers, body: (await response.json().catch(() => null)) as Json }
  }
  return { call, cookie: () => cookie }
}

/** A caller signed in with this email and password (the test fails when the sign-in does). */
export async function signedIn(serverUrl: string, email: string, password: string): Promise<ReturnType<typeof apiCaller>> {
  const caller = apiCaller(serverUrl)
  const { status, body } = await caller.call('POST', '/api/agent/login', { email, password })
  expect(status, JSON.stringify(body)).toBe(200)
  return caller
}
