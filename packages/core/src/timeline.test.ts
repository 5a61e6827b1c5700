import { describe, expect, it } from 'vitest'
import type { ConversationEvent } from '@attune/protocol'
import { emptyChannel } from './channel-state.ts'
import { toTimeline } from './timeline.ts'

const message = (seq: number, clientId: string, role: 'visitor' | 'agent' = 'visitor'): ConversationEvent => ({
  seq,
  at: '2026-11-22T10:00:00.000Z',
  author: { role, id: role === 'visitor' ? 'v1' : 'a1' },
  kind: 'message',
  clientId,
  text: `text ${clientId}`,
})

describe('toTimeline', () => {
  it('shows a pending send once, and only once its event is stored it shows as the event', () => {
    const pending = [{ clientId: 'm2', text: 'text m2', at: 'x', state: 'sending' as const }]
    const channel = emptyChannel('visitor', 'c')
    expect(toTimeline({ ...channel, events: [message(1, 'm1')], pending }).map((i) => i.key)).toEqual(['m1', 'm2'])
    const stored = toTimeline({ ...channel, events: [message(1, 'm1'), message(2, 'm2')], pending })
    expect(stored.map((i) => [i.key, i.kind === 'message' && i.state])).toEqual([
      ['m1', 'sent'],
      ['m2', 'sent'],
    ])
  })
})
