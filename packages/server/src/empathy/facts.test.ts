import { detectFrustration, EMPTY_FOLD } from '@attune/empathy'
import type { ConversationEvent } from '@attune/protocol'
import { describe, expect, it } from 'vitest'
import { readSignal, tailOf } from './facts.ts'
import { NO_ANSWERS } from './snapshot.ts'

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
    expect(readSignal(tailOf(events), now, 'en')).toEqual(
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
    expect(readSignal(tailOf(events), now, null)).toEqual(
      detectFrustration(
        events.slice(-6).map((e) => (e.kind === 'message' ? e.text : '')),
        { waitingSeconds: 29 * 60, messagesSinceAgentReply: 10 },
      ),
    )
  })

  it('reads no wait once the agent has written last', () => {
    const events = [message(1, 'visitor', 'Hi'), message(2, 'agent', 'Hello! How can I help?')]
    expect(readSignal(tailOf(events), start + 5 * minute, 'en')).toEqual(detectFrustration(['Hi'], { messagesSinceAgentReply: 0, locale: 'en' }))
  })
})

describe('the tail the rules read, folded event by event', () => {
  const raised = (seq: number, level: 'concerned' | 'frustrated'): ConversationEvent => ({
    seq,
    at: new Date(start + seq * minute).toISOString(),
    author: { role: 'system', id: 'attune' },
    kind: 'signal.raised',
    level,
    score: 0.5,
    cues: [],
  })

  it("keeps the shopper's six latest texts and counts every message since the agent's reply", () => {
    const events = [message(1, 'agent', 'Hello!'), ...Array.from({ length: 8 }, (_, i) => message(i + 2, 'visitor', `Message ${i + 2}`))]
    expect(tailOf(events)).toEqual({
      recent: ['Message 4', 'Message 5', 'Message 6', 'Message 7', 'Message 8', 'Message 9'],
      sinceAgent: 8,
      raised: 0,
      log: { ...EMPTY_FOLD, shopperSinceAsk: 8, waitingFrom: Date.parse(events[1]!.at), waitIsNew: true },
      answers: NO_ANSWERS,
    })
  })

  it("keeps the check-ins still open and what the shopper answered, for the rules and the agent's card", () => {
    const system = { role: 'system' as const, id: 'attune' }
    const visitor = { role: 'visitor' as const, id: 'v' }
    const at = (seq: number) => new Date(start + seq * minute).toISOString()
    const events: ConversationEvent[] = [
      { seq: 1, at: at(1), author: system, kind: 'checkin.asked', phase: 'before', trigger: 'open' },
      { seq: 2, at: at(2), author: visitor, kind: 'checkin.answered', clientId: 'a', answer: { phase: 'before', mood: 2, topic: 'delivery' } },
      message(3, 'visitor', 'Where is my parcel?'),
      { seq: 4, at: at(4), author: system, kind: 'checkin.asked', phase: 'during', trigger: 'waiting' },
      { seq: 5, at: at(5), author: visitor, kind: 'checkin.skipped', clientId: 'b', phase: 'during' },
      { seq: 6, at: at(6), author: system, kind: 'checkin.asked', phase: 'during', trigger: 'signal' },
    ]
    const tail = tailOf(events)
    expect(tail.log.asks).toEqual([events[5]])
    expect(tail.answers).toEqual({ ...NO_ANSWERS, before: { phase: 'before', mood: 2, topic: 'delivery' }, topic: 'delivery', skipped: ['during'] })
    expect(tailOf([...events, message(7, 'visitor', 'Hello?')]).log.asks).toEqual([events[5]])
  })

  it('remembers the last level raised until the agent replies', () => {
    const events = [message(1, 'visitor', 'Where is it??'), raised(2, 'concerned'), message(3, 'visitor', 'Hello?'), raised(4, 'frustrated')]
    expect(tailOf(events).raised).toBe(2)
    expect(tailOf([...events, message(5, 'agent', 'Sorry, checking now')])).toMatchObject({ raised: 0, sinceAgent: 0, log: { waitingFrom: null } })
  })
})
