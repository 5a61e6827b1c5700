import * as v from 'valibot'
import { BusinessHoursSchema, DEFAULT_HOURS, type BusinessHours } from '@attune/protocol'
import type { Database } from './db/database.ts'

/** Each store's business hours (issue 15): one JSON column on `sites`, validated on the way in and out. */
export function createStoreHours(db: Database) {
  return {
    /** The store's hours; the defaults (none used) until it sets some. */
    async get(siteId: string): Promise<BusinessHours> {
      const [row] = await db.query<{ business_hours: unknown }>('SELECT business_hours FROM sites WHERE id = $1', [siteId])
      if (row?.business_hours == null) return DEFAULT_HOURS
      const parsed = v.safeParse(BusinessHoursSchema, row.business_hours)
      // A zone this runtime no longer knows (its time zone data changed) must not break the
      // widget: the store is then treated as always open, and says so in the log.
      if (parsed.success) return parsed.output
      console.warn(`[Attune] the business hours of store ${siteId} no longer validate; treated as always open`)
      return { ...DEFAULT_HOURS, enabled: false }
    },

    /** Replaces the store's hours with ones the schema accepted. */
    async set(siteId: string, hours: BusinessHours): Promise<BusinessHours> {
      await db.query('UPDATE sites SET business_hours = $2::jsonb WHERE id = $1', [siteId, JSON.stringify(hours)])
      return hours
    },
  }
}

export type StoreHours = ReturnType<typeof createStoreHours>
