import type { InboxMessages } from '../i18n/en.ts'
import { type DateLanguage, dateFormat } from './intl-locale.ts'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** A short, coarse duration ("under a minute", "4 min", "2 h", "3 d"): enough to triage a queue. */
export function formatDuration(ms: number, t: InboxMessages['time']): string {
  if (!Number.isFinite(ms) || ms < MINUTE) return t.underMinute
  if (ms < HOUR) return t.minutes(Math.floor(ms / MINUTE))
  if (ms < DAY) return t.hours(Math.floor(ms / HOUR))
  return t.days(Math.floor(ms / DAY))
}

/** How long since an ISO timestamp, never negative (client and server clocks drift). */
export function elapsedSince(iso: string, now: number): number {
  const then = Date.parse(iso)
  if (Number.isNaN(then)) return 0
  return Math.max(0, now - then)
}

/** "10:42 AM", "10:42" in Lao: the clock time a message was stored, in the agent's language and time zone. */
export function formatClock(iso: string, language: DateLanguage, timeZone?: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return ''
  return dateFormat(language, { hour: 'numeric', minute: '2-digit', timeZone }).format(date)
}
