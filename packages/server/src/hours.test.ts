import { describe, expect, it } from 'vitest'
import { DEFAULT_HOURS, type BusinessHours, type TimeRange } from '@attune/protocol'
import { openingAt } from './hours.ts'

const nineToFive: TimeRange[] = [{ start: '09:00', end: '17:00' }]
const weekdays = { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive, sat: [], sun: [] }
const closedWeek = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] }

function hours(timeZone: string, change: Partial<BusinessHours> = {}): BusinessHours {
  return { ...DEFAULT_HOURS, enabled: true, timeZone, weekly: weekdays, ...change }
}
const at = (iso: string) => Date.parse(iso)

describe('openingAt', () => {
  it('a store that uses no hours is always open', () => {
    expect(openingAt({ ...hours('Asia/Bangkok', { weekly: closedWeek }), enabled: false }, at('2026-12-06T20:00:00Z'))).toEqual({ open: true })
  })

  it('reads the store’s own clock in Asia/Bangkok (UTC+7): open at 10:00, next morning after 18:00', () => {
    // Monday 30 November 2026.
    expect(openingAt(hours('Asia/Bangkok'), at('2026-11-30T03:00:00Z'))).toEqual({ open: true })
    expect(openingAt(hours('Asia/Bangkok'), at('2026-11-30T11:00:00Z'))).toEqual({ open: false, next: '2026-12-01T02:00:00Z' })
  })

  it('opens later the same day when it is early morning (Asia/Vientiane)', () => {
    expect(openingAt(hours('Asia/Vientiane'), at('2026-11-30T00:30:00Z'))).toEqual({ open: false, next: '2026-11-30T02:00:00Z' })
  })

  it('skips the weekend: Friday evening in Asia/Manila (UTC+8) opens on Monday at 9:00', () => {
    expect(openingAt(hours('Asia/Manila'), at('2026-12-04T10:00:00Z'))).toEqual({ open: false, next: '2026-12-07T01:00:00Z' })
  })

  it('keeps the half hour of Asia/Kolkata (UTC+5:30)', () => {
    expect(openingAt(hours('Asia/Kolkata'), at('2026-11-30T03:29:00Z'))).toEqual({ open: false, next: '2026-11-30T03:30:00Z' })
    expect(openingAt(hours('Asia/Kolkata'), at('2026-11-30T03:30:00Z'))).toEqual({ open: true })
  })

  it('Europe/London: 9:00 is 08:00Z in summer and 09:00Z after the clocks go back', () => {
    expect(openingAt(hours('Europe/London'), at('2026-07-06T07:00:00Z'))).toEqual({ open: false, next: '2026-07-06T08:00:00Z' })
    // Friday 23 October, evening; the clocks go back on Sunday the 25th.
    expect(openingAt(hours('Europe/London'), at('2026-10-23T18:00:00Z'))).toEqual({ open: false, next: '2026-10-26T09:00:00Z' })
  })

  describe('America/New_York, across DST', () => {
    // Sunday 8 March 2026: 02:00 EST becomes 03:00 EDT. Sunday 1 November: 02:00 EDT becomes 01:00 EST.
    it('a 02:00–03:00 range on the spring-forward day never happens; the next is a week later', () => {
      const h = hours('America/New_York', { weekly: { ...closedWeek, sun: [{ start: '02:00', end: '03:00' }] } })
      expect(openingAt(h, at('2026-03-08T06:30:00Z'))).toEqual({ open: false, next: '2026-03-15T06:00:00Z' })
      expect(openingAt(h, at('2026-03-08T07:00:00Z'))).toEqual({ open: false, next: '2026-03-15T06:00:00Z' })
    })

    it('a range starting inside the skipped hour opens when the clock jumps to 03:00', () => {
      const h = hours('America/New_York', { weekly: { ...closedWeek, sun: [{ start: '02:30', end: '05:00' }] } })
      expect(openingAt(h, at('2026-03-08T06:30:00Z'))).toEqual({ open: false, next: '2026-03-08T07:00:00Z' })
      expect(openingAt(h, at('2026-03-08T07:30:00Z'))).toEqual({ open: true })
    })

    it('9:00 is 14:00Z before spring-forward and 13:00Z after it', () => {
      const h = hours('America/New_York')
      expect(openingAt(h, at('2026-03-06T23:00:00Z'))).toEqual({ open: false, next: '2026-03-09T13:00:00Z' })
      expect(openingAt(h, at('2026-03-06T14:30:00Z'))).toEqual({ open: true })
    })

    it('a 01:00–01:30 range on the fall-back day happens twice', () => {
      const h = hours('America/New_York', { weekly: { ...closedWeek, sun: [{ start: '01:00', end: '01:30' }] } })
      expect(openingAt(h, at('2026-11-01T05:15:00Z'))).toEqual({ open: true }) // 01:15 EDT
      expect(openingAt(h, at('2026-11-01T05:45:00Z'))).toEqual({ open: false, next: '2026-11-01T06:00:00Z' }) // 01:45 EDT
      expect(openingAt(h, at('2026-11-01T06:15:00Z'))).toEqual({ open: true }) // 01:15 EST
    })

    it('a range the clock re-enters when it goes back opens at the change', () => {
      const h = hours('America/New_York', { weekly: { ...closedWeek, sun: [{ start: '00:00', end: '01:30' }] } })
      expect(openingAt(h, at('2026-11-01T05:45:00Z'))).toEqual({ open: false, next: '2026-11-01T06:00:00Z' })
    })
  })

  it('skips a holiday', () => {
    const h = hours('Asia/Bangkok', { closures: [{ from: '2026-12-01', label: 'Staff day' }] })
    expect(openingAt(h, at('2026-12-01T03:00:00Z'))).toEqual({ open: false, next: '2026-12-02T02:00:00Z' })
    expect(openingAt(h, at('2026-11-30T11:00:00Z'))).toEqual({ open: false, next: '2026-12-02T02:00:00Z' })
  })

  it('skips every day of a one-off closure of several days', () => {
    const h = hours('Asia/Bangkok', { closures: [{ from: '2026-12-01', to: '2026-12-03' }] })
    expect(openingAt(h, at('2026-11-30T11:00:00Z'))).toEqual({ open: false, next: '2026-12-04T02:00:00Z' })
  })

  it('a range ending at 24:00 is open to the last second of the day', () => {
    const h = hours('Asia/Bangkok', { weekly: { ...weekdays, mon: [{ start: '20:00', end: '24:00' }] } })
    expect(openingAt(h, at('2026-11-30T16:59:59Z'))).toEqual({ open: true }) // Monday 23:59:59
    expect(openingAt(h, at('2026-11-30T17:00:00Z'))).toEqual({ open: false, next: '2026-12-01T02:00:00Z' }) // Tuesday 00:00
  })

  it('a night across midnight (22:00–24:00, then 00:00–02:00) is open on both sides of it', () => {
    const h = hours('Asia/Manila', {
      weekly: { ...closedWeek, mon: [{ start: '22:00', end: '24:00' }], tue: [{ start: '00:00', end: '02:00' }] },
    })
    expect(openingAt(h, at('2026-11-30T13:00:00Z'))).toEqual({ open: false, next: '2026-11-30T14:00:00Z' }) // Monday 21:00
    expect(openingAt(h, at('2026-11-30T15:59:00Z'))).toEqual({ open: true }) // Monday 23:59
    expect(openingAt(h, at('2026-11-30T16:30:00Z'))).toEqual({ open: true }) // Tuesday 00:30
    expect(openingAt(h, at('2026-11-30T18:00:00Z'))).toEqual({ open: false, next: '2026-12-07T14:00:00Z' }) // Tuesday 02:00
  })

  it('says only "closed" when nothing opens in the next two weeks', () => {
    const h = hours('Asia/Bangkok', { closures: [{ from: '2026-11-30', to: '2027-01-31', label: 'Moving' }] })
    expect(openingAt(h, at('2026-11-30T03:00:00Z'))).toEqual({ open: false })
    expect(openingAt(hours('Asia/Bangkok', { weekly: closedWeek }), at('2026-11-30T03:00:00Z'))).toEqual({ open: false })
  })
})
