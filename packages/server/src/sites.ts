import { isWellFormedText, type ThaiVoice } from '@attune/protocol'
import { topics, type Bus } from './bus.ts'
import { createCache } from './cache.ts'
import type { Database } from './db/database.ts'

export type Site = {
  id: string
  key: string
  name: string
  allowedOrigins: string[]
  empathySettings: Record<string, unknown>
  thaiVoice: ThaiVoice
}

type SiteRow = { id: string; key: string; name: string; allowed_origins: string[]; empathy_settings: Record<string, unknown>; thai_voice: ThaiVoice }

/** How old a store's cached settings may get when the bus lost the change (or it came from elsewhere). */
export const SETTINGS_TTL_MS = 60_000
/** Stores kept in memory per process: the busiest, when there are more. */
export const STORES_KEPT = 10_000

/** Tells every process that a store's settings changed, so none keeps the old ones (cache.ts). */
export function siteChanged(bus: Bus, siteId: string): void {
  bus.publish(topics.changes, { type: 'changed', what: 'site', siteId })
}

/**
 * Stores as the gateway and the widget's API see them, kept in memory (issue 12): every shopper's
 * upgrade reads its store by key, and an identify reads its secret. Without a bus (the command
 * line) nothing announces changes, and the settings are read every time.
 */
export function createDirectory(db: Database, bus?: Bus) {
  async function load(key: string): Promise<Site | null> {
    const [row] = await db.query<SiteRow>('SELECT id, key, name, allowed_origins, empathy_settings, thai_voice FROM sites WHERE key = $1', [key])
    if (!row) return null
    const { allowed_origins: allowedOrigins, empathy_settings: empathySettings, thai_voice: thaiVoice } = row
    return { id: row.id, key: row.key, name: row.name, allowedOrigins, empathySettings, thaiVoice }
  }
  async function loadSecret(siteId: string): Promise<string | null> {
    const [row] = await db.query<{ identity_secret: string | null }>('SELECT identity_secret FROM sites WHERE id = $1', [siteId])
    return row?.identity_secret ?? null
  }
  const options = { ttlMs: bus ? SETTINGS_TTL_MS : 0, max: STORES_KEPT }
  const sites = createCache(load, options)
  const secrets = createCache(loadSecret, options)
  // Settings change seldom: any change drops every store's (a key names a store, a change its id).
  bus?.subscribe(topics.changes, (message) => {
    if (message.type !== 'changed' || message.what !== 'site') return
    sites.clear()
    secrets.drop(message.siteId)
  })

  return {
    async siteByKey(key: string): Promise<Site | null> {
      // No key holds NUL, which PostgreSQL refuses in text: the socket's `?siteKey=%00` is no store.
      if (!isWellFormedText(key)) return null
      const site = await sites.get(key)
      // An unknown key is not kept: a flood of made-up keys must not push the real stores out.
      if (!site) sites.drop(key)
      return site
    },

    /** The secret a store's server signs its user ids with (see `identify`). */
    identitySecret: (siteId: string): Promise<string | null> => secrets.get(siteId),
  }
}

export type Directory = ReturnType<typeof createDirectory>
