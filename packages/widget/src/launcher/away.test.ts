import { describe, expect, it } from 'vitest'
import { awayLine, awayNotice, whenText } from './away.ts'

// Monday 30 November 2026, 22:00 in Bangkok (15:00Z); times are read in the shopper's zone.
const NOW = Date.parse('2026-11-30T15:00:00Z')
const BANGKOK = 'Asia/Bangkok'
const nineTomorrow = '2026-12-01T02:00:00Z'

describe('whenText', () => {
  it('says today, tomorrow, a weekday within the week, else a date', () => {
    expect(whenText('2026-11-30T16:30:00Z', NOW, 'en', BANGKOK)).toBe('today at 11:30 PM')
    expect(whenText(nineTomorrow, NOW, 'en', BANGKOK)).toBe('tomorrow at 9:00 AM')
    expect(whenText('2026-12-03T02:00:00Z', NOW, 'en', BANGKOK)).toBe('on Thursday at 9:00 AM')
    expect(whenText('2026-12-10T02:00:00Z', NOW, 'en', BANGKOK)).toBe('on December 10 at 9:00 AM')
  })

  it("uses the shopper's own time zone: the same instant is tonight in New York and tomorrow morning in Bangkok", () => {
    expect(whenText(nineTomorrow, NOW, 'en', 'America/New_York')).toBe('today at 9:00 PM')
    expect(whenText(nineTomorrow, NOW, 'en', BANGKOK)).toBe('tomorrow at 9:00 AM')
  })

  it("speaks the shopper's language", () => {
    expect(whenText(nineTomorrow, NOW, 'th', BANGKOK)).toBe('พรุ่งนี้ เวลา 9:00 น.')
    expect(whenText('2026-12-03T02:00:00Z', NOW, 'fil', BANGKOK)).toBe('sa Huwebes ng 9:00 AM')
  })
})

describe('awayLine', () => {
  it('names when the store is back, or only that nobody is there', () => {
    expect(awayLine({ open: false, next: nineTomorrow }, NOW, 'en', BANGKOK)).toBe("We're away — back tomorrow at 9:00 AM")
    expect(awayLine({ open: true, replyTime: 'hour' }, NOW, 'en', BANGKOK)).toBe("We're away")
  })
})

describe('awayNotice', () => {
  it('says nobody is there, when the store is back, and how soon it usually replies', () => {
    expect(awayNotice({ open: false, next: nineTomorrow, replyTime: 'hour' }, NOW, 'en', BANGKOK)).toBe(
      "We're away right now. We're back tomorrow at 9:00 AM. We usually reply within an hour.",
    )
  })

  it('says only what is known: within the hours there is no "back"', () => {
    expect(awayNotice({ open: true, replyTime: 'day' }, NOW, 'en')).toBe("We're away right now. We usually reply within a day.")
    expect(awayNotice({ open: false }, NOW, 'en')).toBe("We're away right now.")
  })

  it('speaks Thai as a shop sign does, right in every store’s voice', () => {
    expect(awayNotice({ open: false, next: nineTomorrow, replyTime: 'hour' }, NOW, 'th', BANGKOK)).toBe(
      'ตอนนี้ทีมงานไม่อยู่ ทีมงานจะกลับมาพรุ่งนี้ เวลา 9:00 น. ปกติเราตอบกลับภายใน 1 ชั่วโมง',
    )
  })

  it('runs Chinese sentences together, as written', () => {
    expect(awayNotice({ open: true, replyTime: 'hours' }, NOW, 'zh-CN')).toBe('我们现在不在线。我们通常几小时内回复。')
  })
})
