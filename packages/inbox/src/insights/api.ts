import type { Mood, ResolvedAnswer } from '@attune/protocol'
import type { Summary } from '@attune/empathy'

/** The manager's filters; empty strings match everything. Dates are calendar days, `YYYY-MM-DD`. */
export interface InsightsFilters {
  from: string
  to: string
  topic: string
  reason: string
  language: string
  agentId: string
}

export interface InsightsConversation {
  id: string
  startedAt: string
  language: string
  topic: string | null
  reason: string | null
  agentId: string | null
  moodBefore: Mood | null
  moodAfter: Mood | null
  change: number | null
  resolved: ResolvedAnswer | null
  understood: boolean[]
}

/** `GET /api/insights` (the lead's contract). */
export interface InsightsResponse {
  summary: Summary
  byDay: { day: string; summary: Summary }[]
  conversations: InsightsConversation[]
  options: { topics: string[]; reasons: string[]; languages: string[]; agents: { id: string; name: string }[] }
}

export type InsightsResult =
  | { ok: true; data: InsightsResponse }
  | { ok: false; reason: 'unauthorized' | 'network' | 'server' }

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
      const data = (await response.json().catch(() => null)) as InsightsResponse | null
      if (!data || typeof data !== 'object' || !data.summary || !Array.isArray(data.byDay)) {
        return { ok: false, reason: 'server' }
      }
      return { ok: true, data }
    },
    csvUrl(filters) {
      return `${base}/api/insights.csv?${insightsQuery(filters, timeZone)}`
    },
  }
}
