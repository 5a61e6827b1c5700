import { describe, expect, it } from 'vitest'
import { en } from '../i18n/en.ts'
import { summary } from '../testing/fake-agent.ts'
import { orderConversations, toConversationRows } from './conversation-rows.ts'

const now = Date.parse('2026-01-01T10:10:00Z')

describe('orderConversations', () => {
  it('puts the longest-waiting shopper first, then the most recently active', () => {
    const list = [
      summary({ id: 'quiet-old', updatedAt: '2026-01-01T09:00:00Z' }),
      summary({ id: 'waiting-short', waitingSince: '2026-01-01T10:08:00Z' }),
      summary({ id: 'quiet-new', updatedAt: '2026-01-01T10:09:00Z' }),
      summary({ id: 'waiting-long', waitingSince: '2026-01-01T10:01:00Z' }),
    ]
    expect(orderConversations(list).map((c) => c.id)).toEqual([
      'waiting-long',
      'waiting-short',
      'quiet-new',
      'quiet-old',
    ])
  })
  it('compares instants, not strings, when offsets differ', () => {
    const list = [
      summary({ id: 'later', waitingSince: '2026-01-01T10:05:00Z' }),
      summary({ id: 'earlier', waitingSince: '2026-01-01T17:01:00+07:00' }),
    ]
    expect(orderConversations(list).map((c) => c.id)).toEqual(['earlier', 'later'])
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
    })
  })
  it('marks agent replies and empty conversations in the preview', () => {
    const rows = toConversationRows(
      [
        summary({ id: 'a', lastMessage: { text: 'On its way!', role: 'agent', at: '2026-01-01T10:00:00Z' } }),
        summary({ id: 'b', updatedAt: '2026-01-01T09:00:00Z' }),
      ],
      null,
      now,
      en,
    )
    expect(rows.map((r) => [r.preview, r.waiting, r.waitingText, r.current])).toEqual([
      ['Agent: On its way!', false, 'Answered', false],
      ['No messages yet', false, 'Answered', false],
    ])
  })
})
