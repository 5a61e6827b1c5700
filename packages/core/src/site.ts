import type { SiteResponse } from '@attune/protocol'
import type { FetchLike } from './platform.ts'
import { httpBase } from './urls.ts'

/**
 * The store's public details the widget shows and the check-in cards need: `GET /api/sites/:key`.
 * Check-ins, uploads and the Thai voice may be missing (a server older than them); the widget
 * defaults each.
 */
type Optional = 'checkIns' | 'uploads' | 'thaiVoice'
export type SiteInfo = Omit<SiteResponse, Optional> & Partial<Pick<SiteResponse, Optional>>

/** Fetches the store's public details; null when unreachable (the chat does not depend on it). */
export async function loadSite(server: string, siteKey: string, given?: FetchLike): Promise<SiteInfo | null> {
  try {
    // Without any fetch (an old runtime) this throws too, and the answer is null.
    const fetchImpl = given ?? (globalThis as { fetch?: FetchLike }).fetch
    const response = await fetchImpl!(`${httpBase(server)}/api/sites/${encodeURIComponent(siteKey)}`)
    if (!response.ok) return null
    const body = (await response.json()) as Partial<SiteInfo>
    return typeof body.name === 'string' ? (body as SiteInfo) : null
  } catch {
    return null
  }
}
