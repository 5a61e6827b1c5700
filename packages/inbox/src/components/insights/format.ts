import { intlLocales } from '../../lib/intl-locale.ts'

/** "Thai" for `th`, in the agent's (English) catalog language; the tag itself when unknown. */
export function languageName(tag: string, locale = 'en'): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag
  } catch {
    return tag
  }
}

/**
 * A day's short date ("Jan 5", "5 มี.ค."), the one format of the tables and the charts' axes.
 * Days are calendar days at UTC midnight, so they are read in UTC.
 */
export function dayFormat(locale = 'en'): (date: Date) => string {
  const format = new Intl.DateTimeFormat(intlLocales(locale), { month: 'short', day: 'numeric', timeZone: 'UTC' })
  return (date) => format.format(date)
}

/** A day ("2026-01-05") for tables, in `dayFormat`. */
export function formatDay(day: string, locale = 'en'): string {
  const date = new Date(`${day}T00:00:00Z`)
  if (Number.isNaN(date.getTime())) return day
  return dayFormat(locale)(date)
}

export function formatDateTime(iso: string, locale = 'en'): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(intlLocales(locale), { dateStyle: 'medium', timeStyle: 'short' }).format(date)
}

/** A number of a chart's table, or "—" for a gap. */
export function cell(value: number | null, suffix = ''): string {
  return value === null ? '—' : `${value}${suffix}`
}
