import { describe, expect, it } from 'vitest'
import { foldLog } from './fold.ts'
import { at, log } from './fixture.ts'

describe('the log folded for the during rules', () => {
  it("starts the wait at the shopper's first unanswered message; follow-ups do not restart it, a reply ends it", () => {
    const l = log().shopper(at(0)).shopper(at(30))
    expect(foldLog(l.events)).toMatchObject({ waitingFrom: at(0), waitIsNew: true, shopperSinceAsk: 2 })
    l.agent(at(40))
    expect(foldLog(l.events)).toMatchObject({ waitingFrom: null, waitIsNew: false, shopperSinceAsk: 2 })
  })

  it('a during check-in asked in a wait makes that wait old news, and counts the shopper from zero', () => {
    const l = log().shopper(at(0)).ask(at(90), 'during', 'waiting')
    expect(foldLog(l.events)).toMatchObject({ duringAskedAt: at(90), shopperSinceAsk: 0, waitingFrom: at(0), waitIsNew: false })
    l.shopper(at(100))
    expect(foldLog(l.events)).toMatchObject({ shopperSinceAsk: 1, waitingFrom: at(0), waitIsNew: false })
    l.agent(at(110)).shopper(at(120))
    expect(foldLog(l.events)).toMatchObject({ waitingFrom: at(120), waitIsNew: true })
  })

  it('is resolved until the shopper writes again, and keeps the check-ins still open', () => {
    const l = log().shopper(at(0)).ask(at(40), 'during', 'signal').resolve(at(60))
    expect(foldLog(l.events)).toMatchObject({ resolved: true, asks: [] })
    l.ask(at(60), 'after', 'resolved')
    expect(foldLog(l.events).asks).toMatchObject([{ phase: 'after' }])
    l.shopper(at(70))
    expect(foldLog(l.events)).toMatchObject({ resolved: false, asks: [] })
  })
})
