import * as v from 'valibot'
import { BusinessHoursSchema, DEFAULT_HOURS, type BusinessHours } from '@attune/protocol'
import { topics, type Bus } from './bus.ts'
import { createCache } from './cache.ts'
import type { Database } from './db/database.ts'
import { log } from './logger.ts'
import { SETTINGS_TTL_MS, siteChanged, STORES_KEPT } from './sites.ts'

/**
 * Each store's business hours (issue 15): one JSON column on `sites`, validated on the way in and
 * out. Kept in memory like the store's other settings (issue 12: every page view's launcher asks
 * for them), dropped when a change crosses the bus. Without a bus they are read every time.
 */
export function createStoreHours(db: Database, bus?: Bus) {
  async function load(siteId: string): Promise<BusinessHours> {
    const [row] = await db.query<{ business_hours: unknown }>('SELECT business_hours FROM sites WHERE id = $1', [siteId])
    if (row?.business_hours == null) return DEFAULT_HOURS
    const parsed = v.safeParse(BusinessHoursSchema, row.business_hours)
    // A zone this runtime no longer knows (its time zone data changed) must not break the
    // widget: the store is then treated as always open, and says so in the log.
    if (parsed.success) return parsed.output
    log.warn({ siteId }, 'stored business hours no longer validate; treated as always open')
    return { ...DEFAULT_HOURS, enabled: false }
  }
  const hours = createCache(load, { ttlMs: bus ? SETTINGS_TTL_MS : 0, max: STORES_KEPT })
  bus?.subscribe(topics.changes, (message) => message.type === 'changed' && message.what === 'site' && hours.drop(message.siteId))

  return {
    /** The store's hours; the defaults (none used) until it sets some. */
    get: (siteId: string): Promise<BusinessHours> => hours.get(siteId),

    /** Replaces the store's hours with ones the schema accepted, and tells every process. */
    async set(siteId: string, value: BusinessHours): Promise<BusinessHours> {
      await db.query('UPDATE sites SET business_hours = $2::jsonb WHERE id = $1', [siteId, JSON.stringify(value)])
      if (bus) siteChanged(bus, siteId)
      return value
    },
  }
}

export type StoreHours = ReturnType<typeof createStoreHours>
