import type { DateFormat, DateFormatter, DateOptions } from '@attune/protocol'

/**
 * A catalog's language as dates need it: its BCP 47 tag (`locale`) and, for a language browsers
 * may have no data for, its own dates (`dates`). Chrome's built-in ICU leaves Lao out; the Lao
 * catalog's chunk brings Lao's (i18n/lo/main.ts), so the first screen carries no Lao names.
 */
export interface DateLanguage {
  locale: string
  dates?: DateFormatter | undefined
}

/**
 * `new Intl.DateTimeFormat` in a catalog's language: its own dates where the browser has no data
 * for it (Lao's, which come with its chunk; undefined elsewhere), else Intl's.
 */
export const dateFormat = (language: DateLanguage, options: DateOptions): DateFormat =>
  language.dates?.(options) ?? new Intl.DateTimeFormat(language.locale, options)
