/**
 * Dates and times in Lao where the runtime has no Lao data: Chromium's built-in ICU leaves Lao out
 * (`Intl.DateTimeFormat.supportedLocalesOf(['lo'])` is []) and formats it as US English, "Sunday,
 * December 6 at 7:50 AM", where Laos writes the day before the month and the 24-hour clock. What
 * these write is CLDR's `lo`, as Node's full ICU formats it (the tests hold the two together): in
 * the options below, British English, which every runtime has, orders its parts and puts its
 * commas as Lao does, and needs only Lao's names and figures ("6/12/2026, 7:50", not
 * "06/12/2026, 07:50"). Only Lao chunks import this, so no other language carries it.
 */

/** The fields and styles the widget and the inbox ask for. */
export interface DateOptions {
  weekday?: 'long'
  day?: 'numeric'
  month?: 'long' | 'short' | 'numeric'
  year?: 'numeric'
  hour?: 'numeric'
  minute?: '2-digit'
  dateStyle?: 'full' | 'long' | 'medium' | 'short'
  timeStyle?: 'short' | 'medium'
  timeZone?: string | undefined
}

/** What formats: an `Intl.DateTimeFormat`, or a stand-in below. */
export type DateFormat = Pick<Intl.DateTimeFormat, 'format'>

/** A language's own formats where the runtime has no data for it; undefined where Intl has it. */
export type DateFormatter<Options = DateOptions> = (options: Options) => DateFormat | undefined

// A weekday is ວັນ and its name (ວັນອາທິດ, Sunday); both lists in the order of ENGLISH below.
// Pure, so a bundle that takes only laoDateFiguresFormat leaves the names out.
const WEEKDAYS = /* @__PURE__ */ 'ອາທິດ ຈັນ ອັງຄານ ພຸດ ພະຫັດ ສຸກ ເສົາ'.split(' ')
const MONTHS = /* @__PURE__ */ 'ມັງກອນ ກຸມພາ ມີນາ ເມສາ ພຶດສະພາ ມິຖຸນາ ກໍລະກົດ ສິງຫາ ກັນຍາ ຕຸລາ ພະຈິກ ທັນວາ'.split(' ')
const SHORT_MONTHS = /* @__PURE__ */ 'ມ.ກ. ກ.ພ. ມ.ນ. ມ.ສ. ພ.ພ. ມິ.ຖ. ກ.ລ. ສ.ຫ. ກ.ຍ. ຕ.ລ. ພ.ຈ. ທ.ວ.'.split(' ')
/** British English's weekdays and months by their first three letters ("Sept" is "Sep"). */
const ENGLISH = 'SunMonTueWedThuFriSatJanFebMarAprMayJunJulAugSepOctNovDec'

/** British English's figures as Lao writes them: a day, month or hour without its leading zero. */
const laoFigures = (text: string) => text.replace(/(^|[/ ])0(?=\d)/g, '$1')

/**
 * What these ask Intl for: Lao, which a runtime with Lao's data answers in (then these step aside,
 * undefined, and the caller asks Intl itself), else British English.
 */
const LAO_ELSE_BRITISH = ['lo', 'en-GB']

/**
 * What `new Intl.DateTimeFormat('lo', options)` writes, where the runtime has no Lao (undefined
 * where it has): British English's in Lao's names and figures. The inbox's Lao catalog brings it
 * (i18n/lo/main.ts).
 */
export function laoDateFormat(options: DateOptions): DateFormat | undefined {
  const british = new Intl.DateTimeFormat(LAO_ELSE_BRITISH, options)
  if (british.resolvedOptions().locale === 'lo') return undefined
  const months = options.month === 'short' || options.dateStyle === 'medium' ? SHORT_MONTHS : MONTHS
  const inLao = (word: string) => {
    const at = ENGLISH.indexOf(word.slice(0, 3)) / 3
    return at < 7 ? `ວັນ${WEEKDAYS[at]}` : months[at - 7]!
  }
  return { format: (date) => laoFigures(british.format(date)).replace(/[A-Z][a-z]+/g, inLao) }
}

/** What Lao in figures can write: of the date styles, the short one ("6/12/2026"). */
export type FigureOptions = Omit<DateOptions, 'dateStyle'> & { dateStyle?: 'short' }

/**
 * Lao in figures where the runtime has no Lao (undefined where it has): a weekday or a month asked
 * for is written as the day and the month's number ("6/12"), a time "7:50", the short style
 * "6/12/2026, 7:50", as Lao's ICU writes those. For the shopper's chat, whose budget holds no
 * names (issue 13): Lao's weekdays and months, and the code that puts them in, would be 0.5 KB gzip
 * more on every Lao chat. The widget's Lao catalog brings it (i18n/lo.ts).
 */
export function laoDateFiguresFormat({ weekday, month, ...options }: FigureOptions): DateFormat | undefined {
  const british = new Intl.DateTimeFormat(LAO_ELSE_BRITISH, weekday || month ? { ...options, day: 'numeric', month: 'numeric' } : options)
  if (british.resolvedOptions().locale === 'lo') return undefined
  return { format: (date) => laoFigures(british.format(date)) }
}
