import { describe, expect, it } from 'vitest'
import { resolveSettings } from '../settings.ts'
import { at, facts, log } from './fixture.ts'
import { afterCheckIn, beforeCheckIn } from './moments.ts'

const settings = resolveSettings()

describe('beforeCheckIn', () => {
  it('asks on open', () => {
    expect(beforeCheckIn(facts(log(), at(0)), settings)).toEqual({ phase: 'before', trigger: 'open' })
  })

  it('is asked once per conversation', () => {
    expect(beforeCheckIn(facts(log().ask(at(0), 'before', 'open'), at(1)), settings)).toBeNull()
  })

  it('typing a message counts as a skip: not asked once the shopper has written', () => {
    expect(beforeCheckIn(facts(log().shopper(at(0)), at(1)), settings)).toBeNull()
  })

  it('is not asked after an answer or a skip', () => {
    expect(beforeCheckIn(facts(log().answer(at(0), { phase: 'before', mood: 3 }), at(1)), settings)).toBeNull()
    expect(beforeCheckIn(facts(log().skip(at(0), 'before'), at(1)), settings)).toBeNull()
  })

  it('is not asked when the shopper opted out or the store switched the moment off', () => {
    expect(beforeCheckIn(facts(log(), at(0), { optedOut: true }), settings)).toBeNull()
    expect(beforeCheckIn(facts(log(), at(0)), resolveSettings({ moments: { before: false } }))).toBeNull()
  })
})

describe('afterCheckIn', () => {
  const chat = () => log().shopper(at(0)).agent(at(20))

  it('asks on resolve and on "End chat", with that trigger', () => {
    expect(afterCheckIn(facts(chat().resolve(at(60)), at(60)), settings, 'resolved')).toEqual({ phase: 'after', trigger: 'resolved' })
    expect(afterCheckIn(facts(chat(), at(60)), settings, 'end_chat')).toEqual({ phase: 'after', trigger: 'end_chat' })
  })

  it('is asked once per end: "End chat" then resolve ask once', () => {
    const l = chat().ask(at(60), 'after', 'end_chat').resolve(at(61))
    expect(afterCheckIn(facts(l, at(61)), settings, 'resolved')).toBeNull()
    l.answer(at(70), { phase: 'after', mood: 4, resolved: 'yes' })
    expect(afterCheckIn(facts(l, at(80)), settings, 'end_chat')).toBeNull()
  })

  it('a chat reopened by the shopper and ended again is asked again', () => {
    const l = chat().resolve(at(60)).ask(at(60), 'after', 'resolved').shopper(at(120), 'one more thing').resolve(at(200))
    expect(afterCheckIn(facts(l, at(200)), settings, 'resolved')).toEqual({ phase: 'after', trigger: 'resolved' })
  })

  it('is not asked when the shopper never wrote', () => {
    expect(afterCheckIn(facts(log().ask(at(0), 'before', 'open'), at(10)), settings, 'end_chat')).toBeNull()
  })

  it('is not asked when the shopper opted out or the store switched the moment off', () => {
    expect(afterCheckIn(facts(chat(), at(60), { optedOut: true }), settings, 'resolved')).toBeNull()
    expect(afterCheckIn(facts(chat(), at(60)), resolveSettings({ moments: { after: false } }), 'resolved')).toBeNull()
  })
})
