import type { SiteResponse } from '@attune/protocol'
import { settingsOf } from './empathy/context.ts'
import type { Site } from './sites.ts'
import { UPLOAD_LIMITS } from './uploads.ts'

/**
 * The store's public details a shopper's client shows: its name, what the check-in cards ask
 * (which moments, which topics, whether the effort item), what it accepts as files and its Thai
 * voice. One home for both places that hand them out: a visitor's welcome and `GET /api/sites/:key`.
 */
export function siteDetails(site: Site): SiteResponse {
  const settings = settingsOf(site.empathySettings, {})
  return {
    name: site.name,
    checkIns: { moments: settings.moments, topics: [...settings.topics], effortItem: settings.effortItem },
    uploads: { maxBytes: UPLOAD_LIMITS.maxBytes, types: [...UPLOAD_LIMITS.types] },
    thaiVoice: site.thaiVoice,
  }
}
