import { afterEach, beforeEach } from 'vitest'

/** Node's own Intl, which has Lao (full ICU): what the widget must write where a browser has none. */
const { DateTimeFormat: LaoICU } = Intl

/** `date` (or an ISO time) as Lao's ICU writes it, for a test to hold the widget's Lao to. */
export const inLao = (date: Date | string, options: Intl.DateTimeFormatOptions) =>
  new LaoICU('lo', options).format(typeof date === 'string' ? Date.parse(date) : date)

const withoutLao = (locales?: string | readonly string[]) => [locales ?? []].flat().filter((tag) => !/^lo\b/.test(tag))

/** Intl.DateTimeFormat as Chrome's built-in ICU has it: no Lao, so its formats fall back to US English. */
class ChromeDateTimeFormat extends LaoICU {
  constructor(locales?: string | readonly string[], options?: Intl.DateTimeFormatOptions) {
    super(withoutLao(locales), options)
  }
  static override supportedLocalesOf = (locales: string | readonly string[]) => LaoICU.supportedLocalesOf(withoutLao(locales))
}

/** Runs the enclosing `describe`'s tests with Chrome's Intl (no Lao), and puts Node's back after each. */
export function withoutLaoInIntl(): void {
  beforeEach(() => {
    Intl.DateTimeFormat = ChromeDateTimeFormat as typeof LaoICU
  })
  afterEach(() => {
    Intl.DateTimeFormat = LaoICU
  })
}
