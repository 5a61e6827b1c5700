import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { en } from '../i18n/en.ts'
import { main as lao } from '../i18n/lo/main.ts'
import { formatDateTime, formatDay } from '../components/insights/format.ts'
import { dateFormat } from './intl-locale.ts'
import { formatClock } from './relative-time.ts'

const JANUARY_5 = new Date(Date.UTC(2026, 0, 5, 14, 5))
// Lao's own ICU, Node's: what the inbox must write where the browser has none.
const { DateTimeFormat: LaoICU } = Intl
const inLao = (options: Intl.DateTimeFormatOptions) => new LaoICU('lo', { timeZone: 'UTC', ...options }).format(JANUARY_5)

describe('dateFormat', () => {
  it("writes Intl's dates in the catalog's language where it brings none of its own", () => {
    const short = { month: 'short', day: 'numeric', timeZone: 'UTC' } as const
    expect(dateFormat({ locale: 'th' }, short).format(JANUARY_5)).toBe(new LaoICU('th', short).format(JANUARY_5))
    expect(dateFormat(en, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(JANUARY_5)).toMatch(/^2:05\sPM$/)
  })

  it("uses Intl's Lao where the browser has it (Firefox, Safari)", () => {
    expect(formatDateTime(JANUARY_5.toISOString(), lao)).toBe(new LaoICU('lo', { dateStyle: 'medium', timeStyle: 'short' }).format(JANUARY_5))
  })

  describe('in Lao, where the browser has none (Chrome)', () => {
    // Intl as Chrome's built-in ICU has it: Lao is not there, and its formats fall back to another language.
    const withoutLao = (locales?: string | readonly string[]) => [locales ?? []].flat().filter((tag) => !/^lo\b/.test(tag))
    class ChromeDateTimeFormat extends LaoICU {
      constructor(locales?: string | readonly string[], options?: Intl.DateTimeFormatOptions) {
        super(withoutLao(locales), options)
      }
      static override supportedLocalesOf = (locales: string | readonly string[]) => LaoICU.supportedLocalesOf(withoutLao(locales))
    }
    beforeEach(() => {
      Intl.DateTimeFormat = ChromeDateTimeFormat as typeof LaoICU
      expect(new Intl.DateTimeFormat('lo', { month: 'long', timeZone: 'UTC' }).format(JANUARY_5)).toBe('January')
    })
    afterEach(() => {
      Intl.DateTimeFormat = LaoICU
    })

    it("writes what Lao's ICU writes, with the names the Lao catalog brings: not US English", () => {
      expect(formatDateTime(JANUARY_5.toISOString(), lao)).not.toContain('Jan')
      expect(formatClock(JANUARY_5.toISOString(), lao, 'UTC')).toBe(inLao({ hour: 'numeric', minute: '2-digit' }))
      expect(formatDay('2026-01-05', lao)).toBe(inLao({ month: 'short', day: 'numeric' }))
      expect(formatDay('2026-01-05', lao)).toBe('5 ມ.ກ.')
      expect(dateFormat(lao, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(JANUARY_5)).toBe('5 ມ.ກ. 2026, 14:05')
      expect(dateFormat(lao, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(JANUARY_5)).toBe(
        inLao({ day: 'numeric', month: 'short', year: 'numeric' }),
      )
    })
  })
})
