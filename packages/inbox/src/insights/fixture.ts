/** A small /api/insights response for tests, built with the real summarize(). */
import { returningTrend, summarize, type ConversationRecord } from '@attune/empathy'
import type { InsightsResponse } from './api.ts'

const record = (overrides: Partial<ConversationRecord> & { id: string; startedAt: string }): ConversationRecord => ({
  language: 'th',
  agentId: 'ag_1',
  topic: 'order',
  reason: 'unreachable',
  moodBefore: 2,
  moodAfter: 4,
  understood: [true],
  resolved: 'yes',
  effort: 6,
  comment: null,
  followedUp: false,
  moodFollowUp: null,
  asked: { before: true, during: 1, after: true },
  answered: { before: true, during: 1, after: true },
  ...overrides,
})

export function insightsFixture(): InsightsResponse {
  const records = [
    record({ id: 'conv_0001aaaa', startedAt: '2026-01-05T03:00:00Z' }),
    record({
      id: 'conv_0002bbbb',
      startedAt: '2026-01-05T09:00:00Z',
      language: 'en',
      reason: 'product',
      moodBefore: 1,
      moodAfter: 1,
      understood: [false],
      resolved: 'no',
      effort: 2,
    }),
    record({ id: 'conv_0003cccc', startedAt: '2026-01-07T09:00:00Z', moodBefore: 3, moodAfter: 5, understood: [] }),
  ]
  const day = (d: string) => records.filter((r) => r.startedAt.startsWith(d))
  return {
    range: { from: '2026-01-01T00:00:00.000Z', to: '2026-01-31T00:00:00.000Z', timeZone: 'UTC' },
    summary: summarize(records),
    byDay: ['2026-01-05', '2026-01-06', '2026-01-07'].map((d) => ({ day: d, summary: summarize(day(d)) })),
    conversations: records.map((r) => ({
      id: r.id,
      visitorId: `visitor_${r.id.slice(-4)}`,
      startedAt: r.startedAt,
      language: r.language,
      topic: r.topic,
      reason: r.reason,
      agentId: r.agentId,
      moodBefore: r.moodBefore,
      moodAfter: r.moodAfter,
      change: r.moodBefore !== null && r.moodAfter !== null ? r.moodAfter - r.moodBefore : null,
      resolved: r.resolved,
      understood: r.understood,
    })),
    returning: returningTrend(
      records.map((r, i) => ({ ...r, visitorId: i < 2 ? 'visitor_returning' : `visitor_${i}` })),
      'UTC',
    ),
    complaints: { messages: 2, conversations: 1, conversationIds: ['conv_0002bbbb'] },
    options: {
      topics: ['order'],
      reasons: ['product', 'unreachable'],
      languages: ['en', 'th'],
      agents: [{ id: 'ag_1', name: 'Dao' }],
    },
  }
}
