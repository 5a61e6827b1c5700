import * as v from 'valibot'
import type { EmpathySettings, SettingsIssue } from '@attune/empathy'
import { InvalidSettingsBodySchema, SettingsBodySchema, type SettingsBody } from '@attune/protocol'

/** Why a call failed, apart from refused settings (which come back with their issues). */
type StoreFailure = 'unauthorized' | 'network' | 'server'

export type SettingsLoadResult = { ok: true; settings: EmpathySettings } | { ok: false; reason: StoreFailure }

export type SettingsSaveResult =
  { ok: true; settings: EmpathySettings } | { ok: false; reason: 'invalid'; issues: SettingsIssue[] } | { ok: false; reason: StoreFailure }

/**
 * The check-in settings, for the Settings page's lazy chunk. (A shopper's erasure is
 * session/visitors.ts; the store itself — name, origins, identity secret — session/store.ts.)
 */
export interface SettingsApi {
  /** `GET /api/settings` */
  loadSettings(): Promise<SettingsLoadResult>
  /** `PUT /api/settings`; a 400 `invalid_settings` answers every issue at once. */
  saveSettings(settings: SettingsBody['settings']): Promise<SettingsSaveResult>
}

type Fetch = typeof fetch

const failure = (status: number): StoreFailure => (status === 401 ? 'unauthorized' : 'server')

/*
 * The wire checks the envelope; the settings and issues inside are what the server's
 * resolveSettings made (their one validation), read as empathy's types. Running it again here
 * would put it in the first screen, which has no bytes to spare.
 */
function readSettings(body: unknown): EmpathySettings | null {
  const parsed = v.safeParse(SettingsBodySchema, body)
  return parsed.success ? (parsed.output.settings as EmpathySettings) : null
}

function readIssues(body: unknown): SettingsIssue[] | null {
  const parsed = v.safeParse(InvalidSettingsBodySchema, body)
  return parsed.success ? (parsed.output.error.issues as SettingsIssue[]) : null
}

/** `fetch` is looked up on each call so tests can stub the global (as in session/api.ts). */
export function createSettingsApi(base = '', fetchImpl?: Fetch): SettingsApi {
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
      const settings = readSettings(await response.json().catch(() => null))
      return settings ? { ok: true, settings } : { ok: false, reason: 'server' }
    },

    async saveSettings(settings) {
      const response = await send(`${base}/api/settings`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ settings }),
      })
      if (!response) return { ok: false, reason: 'network' }
      const body: unknown = await response.json().catch(() => null)
      const issues = response.status === 400 ? readIssues(body) : null
      if (issues && issues.length > 0) return { ok: false, reason: 'invalid', issues }
      if (!response.ok) return { ok: false, reason: failure(response.status) }
      const saved = readSettings(body)
      return saved ? { ok: true, settings: saved } : { ok: false, reason: 'server' }
    },
  }
}
