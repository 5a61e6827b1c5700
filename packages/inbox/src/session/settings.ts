import type { EmpathySettings, SettingsIssue } from '@attune/empathy'

/** Why a call failed, apart from refused settings (which come back with their issues). */
export type StoreFailure = 'unauthorized' | 'network' | 'server'

export type SettingsLoadResult =
  | { ok: true; settings: EmpathySettings; identitySecret: string | null }
  | { ok: false; reason: StoreFailure }

export type SettingsSaveResult =
  | { ok: true; settings: EmpathySettings }
  | { ok: false; reason: 'invalid'; issues: SettingsIssue[] }
  | { ok: false; reason: StoreFailure }

export type DeleteVisitorResult = { ok: true } | { ok: false; reason: 'not_found' | StoreFailure }

/** The store's endpoints for signed-in agents: check-in settings and a shopper's erasure. */
export interface StoreApi {
  /** `GET /api/settings` */
  loadSettings(): Promise<SettingsLoadResult>
  /** `PUT /api/settings`; a 400 `invalid_settings` answers every issue at once. */
  saveSettings(settings: object): Promise<SettingsSaveResult>
  /** `DELETE /api/visitors/:visitorId`: the shopper's conversations, messages and answers. */
  deleteVisitor(visitorId: string): Promise<DeleteVisitorResult>
}

type Fetch = typeof fetch

const failure = (status: number): StoreFailure => (status === 401 ? 'unauthorized' : 'server')

function isSettings(value: unknown): value is EmpathySettings {
  const s = value as Partial<EmpathySettings> | null
  return typeof s === 'object' && s !== null && typeof s.moments === 'object' && Array.isArray(s.topics)
}

function readIssues(body: unknown): SettingsIssue[] | null {
  const error = (body as { error?: { code?: unknown; issues?: unknown } } | null)?.error
  if (error?.code !== 'invalid_settings' || !Array.isArray(error.issues)) return null
  return error.issues.filter(
    (issue): issue is SettingsIssue =>
      typeof issue === 'object' && issue !== null && typeof issue.path === 'string' && typeof issue.message === 'string',
  )
}

/** `fetch` is looked up on each call so tests can stub the global (as in session/api.ts). */
export function createStoreApi(base = '', fetchImpl?: Fetch): StoreApi {
  const call: Fetch = (input, init) => (fetchImpl ?? globalThis.fetch)(input, init)
  const accept = { accept: 'application/json' }

  async function send(url: string, init: RequestInit): Promise<Response | null> {
    try {
      return await call(url, { credentials: 'same-origin', ...init, headers: { ...accept, ...init.headers } })
    } catch {
      return null
    }
  }

  return {
    async loadSettings() {
      const response = await send(`${base}/api/settings`, {})
      if (!response) return { ok: false, reason: 'network' }
      if (!response.ok) return { ok: false, reason: failure(response.status) }
      const body = (await response.json().catch(() => null)) as { settings?: unknown; identitySecret?: unknown } | null
      if (!isSettings(body?.settings)) return { ok: false, reason: 'server' }
      const secret = typeof body.identitySecret === 'string' && body.identitySecret ? body.identitySecret : null
      return { ok: true, settings: body.settings, identitySecret: secret }
    },

    async saveSettings(settings) {
      const response = await send(`${base}/api/settings`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ settings }),
      })
      if (!response) return { ok: false, reason: 'network' }
      const body = (await response.json().catch(() => null)) as { settings?: unknown } | null
      if (response.status === 400) {
        const issues = readIssues(body)
        if (issues && issues.length > 0) return { ok: false, reason: 'invalid', issues }
      }
      if (!response.ok) return { ok: false, reason: failure(response.status) }
      return isSettings(body?.settings) ? { ok: true, settings: body.settings } : { ok: false, reason: 'server' }
    },

    async deleteVisitor(visitorId) {
      const response = await send(`${base}/api/visitors/${encodeURIComponent(visitorId)}`, { method: 'DELETE' })
      if (!response) return { ok: false, reason: 'network' }
      if (response.status === 404) return { ok: false, reason: 'not_found' }
      if (!response.ok) return { ok: false, reason: failure(response.status) }
      return { ok: true }
    },
  }
}
