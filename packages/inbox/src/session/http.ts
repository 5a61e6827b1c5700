import * as v from 'valibot'
import { HttpErrorBodySchema, HttpErrorCode } from '@attune/protocol'

/**
 * Why a call failed. The server's codes come in its `{ error: { code, message } }` body
 * (HttpErrorBodySchema); two are the inbox's own: no answer at all, and an answer that is not
 * one of the server's (a proxy's error page, a 500, a body the schema refuses).
 */
export const CallError = {
  ...HttpErrorCode,
  /** The request never got an answer. */
  Network: 'network',
  /** Any other answer (a proxy's error page, a body the schema refuses). */
  Server: 'server',
} as const
export type CallError = (typeof CallError)[keyof typeof CallError]

export interface CallFailure {
  code: CallError
  /** The server's words (English); shown only where they name the user's own input. */
  message: string
  retryAfterSeconds?: number
}

export type CallResult<T> = { ok: true; value: T } | { ok: false; error: CallFailure }

/** Reads an error answer; a body that is not the server's shape counts as `server`. */
function failureOf(body: unknown): CallFailure {
  const parsed = v.safeParse(HttpErrorBodySchema, body)
  if (!parsed.success) return { code: CallError.Server, message: '' }
  const { code, message, retryAfterSeconds } = parsed.output.error
  return { code, message, ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}) }
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE'

/** One JSON call, its answer parsed with a protocol schema (none: the body does not matter). Never throws. */
export interface Call {
  <S extends v.GenericSchema>(method: Method, path: string, schema: S, body?: unknown): Promise<CallResult<v.InferOutput<S>>>
  (method: Method, path: string, schema: null, body?: unknown): Promise<CallResult<void>>
}

/**
 * The inbox's calls to its own server. `fetch` is looked up on each call (not captured at import)
 * so tests can stub the global, and it can be injected outright. Cookies ride along: the inbox is
 * served same-origin. A `null` schema is for answers whose body does not matter (`{ ok: true }`).
 */
export function createCall(base = '', fetchImpl?: typeof fetch): Call {
  return (async (method: Method, path: string, schema: v.GenericSchema | null, body?: unknown): Promise<CallResult<unknown>> => {
    let response: Response
    try {
      response = await (fetchImpl ?? globalThis.fetch)(`${base}${path}`, {
        method,
        credentials: 'same-origin',
        headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })
    } catch {
      return { ok: false, error: { code: CallError.Network, message: '' } }
    }
    const json: unknown = await response.json().catch(() => null)
    if (!response.ok) return { ok: false, error: failureOf(json) }
    if (!schema) return { ok: true, value: undefined }
    const parsed = v.safeParse(schema, json)
    return parsed.success ? { ok: true, value: parsed.output } : { ok: false, error: { code: CallError.Server, message: '' } }
  }) as Call
}
