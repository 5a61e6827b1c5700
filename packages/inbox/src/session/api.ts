import { MeResponseSchema, type MeResponse } from '@attune/protocol'
import type { AgentProfile } from '../agent.ts'
import { createCall, type CallError, type CallFailure } from './http.ts'

/** Why a sign-in failed, as a closed set the form maps to a message. */
export const SignInFailure = {
  /** 401: the email and password do not match an account. */
  InvalidCredentials: 'invalid_credentials',
  /** 400: the body was refused (an empty field, a malformed email). */
  BadInput: 'bad_input',
  /** 429: too many attempts for this account or address; the result says for how long. */
  RateLimited: 'rate_limited',
  /** 403: the account is on no store's team. */
  NoStore: 'no_store',
  /** The request never got an answer. */
  Network: 'network',
  /** Any other answer: the server failed. */
  Server: 'server',
} as const
export type SignInFailure = (typeof SignInFailure)[keyof typeof SignInFailure]

export type SignInResult =
  { ok: true; agent: AgentProfile } | { ok: false; reason: SignInFailure; /** With `rate_limited`: when to try again. */ retryAfterSeconds?: number }

export type SwitchResult = { ok: true; agent: AgentProfile } | { ok: false; error: CallFailure }

/** The session endpoints the server serves under the inbox's origin. */
export interface SessionApi {
  login(email: string, password: string): Promise<SignInResult>
  logout(): Promise<void>
  /** The person the session cookie belongs to, or null when there is none (or it ended). */
  me(): Promise<AgentProfile | null>
  /** `POST /api/agent/store`: this session works in another of the person's stores from now on. */
  switchStore(siteKey: string): Promise<SwitchResult>
}

/** The profile the inbox keeps: the person in the current store, and their other stores. */
export const toProfile = (me: MeResponse): AgentProfile => ({ ...me.agent, stores: me.stores, preferences: me.preferences })

const SIGN_IN_FAILURE: Partial<Record<CallError, SignInFailure>> = {
  unauthorized: SignInFailure.InvalidCredentials,
  bad_request: SignInFailure.BadInput,
  rate_limited: SignInFailure.RateLimited,
  forbidden: SignInFailure.NoStore,
  network: SignInFailure.Network,
}

export function createSessionApi(base = '', fetchImpl?: typeof fetch): SessionApi {
  const call = createCall(base, fetchImpl)

  return {
    async login(email, password) {
      const result = await call('POST', '/api/agent/login', MeResponseSchema, { email, password })
      if (result.ok) return { ok: true, agent: toProfile(result.value) }
      const reason = SIGN_IN_FAILURE[result.error.code] ?? SignInFailure.Server
      const wait = result.error.retryAfterSeconds
      return reason === SignInFailure.RateLimited && wait !== undefined ? { ok: false, reason, retryAfterSeconds: wait } : { ok: false, reason }
    },

    async logout() {
      // Signing out locally happens whatever the answer; the cookie expires on its own.
      await call('POST', '/api/agent/logout', null)
    },

    async me() {
      const result = await call('GET', '/api/agent/me', MeResponseSchema)
      return result.ok ? toProfile(result.value) : null
    },

    async switchStore(siteKey) {
      const result = await call('POST', '/api/agent/store', MeResponseSchema, { siteKey })
      return result.ok ? { ok: true, agent: toProfile(result.value) } : result
    },
  }
}
