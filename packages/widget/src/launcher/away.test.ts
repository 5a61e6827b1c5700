import { laoDateFiguresFormat } from '@attune/core'
import { atom } from 'nanostores'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { inLao, withoutLaoInIntl } from '../testing/chrome-intl.ts'
import type { Away } from '../ui/types.ts'
import { awayLine, awayNotice, follow, whenText } from './away.ts'

// Monday 30 November 2026, 22:00 in Bangkok (15:00Z); times are read in the shopper's zone.
const NOW = Date.parse('2026-11-30T15:00:00Z')
const BANGKOK = 'Asia/Bangkok'
const nineTomorrow = '2026-12-01T02:00:00Z'

describe('whenText', () => {
  it('says today, tomorrow, a weekday within the week, else a date', () => {
    expect(whenText('2026-11-30T16:30:00Z', NOW, 'en', undefined, BANGKOK)).toBe('today at 11:30 PM')
    expect(whenText(nineTomorrow, NOW, 'en', undefined, BANGKOK)).toBe('tomorrow at 9:00 AM')
    expect(whenText('2026-12-03T02:00:00Z', NOW, 'en', undefined, BANGKOK)).toBe('on Thursday at 9:00 AM')
    expect(whenText('2026-12-10T02:00:00Z', NOW, 'en', undefined, BANGKOK)).toBe('on December 10 at 9:00 AM')
  })

  it("uses the shopper's own time zone: the same instant is tonight in New York and tomorrow morning in Bangkok", () => {
    expect(whenText(nineTomorrow, NOW, 'en', undefined, 'America/New_York')).toBe('today at 9:00 PM')
    expect(whenText(nineTomorrow, NOW, 'en', undefined, BANGKOK)).toBe('tomorrow at 9:00 AM')
  })

  it("speaks the shopper's language", () => {
    expect(whenText(nineTomorrow, NOW, 'th', undefined, BANGKOK)).toBe('พรุ่งนี้ เวลา 9:00 น.')
    expect(whenText('2026-12-03T02:00:00Z', NOW, 'fil', undefined, BANGKOK)).toBe('sa Huwebes ng 9:00 AM')
    expect(whenText('2026-12-03T02:00:00Z', NOW, 'lo', undefined, BANGKOK)).toBe('ວັນພະຫັດ ເວລາ 9:00')
  })
})

describe('awayLine', () => {
  it('names when the store is back, or only that nobody is there', () => {
    expect(awayLine(whenText(nineTomorrow, NOW, 'en', undefined, BANGKOK), 'en')).toBe("We're away — back tomorrow at 9:00 AM")
    expect(awayLine(null, 'en')).toBe("We're away")
  })
})

describe('awayNotice', () => {
  it('says nobody is there, when the store is back, and how soon it usually replies', () => {
    expect(awayNotice({ open: false, next: nineTomorrow, replyTime: 'hour' }, 'tomorrow at 9:00 AM', 'en')).toBe(
      "We're away right now. We're back tomorrow at 9:00 AM. We usually reply within an hour.",
    )
  })

  it('says only what is known: within the hours there is no "back"', () => {
    expect(awayNotice({ open: true, next: nineTomorrow, replyTime: 'day' }, 'tomorrow at 9:00 AM', 'en')).toBe(
      "We're away right now. We usually reply within a day.",
    )
    expect(awayNotice({ open: false }, null, 'en')).toBe("We're away right now.")
  })

  it('speaks Thai as a shop sign does, right in every store’s voice', () => {
    expect(awayNotice({ open: false, next: nineTomorrow, replyTime: 'hour' }, whenText(nineTomorrow, NOW, 'th', undefined, BANGKOK), 'th')).toBe(
      'ตอนนี้ทีมงานไม่อยู่ ทีมงานจะกลับมาพรุ่งนี้ เวลา 9:00 น. ปกติเราตอบกลับภายใน 1 ชั่วโมง',
    )
  })

  it('runs Chinese sentences together, as written', () => {
    expect(awayNotice({ open: true, replyTime: 'hours' }, null, 'zh-CN')).toBe('我们现在不在线。我们通常几小时内回复。')
  })
})

// Lao's own ICU, Node's: what the notice must write where the browser has none.

describe('where the browser has no Lao (Chrome)', () => {
  withoutLaoInIntl()
  afterEach(() => {
    vi.useRealTimers()
  })

  it("says when in Lao with its catalog's dates: figures and the 24-hour clock, as Lao's ICU writes them", () => {
    const at = (options: Intl.DateTimeFormatOptions) => ({ ...options, timeZone: BANGKOK })
    expect(whenText(nineTomorrow, NOW, 'lo', undefined, BANGKOK)).toBe('ມື້ອື່ນ ເວລາ 9:00 AM') // what Chrome wrote
    expect(whenText(nineTomorrow, NOW, 'lo', laoDateFiguresFormat, BANGKOK)).toBe('ມື້ອື່ນ ເວລາ 9:00')
    expect(whenText('2026-11-30T16:30:00Z', NOW, 'lo', laoDateFiguresFormat, BANGKOK)).toBe(
      `ມື້ນີ້ ເວລາ ${inLao('2026-11-30T16:30:00Z', at({ hour: 'numeric', minute: '2-digit' }))}`,
    )
    expect(whenText('2026-12-03T02:00:00Z', NOW, 'lo', laoDateFiguresFormat, BANGKOK)).toBe(
      `${inLao('2026-12-03T02:00:00Z', at({ day: 'numeric', month: 'numeric' }))} ເວລາ 9:00`,
    )
    expect(whenText('2026-12-10T02:00:00Z', NOW, 'lo', laoDateFiguresFormat, BANGKOK)).toBe('10/12 ເວລາ 9:00')
  })

  it('says when the store is back once the Lao catalog brings its dates, and never with English days before', async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] })
    const state = { open: false, next: '2026-12-03T02:00:00Z' }
    const $away = atom<((locale: string) => Away) | undefined>()
    follow(state, $away, atom(undefined), () => {}, { now: () => NOW, later: () => () => {} })
    expect($away.get()!('lo')).toMatchObject({ line: 'ຕອນນີ້ທີມງານບໍ່ຢູ່', notice: 'ຕອນນີ້ທີມງານບໍ່ຢູ່ເຈົ້າ' })
    // A language Intl has says it at once.
    expect($away.get()!('en').line).toMatch(/^We're away — back on (Wednesday|Thursday) at /)

    const drawn = vi.fn()
    $away.listen(drawn)
    await vi.waitFor(() => expect(drawn).toHaveBeenCalled())
    const when = `${inLao(state.next, { day: 'numeric', month: 'numeric' })} ເວລາ ${inLao(state.next, { hour: 'numeric', minute: '2-digit' })}`
    expect($away.get()!('lo')).toMatchObject({ line: `ທີມງານບໍ່ຢູ່ — ກັບມາ ${when}`, notice: `ຕອນນີ້ທີມງານບໍ່ຢູ່ເຈົ້າ ທີມງານຈະກັບມາ ${when}` })
  })
})
