import { describe, expect, it } from 'vitest'
import { DEFAULT_HOURS } from '@attune/protocol'
import { askedDays, dayOf, dayRange, storeZoneOf } from './insights-range.ts'

const iso = ({ from, to, days }: { from: number; to: number; days: number }) => ({
  from: new Date(from).toISOString(),
  to: new Date(to).toISOString(),
  days,
})
const now = Date.parse('2026-11-20T20:00:00Z')

describe('dayRange', () => {
  it("cuts a Bangkok manager's 20 November at Bangkok's midnights", () => {
    expect(iso(dayRange({ from: '2026-11-20', to: '2026-11-20' }, 'Asia/Bangkok', now))).toEqual({
      from: '2026-11-19T17:00:00.000Z',
      to: '2026-11-20T17:00:00.000Z',
      days: 1,
    })
  })

  it('cuts New York days at local midnight across the November change: 1 November has 25 hours', () => {
    const range = dayRange({ from: '2026-10-31', to: '2026-11-01' }, 'America/New_York', now)
    expect(iso(range)).toEqual({ from: '2026-10-31T04:00:00.000Z', to: '2026-11-02T05:00:00.000Z', days: 2 })
    const first = dayRange({ from: '2026-11-01', to: '2026-11-01' }, 'America/New_York', now)
    expect(first.to - first.from).toBe(25 * 3_600_000)
  })

  it('and 8 March, when the clocks go forward, has 23', () => {
    const spring = dayRange({ from: '2026-03-08', to: '2026-03-08' }, 'America/New_York', now)
    expect(iso(spring)).toEqual({ from: '2026-03-08T05:00:00.000Z', to: '2026-03-09T04:00:00.000Z', days: 1 })
  })

  it("defaults to the 30 days up to today, today being the zone's", () => {
    // 20:00Z on the 20th is already the 21st in Bangkok, still the 20th in UTC.
    expect(iso(dayRange({}, 'Asia/Bangkok', now))).toEqual({ from: '2026-10-22T17:00:00.000Z', to: '2026-11-21T17:00:00.000Z', days: 30 })
    expect(iso(dayRange({}, 'UTC', now))).toEqual({ from: '2026-10-22T00:00:00.000Z', to: '2026-11-21T00:00:00.000Z', days: 30 })
  })

  it('counts a "from" after "to" as no days', () => {
    expect(dayRange({ from: '2026-11-22', to: '2026-11-20' }, 'UTC', now).days).toBeLessThan(1)
  })
})

describe('storeZoneOf', () => {
  it("is the hours' zone once the store uses hours or picked a zone, and none for the defaults", () => {
    expect(storeZoneOf(DEFAULT_HOURS)).toBeNull()
    expect(storeZoneOf({ ...DEFAULT_HOURS, timeZone: 'Asia/Bangkok' })).toBe('Asia/Bangkok')
    expect(storeZoneOf({ ...DEFAULT_HOURS, enabled: true })).toBe('UTC')
  })
})

describe("a store's day, as agent care reads it", () => {
  it('is the calendar day in the zone: 01:30 in Bangkok, 23:30 on the 25-hour New York 1 November', () => {
    expect(dayOf(Date.parse('2026-12-01T18:30:00Z'), 'Asia/Bangkok')).toBe('2026-12-02')
    expect(dayOf(Date.parse('2026-11-02T04:30:00Z'), 'America/New_York')).toBe('2026-11-01')
    expect(dayOf(Date.parse('2026-11-02T04:30:00Z'), 'UTC')).toBe('2026-11-02')
  })

  it("fills in the same defaults as the range's instants: the 30 days up to the zone's today", () => {
    expect(askedDays({}, 'Asia/Bangkok', now)).toEqual({ from: '2026-10-23', to: '2026-11-21', days: 30 })
    expect(askedDays({ from: '2026-10-31', to: '2026-11-01' }, 'America/New_York', now)).toEqual({ from: '2026-10-31', to: '2026-11-01', days: 2 })
    expect(askedDays({ from: '2026-11-22', to: '2026-11-20' }, 'UTC', now).days).toBeLessThan(1)
  })
})
