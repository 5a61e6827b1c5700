import { type DateLanguage, dateFormat } from '../../lib/intl-locale.ts'

/** "Thai" for `th`, in the agent's (English) catalog language; the tag itself when unknown. */
export function languageName(tag: string, locale = 'en'): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag
  } catch {
    return tag
  }
}

const ENGLISH: DateLanguage = { locale: 'en' }

/**
 * A day's short date ("Jan 5", "5 มี.ค.", "5 ມ.ກ."), the one format of the tables and the charts'
 * axes. Days are calendar days at UTC midnight, so they are read in UTC.
 */
export function dayFormat(language = ENGLISH): (date: Date) => string {
  const format = dateFormat(language, { month: 'short', day: 'numeric', timeZone: 'UTC' })
  return (date) => format.format(date)
}

/** A day ("2026-01-05") for tables, in `dayFormat`. */
export function formatDay(day: string, language = ENGLISH): string {
  const date = new Date(`${day}T00:00:00Z`)
  if (Number.isNaN(date.getTime())) return day
  return dayFormat(language)(date)
}

export function formatDateTime(iso: string, language = ENGLISH): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return dateFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date)
}

/** A number of a chart's table, or "—" for a gap. */
export function cell(value: number | null, suffix = ''): string {
  return value === null ? '—' : `${value}${suffix}`
}
