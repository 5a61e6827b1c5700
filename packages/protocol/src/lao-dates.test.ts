import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type DateOptions, type FigureOptions, laoDateFiguresFormat, laoDateFormat } from './lao-dates.ts'

// What the widget and the inbox ask for (the widget's view-model.ts, away.ts, mail-cards.ts; the
// inbox's through lib/intl-locale.ts), each also in a few time zones.
const SHAPES: DateOptions[] = [
  { weekday: 'long', month: 'long', day: 'numeric' },
  { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' },
  { weekday: 'long' },
  { month: 'long', day: 'numeric' },
  { month: 'short', day: 'numeric' },
  { day: 'numeric', month: 'short', year: 'numeric' },
  { hour: 'numeric', minute: '2-digit' },
  { dateStyle: 'full' },
  { dateStyle: 'long' },
  { dateStyle: 'medium' },
  { dateStyle: 'short' },
  { timeStyle: 'short' },
  { dateStyle: 'medium', timeStyle: 'short' },
  { dateStyle: 'short', timeStyle: 'short' },
  { dateStyle: 'short', timeStyle: 'medium' },
]
const ZONES = [undefined, 'UTC', 'Asia/Vientiane', 'America/New_York']

// Every month and weekday, both sides of midnight and noon, in two years.
const DATES = Array.from({ length: 12 }, (_, month) => [
  new Date(Date.UTC(2026, month, 1 + month * 2, 0, 5)),
  new Date(Date.UTC(2026, month, 3 + month, 12, 30)),
  new Date(Date.UTC(2031, month, 28, 23, 59)),
]).flat()

const sunday = new Date(Date.UTC(2026, 11, 6, 7, 50))

// Lao's own ICU, Node's full one: the reference.
const { DateTimeFormat: LaoICU } = Intl
const inLao = (options: Intl.DateTimeFormatOptions, date: Date) => new LaoICU('lo', options).format(date)

describe('where the runtime has Lao (Node, Firefox, Safari)', () => {
  it('both step aside: Intl writes Lao itself, names and all', () => {
    expect(Intl.DateTimeFormat.supportedLocalesOf(['lo'])).toEqual(['lo'])
    expect(laoDateFormat({ dateStyle: 'short' })).toBeUndefined()
    expect(laoDateFiguresFormat({ weekday: 'long', month: 'long', day: 'numeric' })).toBeUndefined()
  })
})

describe('where the runtime has no Lao (Chromium)', () => {
  // Intl as Chromium's built-in ICU has it: Lao is not there, and its formats fall back to another language.
  const withoutLao = (locales?: string | readonly string[]) => [locales ?? []].flat().filter((tag) => !/^lo\b/.test(tag))
  class ChromiumDateTimeFormat extends LaoICU {
    constructor(locales?: string | readonly string[], options?: Intl.DateTimeFormatOptions) {
      super(withoutLao(locales), options)
    }
  }
  beforeEach(() => {
    Intl.DateTimeFormat = ChromiumDateTimeFormat as typeof LaoICU
    expect(new Intl.DateTimeFormat('lo', { weekday: 'long', timeZone: 'UTC' }).format(sunday)).toBe('Sunday')
  })
  afterEach(() => {
    Intl.DateTimeFormat = LaoICU
  })

  describe('laoDateFormat', () => {
    it("writes what Lao's ICU writes: names, order, the 24-hour clock", () => {
      for (const shape of SHAPES) {
        for (const timeZone of ZONES) {
          const options = { ...shape, timeZone }
          const standIn = laoDateFormat(options)!
          for (const date of DATES) expect(standIn.format(date), JSON.stringify(options)).toBe(inLao(options, date))
        }
      }
    })

    it('reads as Laos writes: weekday, day, month; 7:50, not 7:50 AM', () => {
      const format = (options: DateOptions) => laoDateFormat({ ...options, timeZone: 'UTC' })!.format(sunday)
      expect(format({ weekday: 'long', month: 'long', day: 'numeric' })).toBe('ວັນອາທິດ 6 ທັນວາ')
      expect(format({ hour: 'numeric', minute: '2-digit' })).toBe('7:50')
      expect(format({ dateStyle: 'medium', timeStyle: 'short' })).toBe('6 ທ.ວ. 2026, 7:50')
    })

    it('refuses an invalid date as Intl does', () => {
      expect(() => laoDateFormat({ dateStyle: 'short' })!.format(Number.NaN)).toThrow(RangeError)
    })
  })

  describe('laoDateFiguresFormat', () => {
    it("writes a date in figures and a time as Lao's ICU does, in every time zone", () => {
      const figures: FigureOptions[] = [
        { day: 'numeric', month: 'numeric' },
        { day: 'numeric', month: 'numeric', year: 'numeric' },
        { hour: 'numeric', minute: '2-digit' },
        { dateStyle: 'short' },
        { dateStyle: 'short', timeStyle: 'short' },
        { dateStyle: 'short', timeStyle: 'medium' },
      ]
      for (const shape of figures) {
        for (const timeZone of ZONES) {
          const options = { ...shape, timeZone }
          for (const date of DATES) expect(laoDateFiguresFormat(options)!.format(date), JSON.stringify(options)).toBe(inLao(options, date))
        }
      }
    })

    it('writes a weekday or a month as the day and the month in figures', () => {
      const format = (options: FigureOptions) => laoDateFiguresFormat({ ...options, timeZone: 'UTC' })!.format(sunday)
      expect(format({ weekday: 'long', month: 'long', day: 'numeric' })).toBe('6/12')
      expect(format({ weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' })).toBe('6/12/2026')
      expect(format({ weekday: 'long' })).toBe('6/12')
      expect(format({ month: 'long', day: 'numeric' })).toBe('6/12')
      expect(format({ dateStyle: 'short', timeStyle: 'short' })).toBe('6/12/2026, 7:50')
    })
  })
})
