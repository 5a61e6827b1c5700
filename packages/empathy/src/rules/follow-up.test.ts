import { describe, expect, it } from 'vitest'
import { at, log } from './fixture.ts'
import { followUpCheckIn, followUpReason } from './follow-up.ts'
import { pendingCheckIn } from './log.ts'

const ended = () => log().shopper(at(0)).agent(at(10)).resolve(at(20)).ask(at(20), 'after', 'resolved')

describe('followUpReason', () => {
  it('a chat that ended upset or very upset is followed up as "upset"', () => {
    expect(followUpReason(ended().answer(at(25), { phase: 'after', mood: 2 }).events)).toBe('upset')
    expect(followUpReason(ended().answer(at(25), { phase: 'after', mood: 1, resolved: 'no' }).events)).toBe('upset')
  })

  it('"No" to "Was your question resolved?" is followed up as "unresolved", whatever the mood', () => {
    expect(followUpReason(ended().answer(at(25), { phase: 'after', mood: 4, resolved: 'no' }).events)).toBe('unresolved')
  })

  it('a "Not yet" never answered "Yes" after is followed up as "not_understood"', () => {
    const l = log().shopper(at(0)).ask(at(100), 'during', 'waiting').answer(at(105), { phase: 'during', understood: false }).resolve(at(200))
    expect(followUpReason(l.events)).toBe('not_understood')
  })

  it('a chat that ended okay, resolved and understood is not followed up', () => {
    expect(followUpReason(ended().answer(at(25), { phase: 'after', mood: 3, resolved: 'partly' }).events)).toBeNull()
    const understood = log()
      .shopper(at(0))
      .ask(at(100), 'during', 'waiting')
      .answer(at(105), { phase: 'during', understood: false })
      .ask(at(500), 'during', 'agent')
      .answer(at(505), { phase: 'during', understood: true })
      .resolve(at(600))
    expect(followUpReason(understood.events)).toBeNull()
    expect(followUpReason(ended().events)).toBeNull()
  })

  it('the latest after answer counts: a mood changed from 2 to 4 is not upset', () => {
    const l = ended().answer(at(25), { phase: 'after', mood: 2 }).answer(at(26), { phase: 'after', mood: 4 })
    expect(followUpReason(l.events)).toBeNull()
  })
})

describe('the follow-up check-in', () => {
  it('is pending after the chat ended, until the shopper answers it', () => {
    const l = ended().answer(at(25), { phase: 'after', mood: 1 }).ask(at(9000), 'follow_up', 'follow_up')
    expect(pendingCheckIn(l.events)?.phase).toBe('follow_up')
    l.answer(at(9010), { phase: 'follow_up', mood: 4 })
    expect(pendingCheckIn(l.events)).toBeNull()
  })

  it('lapses when the shopper writes instead, like the after card', () => {
    const l = ended().ask(at(9000), 'follow_up', 'follow_up').shopper(at(9005), 'hi again')
    expect(pendingCheckIn(l.events)).toBeNull()
  })
})

describe('followUpCheckIn', () => {
  it('asks once per conversation, and never a shopper who declined check-ins', () => {
    const l = ended().answer(at(25), { phase: 'after', mood: 1 })
    expect(followUpCheckIn({ events: l.events, optedOut: false })).toEqual({ phase: 'follow_up', trigger: 'follow_up' })
    expect(followUpCheckIn({ events: l.events, optedOut: true })).toBeNull()
    l.ask(at(9000), 'follow_up', 'follow_up')
    expect(followUpCheckIn({ events: l.events, optedOut: false })).toBeNull()
  })
})
