import { describe, expect, it } from 'vitest'
import { checkInNews, nextCardAsks, NO_CARD_ASKS } from '@attune/empathy'
import type { CheckInAnswer, CheckInNews, CheckInPhase, ConversationEvent } from '@attune/protocol'
import { createCheckIns } from './checkin.ts'
import { awaitingReply } from './awaiting.ts'

const at = (s: number) => new Date(Date.UTC(2026, 10, 22, 10, 0, s)).toISOString()
const asked = (seq: number, phase: CheckInPhase): ConversationEvent => ({
  seq,
  at: at(seq),
  author: { role: 'system', id: 'attune' },
  kind: 'checkin.asked',
  phase,
  trigger: phase === 'before' ? 'open' : phase === 'during' ? 'waiting' : 'resolved',
})
const said = (seq: number, role: 'visitor' | 'agent'): ConversationEvent => ({
  seq,
  at: at(seq),
  author: { role, id: role },
  kind: 'message',
  clientId: `m${seq}`,
  text: 'hi',
})
const answered = (seq: number, answer: CheckInAnswer): ConversationEvent => ({
  seq,
  at: at(seq),
  author: { role: 'visitor', id: 'v' },
  kind: 'checkin.answered',
  clientId: `a${seq}`,
  answer,
})

const skipped = (seq: number, phase: CheckInPhase): ConversationEvent => ({
  seq,
  at: at(seq),
  author: { role: 'visitor', id: 'v' },
  kind: 'checkin.skipped',
  clientId: `s${seq}`,
  phase,
})

/**
 * The server's side (decision 010): each stored event moves empathy's open check-ins on, and the
 * shopper's client is told the open card with the event: only when it changed (the server), or
 * with every event (the mock). The client must read both the same way.
 */
function setup(tells: 'when it changes' | 'with every event') {
  const sent: unknown[] = []
  const checkIns = createCheckIns((reply) =>
    sent.push(reply.type === 'answer' ? { answer: reply.answer } : { skip: reply.phase, forever: reply.forever }),
  )
  let asks = NO_CARD_ASKS
  let told: CheckInNews | null = null
  const push = (e: ConversationEvent) => {
    asks = nextCardAsks(asks, e)
    const news = checkInNews(asks)
    if (tells === 'with every event' || news.pending !== told?.pending || news.answerable !== told.answerable) checkIns.told((told = news))
  }
  return { checkIns, sent, push }
}

describe.each(['when it changes', 'with every event'] as const)('check-ins on the shopper side, told the open card %s', (tells) => {
  it('shows the card the server asked, and keeps it open through a multi-step answer', () => {
    const { checkIns, sent, push } = setup(tells)
    push(asked(1, 'before'))
    expect(checkIns.$checkIn.get()).toMatchObject({ seq: 1, phase: 'before', answer: {} })
    checkIns.answer({ mood: 2 }, { final: false })
    push(answered(2, { phase: 'before', mood: 2 }))
    expect(checkIns.$checkIn.get()).toMatchObject({ phase: 'before', answer: { mood: 2 } })
    checkIns.answer({ reason: 'unreachable' })
    expect(sent).toEqual([{ answer: { phase: 'before', mood: 2 } }, { answer: { phase: 'before', mood: 2, reason: 'unreachable' } }])
    expect(checkIns.$checkIn.get()).toBeNull()
  })

  it('counts a message sent while the before card is open as a skip, without a skip frame', () => {
    const { checkIns, sent, push } = setup(tells)
    push(asked(1, 'before'))
    checkIns.messageSent()
    expect(checkIns.$checkIn.get()).toBeNull()
    expect(sent).toEqual([])
  })

  it('keeps the during card open when the shopper writes, and closes it on a skip', () => {
    const { checkIns, sent, push } = setup(tells)
    push(said(1, 'visitor'))
    push(asked(2, 'during'))
    checkIns.messageSent()
    expect(checkIns.$checkIn.get()).toMatchObject({ phase: 'during' })
    checkIns.skip(true)
    expect(sent).toEqual([{ skip: 'during', forever: true }])
    expect(checkIns.$checkIn.get()).toBeNull()
  })

  it('does not send a skip after a partial answer: the server already has what was given', () => {
    const { checkIns, sent, push } = setup(tells)
    push(asked(1, 'after'))
    checkIns.answer({ mood: 4 }, { final: false })
    checkIns.skip()
    expect(sent).toEqual([{ answer: { phase: 'after', mood: 4 } }])
  })

  it('closes a card the server closed elsewhere (another tab answered it)', () => {
    const { checkIns, push } = setup(tells)
    push(asked(1, 'during'))
    push(answered(2, { phase: 'during', understood: true }))
    expect(checkIns.$checkIn.get()).toBeNull()
  })

  it('closes a card answered in part here once another tab skips it, as the server stops taking answers to it', () => {
    const { checkIns, push } = setup(tells)
    push(asked(1, 'before'))
    checkIns.answer({ mood: 2 }, { final: false })
    push(answered(2, { phase: 'before', mood: 2 }))
    expect(checkIns.$checkIn.get()).toMatchObject({ seq: 1, answer: { mood: 2 } })
    push(skipped(3, 'before'))
    expect(checkIns.$checkIn.get()).toBeNull()
  })

  it('keeps a card answered in part here open until the shopper writes on or the chat ends', () => {
    const { checkIns, push } = setup(tells)
    push(asked(1, 'before'))
    checkIns.answer({ mood: 4 }, { final: false })
    push(answered(2, { phase: 'before', mood: 4 }))
    push(said(3, 'agent'))
    expect(checkIns.$checkIn.get()).toMatchObject({ seq: 1, answer: { mood: 4 } })
    push(said(4, 'visitor'))
    expect(checkIns.$checkIn.get()).toBeNull()
  })

  it('does not bring back a card answered, skipped or written past here while the server hears of it', () => {
    for (const close of [
      (c: ReturnType<typeof setup>['checkIns']) => c.answer({ mood: 4, topic: 'order' }),
      (c: ReturnType<typeof setup>['checkIns']) => c.skip(),
      (c: ReturnType<typeof setup>['checkIns']) => c.messageSent(),
    ]) {
      const { checkIns, push } = setup(tells)
      push(asked(1, 'before'))
      close(checkIns)
      // The agent's message reaches the log before the shopper's answer, skip or message does.
      push(said(2, 'agent'))
      expect(checkIns.$checkIn.get()).toBeNull()
    }
  })

  it('keeps a card answered here closed once its answer is stored, and shows the next one', () => {
    const { checkIns, push } = setup(tells)
    push(asked(1, 'before'))
    checkIns.answer({ mood: 4, topic: 'order' })
    push(said(2, 'agent'))
    push(answered(3, { phase: 'before', mood: 4, topic: 'order' }))
    expect(checkIns.$checkIn.get()).toBeNull()
    push(asked(4, 'during'))
    expect(checkIns.$checkIn.get()).toMatchObject({ seq: 4, phase: 'during' })
  })

  it('replaces an open card with a later moment', () => {
    const { checkIns, push } = setup(tells)
    push(asked(1, 'before'))
    push(asked(2, 'after'))
    expect(checkIns.$checkIn.get()).toMatchObject({ seq: 2, phase: 'after' })
  })
})

describe('awaitingReply', () => {
  it('runs from the first unanswered shopper message until an agent answers', () => {
    expect(awaitingReply([])).toBeNull()
    expect(awaitingReply([said(1, 'visitor'), said(2, 'visitor')])).toEqual({ since: at(1) })
    expect(awaitingReply([said(1, 'visitor'), said(2, 'agent')])).toBeNull()
    expect(awaitingReply([said(1, 'visitor'), said(2, 'agent'), said(3, 'visitor')])).toEqual({ since: at(3) })
  })
})
