import type { ConversationEvent } from '@attune/protocol'
import { describe, expect, it } from 'vitest'
import { readSignal, tailOf } from './facts.ts'
import { empathySnapshot } from './snapshot.ts'

const at = '2026-11-22T10:00:00.000Z'
const said = (seq: number, text: string): ConversationEvent => ({
  seq,
  at,
  author: { role: 'visitor', id: 'v' },
  kind: 'message',
  clientId: `m${seq}`,
  text,
})

describe('the agent’s card', () => {
  it('speaks the language the shopper writes in, even on a page in another language', () => {
    const events = [said(1, 'สั่งของไปตั้งแต่วันจันทร์ ยังไม่ได้เลยค่ะ')]
    const snapshot = empathySnapshot(tailOf(events), readSignal(tailOf(events), Date.parse(at), 'en'), 'en')
    expect(snapshot.language).toBe('th')
  })

  it("falls back to the page's language before the shopper has written", () => {
    expect(empathySnapshot(tailOf([]), readSignal(tailOf([]), Date.parse(at), 'fil'), 'fil').language).toBe('fil')
  })

  it('counts a before card the shopper typed past as skipped (the inbox card says "Skipped", not "Not asked yet")', () => {
    const events: ConversationEvent[] = [
      { seq: 1, at, author: { role: 'system', id: 'attune' }, kind: 'checkin.asked', phase: 'before', trigger: 'open' },
      said(2, 'where is my order?'),
    ]
    expect(empathySnapshot(tailOf(events), readSignal(tailOf(events), Date.parse(at), null), null)).toMatchObject({
      moodNow: null,
      skipped: ['before'],
      pending: null,
    })
  })

  it('counts an after card the shopper typed past as skipped, not a before card lapsed by resolve nor a during card', () => {
    const system = { role: 'system' as const, id: 'attune' }
    const events: ConversationEvent[] = [
      { seq: 1, at, author: system, kind: 'checkin.asked', phase: 'before', trigger: 'open' },
      { seq: 2, at, author: { role: 'agent', id: 'a' }, kind: 'conversation.resolved' },
      said(3, 'one more thing'),
      { seq: 4, at, author: system, kind: 'checkin.asked', phase: 'during', trigger: 'waiting' },
      said(5, 'hello?'),
      { seq: 6, at, author: { role: 'visitor', id: 'v' }, kind: 'checkin.answered', clientId: 'a', answer: { phase: 'during', understood: true } },
      { seq: 7, at, author: system, kind: 'checkin.asked', phase: 'after', trigger: 'resolved' },
      said(8, 'actually, it is here now'),
    ]
    expect(empathySnapshot(tailOf(events), readSignal(tailOf(events), Date.parse(at), null), null)).toMatchObject({
      skipped: ['after'],
      understood: true,
      pending: null,
    })
  })

  it('reads mood before, after, reason, topic, "Not yet" and skipped moments from the log', () => {
    const system = { role: 'system' as const, id: 'attune' }
    const visitor = { role: 'visitor' as const, id: 'v' }
    const events: ConversationEvent[] = [
      { seq: 1, at, author: system, kind: 'checkin.asked', phase: 'before', trigger: 'open' },
      {
        seq: 2,
        at,
        author: visitor,
        kind: 'checkin.answered',
        clientId: 'a',
        answer: { phase: 'before', mood: 2, reason: 'product', topic: 'returns' },
      },
      { seq: 3, at, author: system, kind: 'checkin.asked', phase: 'during', trigger: 'waiting' },
      { seq: 4, at, author: visitor, kind: 'checkin.answered', clientId: 'b', answer: { phase: 'during', understood: false } },
      { seq: 5, at, author: system, kind: 'checkin.asked', phase: 'after', trigger: 'resolved' },
      { seq: 6, at, author: visitor, kind: 'checkin.skipped', clientId: 'c', phase: 'after' },
    ]
    expect(empathySnapshot(tailOf(events), readSignal(tailOf(events), Date.parse(at), null), null)).toMatchObject({
      moodBefore: 2,
      moodNow: 2,
      moodAfter: null,
      reason: 'product',
      topic: 'returns',
      understood: false,
      skipped: ['after'],
      pending: null,
    })
  })
})
