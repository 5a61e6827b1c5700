import { describe, expect, it } from 'vitest'
import type { ConversationSummary, EmpathySnapshot } from '@attune/protocol'
import { sortByNeed } from './sort-conversations.ts'

const calm: EmpathySnapshot = {
  moodBefore: null,
  moodNow: null,
  moodAfter: null,
  skipped: [],
  reason: null,
  topic: null,
  understood: null,
  signal: { level: 'calm', score: 0, cues: [] },
  language: 'en',
  pending: null,
}
const summary = (id: string, extra: Partial<ConversationSummary> = {}, empathy: Partial<EmpathySnapshot> = {}): ConversationSummary => ({
  id,
  visitorId: `v-${id}`,
  status: 'open',
  lastSeq: 1,
  createdAt: '2026-11-22T10:00:00Z',
  updatedAt: '2026-11-22T10:00:00Z',
  lastMessage: null,
  waitingSince: null,
  empathy: { ...calm, ...empathy },
  ...extra,
})

describe('sortByNeed', () => {
  it('puts "Not yet" first, then frustrated, then upset moods, then the longest wait, then the rest', () => {
    const list = [
      summary('answered', { updatedAt: '2026-11-22T10:09:00Z' }),
      summary('waiting-long', { waitingSince: '2026-11-22T10:01:00Z' }),
      summary('waiting-short', { waitingSince: '2026-11-22T10:05:00Z' }),
      summary('upset', {}, { moodNow: 1 }),
      summary('frustrated', {}, { signal: { level: 'frustrated', score: 0.8, cues: [] } }),
      summary('not-yet', {}, { understood: false }),
    ]
    expect(sortByNeed(list).map((c) => c.id)).toEqual(['not-yet', 'frustrated', 'upset', 'waiting-long', 'waiting-short', 'answered'])
  })

  it('compares waits as instants, whatever offset the times were written with', () => {
    const list = [
      summary('later', { waitingSince: '2026-11-22T10:30:00+00:00' }),
      summary('earlier', { waitingSince: '2026-11-22T17:00:00+07:00' }), // 10:00 UTC
    ]
    expect(sortByNeed(list).map((c) => c.id)).toEqual(['earlier', 'later'])
  })

  it('works for summaries without empathy data (older servers)', () => {
    const { empathy: _, ...bare } = summary('bare', { waitingSince: '2026-11-22T10:01:00Z' })
    expect(sortByNeed([summary('x'), bare]).map((c) => c.id)).toEqual(['bare', 'x'])
  })
})
