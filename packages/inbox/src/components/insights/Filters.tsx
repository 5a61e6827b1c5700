import { useMessages } from '../../i18n/context.ts'
import { useInsightsMessages } from '../../i18n/insights-context.ts'
import type { InsightsFilters, InsightsResponse } from '../../insights/api.ts'
import { reasonLabel, topicLabel } from '../../lib/empathy-card.ts'
import { languageName } from './format.ts'

interface Props {
  filters: InsightsFilters
  options: InsightsResponse['options'] | null
  onChange(next: InsightsFilters): void
}

/** Every change applies at once (and lands in the URL), so there is no submit button to find. */
export function Filters({ filters, options, onChange }: Props) {
  const all = useMessages()
  const t = useInsightsMessages()
  const set = (key: keyof InsightsFilters) => (e: Event) =>
    onChange({ ...filters, [key]: (e.currentTarget as HTMLInputElement | HTMLSelectElement).value })

  const select = (key: 'topic' | 'reason' | 'language' | 'agentId', label: string, allLabel: string, choices: { value: string; label: string }[]) => (
    <div class="filter">
      <label for={`filter-${key}`}>{label}</label>
      <select id={`filter-${key}`} value={filters[key]} onChange={set(key)}>
        <option value="">{allLabel}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
        {/* A value from the URL that the period has no data for still shows as chosen. */}
        {filters[key] && !choices.some((c) => c.value === filters[key]) && <option value={filters[key]}>{filters[key]}</option>}
      </select>
    </div>
  )

  return (
    <form class="filters" aria-label={t.filters} onSubmit={(e) => e.preventDefault()}>
      <div class="filter">
        <label for="filter-from">{t.from}</label>
        <input id="filter-from" type="date" value={filters.from} max={filters.to} onChange={set('from')} />
      </div>
      <div class="filter">
        <label for="filter-to">{t.to}</label>
        <input id="filter-to" type="date" value={filters.to} min={filters.from} onChange={set('to')} />
      </div>
      {select(
        'topic',
        t.topic,
        t.allTopics,
        (options?.topics ?? []).map((v) => ({ value: v, label: topicLabel(v, all) ?? v })),
      )}
      {select(
        'reason',
        t.reason,
        t.allReasons,
        (options?.reasons ?? []).map((v) => ({ value: v, label: reasonLabel(v, all) ?? v })),
      )}
      {select(
        'language',
        t.language,
        t.allLanguages,
        (options?.languages ?? []).map((v) => ({ value: v, label: languageName(v, all.locale) })),
      )}
      {select(
        'agentId',
        t.agent,
        t.allAgents,
        (options?.agents ?? []).map((a) => ({ value: a.id, label: a.name })),
      )}
    </form>
  )
}
