import { describe, expect, it } from 'vitest'
import type { Mood } from '@attune/protocol'
import { historyDigest, returningTrend, type EarlierChatFacts, type ShopperRecord } from './history.ts'

const chat = (moodBefore: Mood | null, moodAfter: Mood | null, topic: string | null = null, reason: string | null = null): EarlierChatFacts => ({
  moodBefore,
  moodAfter,
  topic,
  reason,
})

describe('historyDigest', () => {
  it('a shopper with no earlier chat has an empty digest', () => {
    expect(historyDigest([])).toEqual({ chats: 0, upset: 0, about: null, leftHappy: 0, answeredAfter: 0 })
  })

  it('counts upset arrivals, the topic they share, and happy endings', () => {
    const digest = historyDigest([chat(2, 4, 'order', 'unreachable'), chat(4, 5, 'product'), chat(1, 5, 'order', 'treatment')])
    expect(digest).toEqual({ chats: 3, upset: 2, about: { kind: 'topic', id: 'order' }, leftHappy: 3, answeredAfter: 3 })
  })

  it('falls back to the shared reason when the upset chats have no topic in common', () => {
    const digest = historyDigest([chat(2, 2, null, 'treatment'), chat(1, null, null, 'treatment')])
    expect(digest.about).toEqual({ kind: 'reason', id: 'treatment' })
    expect(digest.leftHappy).toBe(0)
    expect(digest.answeredAfter).toBe(1)
  })

  it('names nothing when two topics tie', () => {
    expect(historyDigest([chat(2, 3, 'order'), chat(2, 3, 'payment')]).about).toBeNull()
  })
})

const record = (visitorId: string, day: string, moodBefore: Mood | null, moodAfter: Mood | null): ShopperRecord => ({
  visitorId,
  startedAt: `${day}T10:00:00Z`,
  moodBefore,
  moodAfter,
})

describe('returningTrend', () => {
  it('compares each returning shopper’s latest chat with their first, by the after mood else the before', () => {
    const { summary } = returningTrend([
      record('a', '2026-11-02', 1, 2),
      record('a', '2026-11-10', 4, 4), // improving 2 → 4
      record('b', '2026-11-03', 3, null),
      record('b', '2026-11-04', 3, null), // steady 3 → 3
      record('c', '2026-11-05', null, 5),
      record('c', '2026-11-12', null, 2), // worsening 5 → 2
      record('d', '2026-11-05', 2, 5), // one chat: not returning
      record('e', '2026-11-05', null, null),
      record('e', '2026-11-06', 4, null), // one chat with a mood: not returning
    ])
    expect(summary.shoppers).toBe(3)
    expect(summary.improving).toEqual({ value: 1 / 3, count: 1, n: 3 })
    expect(summary.steady.count).toBe(1)
    expect(summary.worsening.count).toBe(1)
    expect(summary.meanFirst.value).toBeCloseTo((2 + 3 + 5) / 3)
    expect(summary.meanLatest.value).toBeCloseTo((4 + 3 + 2) / 3)
  })

  it('puts each shopper in the week (from Monday) of their latest chat, in the store’s time zone', () => {
    const { byWeek } = returningTrend(
      [
        record('a', '2026-11-02', 2, 3),
        record('a', '2026-11-08', 2, 4), // Sunday 8 Nov: week of Monday 2 Nov
        { visitorId: 'b', startedAt: '2026-11-08T20:00:00Z', moodBefore: 3, moodAfter: null },
        { visitorId: 'b', startedAt: '2026-11-15T20:00:00Z', moodBefore: 2, moodAfter: null }, // Monday 16 Nov in Bangkok
      ],
      'Asia/Bangkok',
    )
    expect(byWeek.map((w) => [w.week, w.trend.shoppers, w.trend.improving.count, w.trend.worsening.count])).toEqual([
      ['2026-11-02', 1, 1, 0],
      ['2026-11-16', 1, 0, 1],
    ])
  })

  it('has null shares, never NaN, when nobody returned', () => {
    const { summary, byWeek } = returningTrend([record('a', '2026-11-02', 2, 3)])
    expect(summary.improving).toEqual({ value: null, count: 0, n: 0 })
    expect(summary.meanFirst).toEqual({ value: null, n: 0 })
    expect(byWeek).toEqual([])
  })
})
