import { describe, expect, it } from 'vitest'
import { at, log } from '../rules/fixture.ts'
import { conversationRecord, moodChange } from './record.ts'

const meta = { id: 'c1', startedAt: new Date(at(0)).toISOString(), language: 'th', agentId: 'a1' }

describe('conversationRecord', () => {
  it('builds a record from a whole conversation', () => {
    const l = log()
      .ask(at(0), 'before', 'open')
      .answer(at(3), { phase: 'before', mood: 2, reason: 'unreachable', topic: 'order' })
      .shopper(at(10), 'where is my parcel?')
      .ask(at(100), 'during', 'waiting')
      .answer(at(105), { phase: 'during', understood: false })
      .agent(at(110))
      .ask(at(500), 'during', 'agent')
      .answer(at(505), { phase: 'during', understood: true })
      .resolve(at(600))
      .ask(at(600), 'after', 'resolved')
      .answer(at(610), { phase: 'after', mood: 4, resolved: 'yes', effort: 6, comment: 'thanks' })
    expect(conversationRecord(l.events, meta)).toEqual({
      ...meta,
      topic: 'order',
      reason: 'unreachable',
      moodBefore: 2,
      moodAfter: 4,
      understood: [false, true],
      resolved: 'yes',
      effort: 6,
      comment: 'thanks',
      followedUp: false,
      moodFollowUp: null,
      asked: { before: true, during: 2, after: true },
      answered: { before: true, during: 2, after: true },
    })
  })

  it('keeps the follow-up asked and its answer apart from the after answer', () => {
    const l = log()
      .shopper(at(0))
      .resolve(at(60))
      .ask(at(60), 'after', 'resolved')
      .answer(at(65), { phase: 'after', mood: 1, resolved: 'no', comment: '  ' })
      .ask(at(90_000), 'follow_up', 'follow_up')
      .answer(at(90_010), { phase: 'follow_up', mood: 4 })
    const r = conversationRecord(l.events, meta)
    expect(r).toMatchObject({ moodAfter: 1, followedUp: true, moodFollowUp: 4, comment: null })
    expect(r.answered).toEqual({ before: false, during: 0, after: true })
  })

  it('the latest answer per phase wins, as a whole', () => {
    const l = log()
      .ask(at(0), 'before', 'open')
      .answer(at(2), { phase: 'before', mood: 1, reason: 'treatment' })
      .answer(at(4), { phase: 'before', mood: 3 })
    const r = conversationRecord(l.events, meta)
    expect([r.moodBefore, r.reason]).toEqual([3, null])
  })

  it('a during check-in answered twice counts once, with its latest answer', () => {
    const l = log().shopper(at(1)).ask(at(100), 'during', 'signal')
    l.answer(at(101), { phase: 'during', understood: false }).answer(at(102), { phase: 'during', understood: true })
    const r = conversationRecord(l.events, meta)
    expect(r.understood).toEqual([true])
    expect(r.answered.during).toBe(1)
  })

  it('a skip counts as asked and not answered', () => {
    const l = log().ask(at(0), 'before', 'open').skip(at(2), 'before').shopper(at(3)).ask(at(100), 'during', 'waiting').skip(at(101), 'during')
    const r = conversationRecord(l.events, meta)
    expect([r.asked, r.answered]).toEqual([
      { before: true, during: 1, after: false },
      { before: false, during: 0, after: false },
    ])
    expect([r.moodBefore, r.moodAfter, r.topic, r.reason, r.resolved, r.effort]).toEqual([null, null, null, null, null, null])
  })

  it('an empty log gives an empty record', () => {
    const r = conversationRecord([], meta)
    expect(r.understood).toEqual([])
    expect(r.asked).toEqual({ before: false, during: 0, after: false })
  })
})

describe('moodChange', () => {
  it('is after − before, or null when either is missing', () => {
    expect(moodChange({ moodBefore: 2, moodAfter: 5 })).toBe(3)
    expect(moodChange({ moodBefore: 4, moodAfter: 1 })).toBe(-3)
    expect(moodChange({ moodBefore: 3, moodAfter: 3 })).toBe(0)
    expect(moodChange({ moodBefore: null, moodAfter: 4 })).toBeNull()
    expect(moodChange({ moodBefore: 2, moodAfter: null })).toBeNull()
  })
})
