import { detectFrustration } from '@attune/empathy'
import type { ConversationEvent } from '@attune/protocol'
import { describe, expect, it } from 'vitest'
import { readSignal } from './facts.ts'

const start = Date.parse('2026-11-22T10:00:00.000Z')
const minute = 60_000

function message(seq: number, role: 'visitor' | 'agent', text: string): ConversationEvent {
  return { seq, at: new Date(start + seq * minute).toISOString(), author: { role, id: role }, kind: 'message', clientId: `m${seq}`, text }
}

describe("the server's reading of the shopper's tone", () => {
  it("reads the shopper's six latest messages, and the wait and the count since the agent last wrote", () => {
    const events: ConversationEvent[] = [
      message(1, 'visitor', 'This is useless, I want a refund now!!'),
      message(2, 'visitor', 'Hello?'),
      message(3, 'agent', 'Sorry for the wait, looking now.'),
      message(4, 'visitor', 'It still has not arrived'),
      {
        seq: 5,
        at: new Date(start + 5 * minute).toISOString(),
        author: { role: 'system', id: 'attune' },
        kind: 'checkin.asked',
        phase: 'during',
        trigger: 'waiting',
      },
      message(6, 'visitor', 'Where is my order'),
      message(7, 'visitor', 'Anyone?'),
      message(8, 'visitor', 'Please answer'),
      message(9, 'visitor', 'I have waited a week'),
    ]
    const now = start + 20 * minute
    expect(readSignal(events, now, 'en')).toEqual(
      detectFrustration(['Hello?', 'It still has not arrived', 'Where is my order', 'Anyone?', 'Please answer', 'I have waited a week'], {
        waitingSeconds: 16 * 60,
        messagesSinceAgentReply: 5,
        locale: 'en',
      }),
    )
  })

  it('counts every message of a shopper nobody has answered, from the first', () => {
    const events = Array.from({ length: 10 }, (_, i) => message(i + 1, 'visitor', `Message ${i + 1}`))
    const now = start + 30 * minute
    expect(readSignal(events, now, null)).toEqual(
      detectFrustration(
        events.slice(-6).map((e) => (e.kind === 'message' ? e.text : '')),
        { waitingSeconds: 29 * 60, messagesSinceAgentReply: 10 },
      ),
    )
  })

  it('reads no wait once the agent has written last', () => {
    const events = [message(1, 'visitor', 'Hi'), message(2, 'agent', 'Hello! How can I help?')]
    expect(readSignal(events, start + 5 * minute, 'en')).toEqual(detectFrustration(['Hi'], { messagesSinceAgentReply: 0, locale: 'en' }))
  })
})
