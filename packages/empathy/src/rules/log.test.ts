import { describe, expect, it } from 'vitest'
import { at, log } from './fixture.ts'
import {
  answerableCheckIn,
  checkInNews,
  isNotYet,
  isResolved,
  latestNotYet,
  nextCardAsks,
  nextOpenAsks,
  NO_ASKS,
  NO_CARD_ASKS,
  pendingCheckIn,
  type OpenAsks,
} from './log.ts'

describe('pendingCheckIn', () => {
  it('returns the newest asked check-in with no answer or skip for its phase', () => {
    const l = log().shopper(at(0)).ask(at(40), 'during', 'signal')
    expect(pendingCheckIn(l.events)).toMatchObject({ kind: 'checkin.asked', phase: 'during', trigger: 'signal', seq: 2 })
  })

  it('is null once the check-in is answered or skipped', () => {
    const answered = log().shopper(at(0)).ask(at(40), 'during', 'signal').answer(at(45), { phase: 'during', understood: true })
    const skipped = log().shopper(at(0)).ask(at(40), 'during', 'signal').skip(at(45), 'during')
    expect(pendingCheckIn(answered.events)).toBeNull()
    expect(pendingCheckIn(skipped.events)).toBeNull()
  })

  it('is null for an empty log', () => {
    expect(pendingCheckIn([])).toBeNull()
  })

  it('an answer for another phase does not close it', () => {
    const l = log().ask(at(0), 'before', 'open').answer(at(1), { phase: 'during', understood: true })
    expect(pendingCheckIn(l.events)?.phase).toBe('before')
  })

  it('the before check-in lapses when the shopper sends a message (typing counts as a skip)', () => {
    const l = log().ask(at(0), 'before', 'open')
    expect(pendingCheckIn(l.events)?.phase).toBe('before')
    l.shopper(at(5))
    expect(pendingCheckIn(l.events)).toBeNull()
  })

  it('a during check-in stays pending while the shopper keeps chatting', () => {
    const l = log().shopper(at(0)).ask(at(40), 'during', 'waiting').shopper(at(50)).agent(at(55))
    expect(pendingCheckIn(l.events)?.phase).toBe('during')
  })

  it('a during check-in lapses when the conversation is resolved', () => {
    const l = log().shopper(at(0)).ask(at(40), 'during', 'waiting').resolve(at(60))
    expect(pendingCheckIn(l.events)).toBeNull()
  })

  it('an after check-in asked on "End chat" stays pending through the resolve that follows', () => {
    const l = log().shopper(at(0)).ask(at(60), 'after', 'end_chat').resolve(at(60))
    expect(pendingCheckIn(l.events)?.phase).toBe('after')
  })

  it('an after check-in lapses when the shopper writes again (the chat reopened)', () => {
    const l = log().shopper(at(0)).resolve(at(60)).ask(at(60), 'after', 'resolved').shopper(at(70))
    expect(pendingCheckIn(l.events)).toBeNull()
  })

  it('a check-in lapses when a later moment is asked', () => {
    const l = log().shopper(at(0)).ask(at(40), 'during', 'signal').ask(at(60), 'after', 'end_chat')
    expect(pendingCheckIn(l.events)).toMatchObject({ phase: 'after', seq: 3 })
    l.answer(at(70), { phase: 'after', mood: 4 })
    expect(pendingCheckIn(l.events)).toBeNull()
  })

  it('a moment asked again stands for its earlier ask: one answer closes both', () => {
    const l = log().shopper(at(0)).ask(at(40), 'during', 'signal').ask(at(400), 'during', 'agent')
    expect(pendingCheckIn(l.events)).toMatchObject({ phase: 'during', seq: 3 })
    l.answer(at(410), { phase: 'during', understood: true })
    expect(pendingCheckIn(l.events)).toBeNull()
  })

  it('an earlier moment asked after a later one comes first, and the later one waits behind it', () => {
    const l = log().shopper(at(0)).ask(at(60), 'after', 'end_chat').ask(at(61), 'before', 'open')
    expect(pendingCheckIn(l.events)?.phase).toBe('before')
    l.answer(at(62), { phase: 'before', mood: 3 })
    expect(pendingCheckIn(l.events)).toMatchObject({ phase: 'after', seq: 2 })
  })

  it('folded one event at a time (nextOpenAsks), gives what reading the whole log gives at every step', () => {
    const l = log()
      .ask(at(0), 'before', 'open')
      .shopper(at(5))
      .ask(at(40), 'during', 'signal')
      .shopper(at(50))
      .agent(at(55))
      .skip(at(60), 'during')
      .ask(at(90), 'during', 'waiting')
      .resolve(at(95))
      .ask(at(95), 'after', 'resolved')
    let open: OpenAsks = NO_ASKS
    l.events.forEach((event, i) => {
      open = nextOpenAsks(open, event)
      expect(open.at(-1) ?? null).toEqual(pendingCheckIn(l.events.slice(0, i + 1)))
      expect(new Set(open.map((a) => a.phase)).size).toBe(open.length)
    })
    expect(open.map((a) => a.phase)).toEqual(['after'])
  })
})

describe('answerableCheckIn', () => {
  it('keeps a card open through its answers, one tap at a time, until a skip closes it', () => {
    const l = log().ask(at(0), 'before', 'open').answer(at(1), { phase: 'before', mood: 2 })
    expect(pendingCheckIn(l.events)).toBeNull()
    expect(answerableCheckIn(l.events)).toMatchObject({ phase: 'before', seq: 1 })
    l.skip(at(2), 'before')
    expect(answerableCheckIn(l.events)).toBeNull()
  })

  it('lapses as pendingCheckIn does: the shopper writing on, the chat ending, a later moment', () => {
    const wrote = log().ask(at(0), 'before', 'open').answer(at(1), { phase: 'before', mood: 2 }).shopper(at(2))
    const ended = log().shopper(at(0)).ask(at(40), 'during', 'signal').answer(at(41), { phase: 'during', understood: true }).resolve(at(60))
    const later = log().ask(at(0), 'before', 'open').answer(at(1), { phase: 'before', mood: 4 }).ask(at(60), 'after', 'end_chat')
    expect(answerableCheckIn(wrote.events)).toBeNull()
    expect(answerableCheckIn(ended.events)).toBeNull()
    expect(answerableCheckIn(later.events)?.phase).toBe('after')
  })
})

describe('checkInNews', () => {
  it('folded one event at a time (nextCardAsks), says what pendingCheckIn and answerableCheckIn say at every step', () => {
    const l = log()
      .ask(at(0), 'before', 'open')
      .answer(at(1), { phase: 'before', mood: 2 })
      .agent(at(2))
      .skip(at(3), 'before')
      .shopper(at(5))
      .ask(at(40), 'during', 'signal')
      .answer(at(41), { phase: 'during', understood: false })
      .shopper(at(50))
      .resolve(at(95))
      .ask(at(95), 'after', 'resolved')
      .answer(at(96), { phase: 'after', mood: 4 })
    let asks = NO_CARD_ASKS
    l.events.forEach((event, i) => {
      asks = nextCardAsks(asks, event)
      const events = l.events.slice(0, i + 1)
      expect(checkInNews(asks)).toEqual({ pending: pendingCheckIn(events), answerable: answerableCheckIn(events) })
    })
    expect(checkInNews(asks)).toMatchObject({ pending: null, answerable: { phase: 'after' } })
  })
})

describe('"Not yet"', () => {
  it('isNotYet is true only for a during answer with understood = false', () => {
    const l = log()
      .answer(at(1), { phase: 'during', understood: false })
      .answer(at(2), { phase: 'during', understood: true })
      .answer(at(3), { phase: 'after', mood: 1 })
      .shopper(at(4), 'not yet')
    expect(l.events.map(isNotYet)).toEqual([true, false, false, false])
  })

  it('latestNotYet finds the latest during answer when it is "Not yet"', () => {
    const l = log().shopper(at(0)).ask(at(40), 'during', 'signal').answer(at(45), { phase: 'during', understood: false }).shopper(at(50))
    expect(latestNotYet(l.events)?.seq).toBe(3)
  })

  it('a later "Yes" clears the raise', () => {
    const l = log()
      .answer(at(45), { phase: 'during', understood: false })
      .ask(at(400), 'during', 'agent')
      .answer(at(405), { phase: 'during', understood: true })
    expect(latestNotYet(l.events)).toBeNull()
  })
})

describe('isResolved', () => {
  it('is true after a resolve and false again once the shopper writes', () => {
    const l = log().shopper(at(0)).agent(at(10))
    expect(isResolved(l.events)).toBe(false)
    l.resolve(at(20)).agent(at(21), 'Bye!')
    expect(isResolved(l.events)).toBe(true)
    l.shopper(at(30), 'one more thing')
    expect(isResolved(l.events)).toBe(false)
  })
})
