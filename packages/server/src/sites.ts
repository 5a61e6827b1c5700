import { randomUUID } from 'node:crypto'
import type { ThaiVoice } from '@attune/protocol'
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

/** Stores and their visitors: who may talk to whom (people and roles: accounts/). */
export function createDirectory(db: Database) {
  return {
    async siteByKey(key: string): Promise<Site | null> {
      const [row] = await db.query<SiteRow>('SELECT id, key, name, allowed_origins, empathy_settings, thai_voice FROM sites WHERE key = $1', [key])
      if (!row) return null
      const { allowed_origins: allowedOrigins, empathy_settings: empathySettings, thai_voice: thaiVoice } = row
      return { id: row.id, key: row.key, name: row.name, allowedOrigins, empathySettings, thaiVoice }
    },

    /** The secret a store's server signs its user ids with (see `identify`). */
    async identitySecret(siteId: string): Promise<string | null> {
      const [row] = await db.query<{ identity_secret: string | null }>('SELECT identity_secret FROM sites WHERE id = $1', [siteId])
      return row?.identity_secret ?? null
    },

    /**
     * The visitor behind a verified id, refreshed; or a new visitor when there is none (a token
     * signed for a visitor this database never saw, e.g. after a reset with a pinned secret).
     */
    async touchVisitor(siteId: string, visitorId: string | null): Promise<string> {
      if (visitorId) {
        const [row] = await db.query<{ id: string }>('UPDATE visitors SET last_seen_at = now() WHERE id = $1 AND site_id = $2 RETURNING id', [
          visitorId,
          siteId,
        ])
        if (row) return row.id
      }
      const id = randomUUID()
      await db.query('INSERT INTO visitors (id, site_id) VALUES ($1, $2)', [id, siteId])
      return id
    },
  }
}

export type Directory = ReturnType<typeof createDirectory>
