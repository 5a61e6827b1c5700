import * as v from 'valibot'
import { InsightsResponseSchema, type InsightsQuery, type InsightsResponse } from '@attune/protocol'

// The answer's shapes are the protocol's; components import them from here.
export type { InsightsConversation, InsightsResponse } from '@attune/protocol'

/**
 * The manager's filters: the query but its time zone, every field there; `''` matches all. Dates
 * are `YYYY-MM-DD`; left `''`, they are the server's default, the last 30 of the store's days.
 */
export type InsightsFilters = Required<Omit<InsightsQuery, 'tz'>>

type InsightsResult = { ok: true; data: InsightsResponse } | { ok: false; reason: 'unauthorized' | 'network' | 'server' }

export const FILTER_KEYS = ['from', 'to', 'topic', 'reason', 'language', 'agentId'] as const satisfies readonly (keyof InsightsFilters)[]

/** The query both endpoints take: the filters set, and the time zone that decides a "day". */
export function insightsQuery(filters: InsightsFilters, timeZone: string): string {
  const query = new URLSearchParams()
  for (const key of FILTER_KEYS) if (filters[key]) query.set(key, filters[key])
  query.set('tz', timeZone)
  return query.toString()
}

export interface InsightsApi {
  load(filters: InsightsFilters): Promise<InsightsResult>
  /** The CSV download with the same filters, for an `<a href download>`. */
  csvUrl(filters: InsightsFilters): string
}

type Fetch = typeof fetch

/** `fetch` is looked up on each call so tests can stub the global (as in session/api.ts). */
export function createInsightsApi(timeZone: string, base = '', fetchImpl?: Fetch): InsightsApi {
  const call: Fetch = (input, init) => (fetchImpl ?? globalThis.fetch)(input, init)
  return {
    async load(filters) {
      let response: Response
      try {
        response = await call(`${base}/api/insights?${insightsQuery(filters, timeZone)}`, {
          headers: { accept: 'application/json' },
          credentials: 'same-origin',
        })
      } catch {
        return { ok: false, reason: 'network' }
      }
      if (response.status === 401) return { ok: false, reason: 'unauthorized' }
      if (!response.ok) return { ok: false, reason: 'server' }
      const parsed = v.safeParse(InsightsResponseSchema, await response.json().catch(() => null))
      return parsed.success ? { ok: true, data: parsed.output } : { ok: false, reason: 'server' }
    },
    csvUrl(filters) {
      return `${base}/api/insights.csv?${insightsQuery(filters, timeZone)}`
    },
  }
}
