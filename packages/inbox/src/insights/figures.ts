import type { Mean, Rate, Summary } from '@attune/empathy'
import type { InsightsMessages } from '../i18n/en-insights.ts'

export interface Figure {
  key: 'meanChange' | 'moodRecovery' | 'feltUnderstood' | 'resolution' | 'effort' | 'satisfaction' | 'followUpRecovery'
  label: string
  /** "+0.8", "62%", or "—" with nothing to measure. */
  value: string
  /** "n = 40": how many answers stand behind it. */
  n: string
  help: string
}

export function formatPercent(rate: Rate, locale = 'en'): string {
  if (rate.value === null) return '—'
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(rate.value)
}

export function formatMean(mean: Mean, locale = 'en', signed = false): string {
  if (mean.value === null) return '—'
  return new Intl.NumberFormat(locale, {
    maximumFractionDigits: 1,
    minimumFractionDigits: 1,
    ...(signed ? { signDisplay: 'exceptZero' as const } : {}),
  }).format(mean.value)
}

/** The headline figures of EMPATHY.md's "What the manager sees", each with its n. */
export function toFigures(summary: Summary, t: InsightsMessages['figures'], locale = 'en'): Figure[] {
  const percent = (rate: Rate) => formatPercent(rate, locale)
  const mean = (value: Mean) => formatMean(value, locale)
  const f = (key: Figure['key'], value: string, n: number, help: string): Figure => ({
    key,
    label: t[key],
    value,
    n: t.n(n),
    help,
  })
  return [
    f('meanChange', formatMean(summary.meanChange, locale, true), summary.meanChange.n, t.help.meanChange),
    f('moodRecovery', percent(summary.moodRecoveryRate), summary.moodRecoveryRate.n, t.help.moodRecovery),
    f('feltUnderstood', percent(summary.feltUnderstoodRate), summary.feltUnderstoodRate.n, t.help.feltUnderstood),
    f('resolution', percent(summary.resolutionRate), summary.resolutionRate.n, t.help.resolution(percent(summary.partlyResolvedRate))),
    f('effort', mean(summary.meanEffort), summary.meanEffort.n, t.help.effort),
    f('satisfaction', percent(summary.satisfaction), summary.satisfaction.n, t.help.satisfaction),
    // Apart from the recovery within the chat (issue 16): what following up did.
    f('followUpRecovery', percent(summary.recoveredAfterFollowUp), summary.recoveredAfterFollowUp.n, t.help.followUpRecovery),
  ]
}
