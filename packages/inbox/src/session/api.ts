import type { AgentProfile } from '../agent.ts'

/** Why a sign-in failed, as a closed set the form maps to a message. */
export const SignInFailure = {
  /** 401: the email and password do not match an agent. */
  InvalidCredentials: 'invalid_credentials',
  /** 400: the body was refused (an empty field, a malformed email). */
  BadInput: 'bad_input',
  /** The request never got an answer. */
  Network: 'network',
  /** Any other status: the server failed. */
  Server: 'server',
} as const
export type SignInFailure = (typeof SignInFailure)[keyof typeof SignInFailure]

export type SignInResult = { ok: true; agent: AgentProfile } | { ok: false; reason: SignInFailure }

/** The agent session endpoints the server serves under the inbox's origin. */
export interface SessionApi {
  login(email: string, password: string): Promise<SignInResult>
  logout(): Promise<void>
  /** The agent the session cookie belongs to, or null when there is none (or it expired). */
  me(): Promise<AgentProfile | null>
}

type Fetch = typeof fetch

function readAgent(body: unknown): AgentProfile | null {
  const agent = (body as { agent?: Partial<AgentProfile> } | null)?.agent
  if (!agent || typeof agent.id !== 'string' || typeof agent.name !== 'string') return null
  const profile: AgentProfile = { id: agent.id, name: agent.name, email: typeof agent.email === 'string' ? agent.email : '' }
  if (typeof agent.siteKey === 'string' && agent.siteKey) profile.siteKey = agent.siteKey
  return profile
}

/**
 * `fetch` is looked up on each call (not captured at import) so tests can stub the global, and
 * it can be injected outright. Cookies ride along because the inbox is served same-origin.
 */
export function createSessionApi(base = '', fetchImpl?: Fetch): SessionApi {
  const call: Fetch = (input, init) => (fetchImpl ?? globalThis.fetch)(input, init)
  const json = { 'content-type': 'application/json', accept: 'application/json' }

  return {
    async login(email, password) {
      let response: Response
      try {
        response = await call(`${base}/api/agent/login`, {
          method: 'POST',
          headers: json,
          credentials: 'same-origin',
          body: JSON.stringify({ email, password }),
        })
      } catch {
        return { ok: false, reason: SignInFailure.Network }
      }
      if (response.status === 401) return { ok: false, reason: SignInFailure.InvalidCredentials }
      if (response.status === 400) return { ok: false, reason: SignInFailure.BadInput }
      if (!response.ok) return { ok: false, reason: SignInFailure.Server }
      const agent = readAgent(await response.json().catch(() => null))
      return agent ? { ok: true, agent } : { ok: false, reason: SignInFailure.Server }
    },

    async logout() {
      try {
        await call(`${base}/api/agent/logout`, { method: 'POST', credentials: 'same-origin' })
      } catch {
        // Signing out locally still happens; the cookie expires on its own.
      }
    },

    async me() {
      try {
        const response = await call(`${base}/api/agent/me`, {
          headers: { accept: 'application/json' },
          credentials: 'same-origin',
        })
        if (!response.ok) return null
        return readAgent(await response.json().catch(() => null))
      } catch {
        return null
      }
    },
  }
}
