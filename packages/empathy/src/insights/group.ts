import type { DaySummary } from '@attune/protocol'
import type { ConversationRecord } from './record.ts'
import { summarize } from './summarize.ts'

/**
 * Which records to keep; every field left out matches all. `from` is inclusive and `to` exclusive
 * (so back-to-back ranges never count a conversation twice), as ISO 8601 or ms since the epoch.
 * `null` for topic, reason or agent keeps the records that have none ("no topic", "unassigned").
 */
export interface RecordFilter {
  from?: string | number
  to?: string | number
  topic?: string | null
  reason?: string | null
  language?: string
  agentId?: string | null
}

const toMs = (t: string | number): number => (typeof t === 'number' ? t : Date.parse(t))

export function filterRecords(records: readonly ConversationRecord[], filter: RecordFilter): ConversationRecord[] {
  const from = filter.from === undefined ? -Infinity : toMs(filter.from)
  const to = filter.to === undefined ? Infinity : toMs(filter.to)
  return records.filter((r) => {
    const started = Date.parse(r.startedAt)
    return (
      started >= from &&
      started < to &&
      (filter.topic === undefined || r.topic === filter.topic) &&
      (filter.reason === undefined || r.reason === filter.reason) &&
      (filter.language === undefined || r.language === filter.language) &&
      (filter.agentId === undefined || r.agentId === filter.agentId)
    )
  })
}

export type { DaySummary } from '@attune/protocol'

const DAY_MS = 86_400_000

/**
 * Per-day summaries for charts, oldest first. A day is the calendar day the conversation started
 * on in `timeZone` (an IANA name; the store's, so "Monday" means the store's Monday). Days with no
 * conversation between the first and the last are included with empty summaries, so a chart's
 * x axis has no silent gaps.
 * @throws RangeError for an unknown time zone or an unreadable `startedAt`.
 */
export function groupByDay(records: readonly ConversationRecord[], timeZone = 'UTC'): DaySummary[] {
  // A fixed Latin-digit Gregorian locale: the key must not depend on the server's default locale.
  const format = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
  const byDay = new Map<string, ConversationRecord[]>()
  for (const r of records) {
    const parts = format.formatToParts(Date.parse(r.startedAt))
    const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? ''
    const day = `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`
    const list = byDay.get(day)
    if (list) list.push(r)
    else byDay.set(day, [r])
  }
  const days = [...byDay.keys()].sort()
  const first = days[0]
  const last = days.at(-1)
  if (first === undefined || last === undefined) return []
  const out: DaySummary[] = []
  // Calendar arithmetic on the day keys themselves, in UTC, where every day has 24 hours.
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= Date.parse(`${last}T00:00:00Z`); t += DAY_MS) {
    const day = new Date(t).toISOString().slice(0, 10)
    out.push({ day, summary: summarize(byDay.get(day) ?? []) })
  }
  return out
}
