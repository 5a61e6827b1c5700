import { describe, expect, it } from 'vitest'
import type { EmpathySnapshot } from '@attune/protocol'
import { en } from '../i18n/en.ts'
import { empathy as calmEmpathy, summary } from '../testing/fake-agent.ts'
import { orderConversations, toConversationRows } from './conversation-rows.ts'

const now = Date.parse('2026-01-01T10:10:00Z')

const empathy = (overrides: Partial<EmpathySnapshot> = {}) => calmEmpathy({ language: null, ...overrides })

describe('orderConversations', () => {
  it('puts the longest-waiting shopper first, then the most recently active', () => {
    const list = [
      summary({ id: 'quiet-old', updatedAt: '2026-01-01T09:00:00Z' }),
      summary({ id: 'waiting-short', waitingSince: '2026-01-01T10:08:00Z' }),
      summary({ id: 'quiet-new', updatedAt: '2026-01-01T10:09:00Z' }),
      summary({ id: 'waiting-long', waitingSince: '2026-01-01T10:01:00Z' }),
    ]
    expect(orderConversations(list).map((c) => c.id)).toEqual(['waiting-long', 'waiting-short', 'quiet-new', 'quiet-old'])
  })
  it('raises a shopper who said "Not yet" above frustration, and frustration above a long wait', () => {
    const list = [
      summary({ id: 'long-wait', waitingSince: '2026-01-01T09:00:00Z' }),
      summary({ id: 'frustrated', empathy: empathy({ signal: { level: 'frustrated', score: 0.9, cues: [] } }) }),
      summary({ id: 'not-yet', empathy: empathy({ understood: false }) }),
    ]
    expect(orderConversations(list).map((c) => c.id)).toEqual(['not-yet', 'frustrated', 'long-wait'])
  })
})

describe('toConversationRows', () => {
  it('labels, previews and highlights a waiting conversation', () => {
    const [row] = toConversationRows(
      [
        summary({
          id: 'c1',
          visitorId: 'v_0000003f2a',
          waitingSince: '2026-01-01T10:06:00Z',
          lastMessage: { text: 'Where is\nmy order?', role: 'visitor', at: '2026-01-01T10:06:00Z' },
        }),
      ],
      'c1',
      now,
      en,
    )
    expect(row).toEqual({
      id: 'c1',
      label: 'Visitor 3f2a',
      preview: 'Where is my order?',
      waiting: true,
      waitingText: 'Waiting 4 min',
      current: true,
      mood: null,
      feeling: 'Signal: Calm',
      signal: 'calm',
      notYet: false,
      handedOff: false,
      tags: [],
    })
  })
  it('marks a conversation an agent handed to a manager', () => {
    const [row] = toConversationRows([summary({ id: 'c1', handoff: { seq: 4, at: '2026-01-01T10:05:00Z', by: 'Dao' } })], null, now, en)
    expect(row?.handedOff).toBe(true)
  })
  it('marks agent replies and empty conversations in the preview', () => {
    const rows = toConversationRows(
      [
        summary({ id: 'a', lastMessage: { text: 'On its way!', role: 'agent', at: '2026-01-01T10:00:00Z' } }),
        summary({ id: 'b', updatedAt: '2026-01-01T09:00:00Z' }),
        summary({
          id: 'c',
          updatedAt: '2026-01-01T08:00:00Z',
          lastMessage: { text: '', role: 'visitor', at: '2026-01-01T08:00:00Z', file: 'damaged-box.png' },
        }),
      ],
      null,
      now,
      en,
    )
    expect(rows.map((r) => [r.preview, r.waiting, r.waitingText, r.current])).toEqual([
      ['Agent: On its way!', false, 'Answered', false],
      ['No messages yet', false, 'Answered', false],
      ['File: damaged-box.png', false, 'Answered', false],
    ])
  })
  it("shows the shopper's mood in words, else the signal level, and a Not yet badge", () => {
    const rows = toConversationRows(
      [
        summary({ id: 'm', empathy: empathy({ moodNow: 2, understood: false }) }),
        summary({ id: 's', empathy: empathy({ signal: { level: 'concerned', score: 0.5, cues: [] } }) }),
      ],
      null,
      now,
      en,
    )
    expect(rows.map((r) => [r.id, r.mood, r.feeling, r.notYet])).toEqual([
      ['m', 2, 'upset', true],
      ['s', null, 'Signal: Concerned', false],
    ])
  })
})
