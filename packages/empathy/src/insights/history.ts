import type { Mood, ReturningTrend, ReturningWeek } from '@attune/protocol'
import type { ConversationRecord } from './record.ts'

// The shapes are the wire's (`GET /api/insights`): one home, in the protocol.
export type { ReturningTrend, ReturningWeek } from '@attune/protocol'

/** Upset or very upset on the five faces (EMPATHY.md: the follow-up and recovery bar). */
const UPSET_AT_MOST = 2
/** Good or very happy: what "left happy" means, as satisfaction counts it. */
const HAPPY_AT_LEAST = 4

/** What the card needs of one earlier chat. */
export interface EarlierChatFacts {
  moodBefore: Mood | null
  moodAfter: Mood | null
  reason: string | null
  topic: string | null
}

/**
 * The facts behind the card's one-line summary of a shopper's earlier chats ("3 chats, upset
 * twice about delivery, left happy each time"); the inbox words them.
 * - `upset`: chats they came into upset (before ≤ 2);
 * - `about`: the topic (else the reason) most of those upset chats share, null when none or a tie;
 * - `leftHappy` / `answeredAfter`: of the chats with an after answer, those that ended good or
 *   very happy (≥ 4).
 */
export interface HistoryDigest {
  chats: number
  upset: number
  about: { kind: 'topic' | 'reason'; id: string } | null
  leftHappy: number
  answeredAfter: number
}

export function historyDigest(chats: readonly EarlierChatFacts[]): HistoryDigest {
  const upset = chats.filter((c) => c.moodBefore !== null && c.moodBefore <= UPSET_AT_MOST)
  const after = chats.flatMap((c) => (c.moodAfter === null ? [] : [c.moodAfter]))
  const topic = mostCommon(upset.map((c) => c.topic))
  const reason = topic === null ? mostCommon(upset.map((c) => c.reason)) : null
  return {
    chats: chats.length,
    upset: upset.length,
    about: topic !== null ? { kind: 'topic', id: topic } : reason !== null ? { kind: 'reason', id: reason } : null,
    leftHappy: after.filter((m) => m >= HAPPY_AT_LEAST).length,
    answeredAfter: after.length,
  }
}

/** The value more entries share than any other; null when there is none or two lead together. */
function mostCommon(values: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>()
  for (const value of values) if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1)
  const ranked = [...counts].sort((a, b) => b[1] - a[1])
  const [first, second] = ranked
  return first && (!second || second[1] < first[1]) ? first[0] : null
}

/** A record with the shopper it belongs to (the server knows it; the log does not). */
export type ShopperRecord = Pick<ConversationRecord, 'startedAt' | 'moodBefore' | 'moodAfter'> & { visitorId: string }

/** The mood a chat is remembered by: how the shopper left (after), else how they came in (before). */
const chatMood = (r: ShopperRecord): Mood | null => r.moodAfter ?? r.moodBefore

type Movement = { first: Mood; latest: Mood; latestAt: string }

/**
 * Returning shoppers' trend (issue 16). A returning shopper has two or more chats with a mood in
 * the records; a chat's mood is its after answer, else its before answer. Each such shopper is
 * improving, steady or worsening as their latest chat's mood is above, equal to or below their
 * first's; the means of first and latest moods say by how much. `byWeek` puts each shopper in
 * the week (Monday, in `timeZone`) of their latest chat, oldest first, weeks without returning
 * shoppers left out.
 */
export function returningTrend(records: readonly ShopperRecord[], timeZone = 'UTC'): { summary: ReturningTrend; byWeek: ReturningWeek[] } {
  const movements = shopperMovements(records)
  const weeks = new Map<string, Movement[]>()
  for (const m of movements) {
    const week = mondayOf(m.latestAt, timeZone)
    weeks.set(week, [...(weeks.get(week) ?? []), m])
  }
  const byWeek = [...weeks].sort(([a], [b]) => a.localeCompare(b)).map(([week, ms]) => ({ week, trend: trendOf(ms) }))
  return { summary: trendOf(movements), byWeek }
}

function shopperMovements(records: readonly ShopperRecord[]): Movement[] {
  const byShopper = new Map<string, ShopperRecord[]>()
  for (const r of records) if (chatMood(r) !== null) byShopper.set(r.visitorId, [...(byShopper.get(r.visitorId) ?? []), r])
  return [...byShopper.values()].flatMap((chats) => {
    if (chats.length < 2) return []
    const sorted = [...chats].sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt))
    const first = sorted[0]!
    const latest = sorted.at(-1)!
    return [{ first: chatMood(first)!, latest: chatMood(latest)!, latestAt: latest.startedAt }]
  })
}

function trendOf(movements: readonly Movement[]): ReturningTrend {
  const n = movements.length
  const share = (count: number) => ({ value: n === 0 ? null : count / n, count, n })
  const mean = (values: number[]) => ({ value: n === 0 ? null : values.reduce((a, b) => a + b, 0) / n, n })
  return {
    shoppers: n,
    improving: share(movements.filter((m) => m.latest > m.first).length),
    steady: share(movements.filter((m) => m.latest === m.first).length),
    worsening: share(movements.filter((m) => m.latest < m.first).length),
    meanFirst: mean(movements.map((m) => m.first)),
    meanLatest: mean(movements.map((m) => m.latest)),
  }
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']

/** The Monday of the calendar week `iso` falls in, as `YYYY-MM-DD` in `timeZone`. */
function mondayOf(iso: string, timeZone: string): string {
  // A fixed Latin-digit Gregorian locale: the key must not depend on the server's default locale.
  const format = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    weekday: 'short',
  })
  const parts = format.formatToParts(Date.parse(iso))
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? ''
  const back = WEEKDAYS.indexOf(part('weekday'))
  // Calendar arithmetic on the local date alone (UTC has no daylight saving to trip over).
  const local = Date.UTC(Number(part('year')), Number(part('month')) - 1, Number(part('day')))
  return new Date(local - back * 86_400_000).toISOString().slice(0, 10)
}
