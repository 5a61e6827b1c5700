import type { ConversationSummary, Role } from '@attune/protocol'
import { useEffect, useRef } from 'preact/hooks'
import { useTeamMessages } from '../../i18n/team-context.ts'
import { showWhole } from '../../lib/show-whole.ts'
import { viewCounts, viewsFor, type ViewId } from '../../lib/views.ts'

interface Props {
  role: Role
  me: string
  conversations: readonly ConversationSummary[]
  current: ViewId
  onChange(view: ViewId): void
  /** The id of the list the tabs control (its tabpanel). */
  panelId: string
}

/**
 * Mine / Unassigned / All above the list, with their counts: a tablist with arrow keys, Home
 * and End (WAI-ARIA Authoring Practices, Tabs with automatic activation). One row that scrolls
 * sideways where the names are long (Filipino): the chosen tab is brought into it whole.
 */
export function ViewTabs({ role, me, conversations, current, onChange, panelId }: Props) {
  const t = useTeamMessages().views
  const views = viewsFor(role)
  const counts = viewCounts(views, conversations, me)
  const list = useRef<HTMLDivElement>(null)

  // Chromium's focus() leaves a tab that is partly outside the scrolling row where it is: End
  // chose "Resolved" and its name and focus ring stayed cut at the edge. Nearest: the list and
  // the page move only if they must.
  useEffect(() => {
    showWhole(list.current?.querySelector(`#view-tab-${current}`))
  }, [current])

  function onKeyDown(event: KeyboardEvent) {
    const index = views.findIndex((v) => v.id === current)
    // The arrows go the way the row reads: in Arabic the next tab is on the left.
    const ahead = list.current?.closest('[dir]')?.getAttribute('dir') === 'rtl' ? -1 : 1
    const moves: Record<string, number> = { ArrowRight: index + ahead, ArrowLeft: index - ahead, Home: 0, End: views.length - 1 }
    const target = moves[event.key]
    if (target === undefined) return
    event.preventDefault()
    const next = views[(target + views.length) % views.length]!
    onChange(next.id)
    queueMicrotask(() => list.current?.querySelector<HTMLElement>(`#view-tab-${next.id}`)?.focus())
  }

  return (
    <div class="view-tabs" role="tablist" aria-label={t.label} ref={list} onKeyDown={onKeyDown}>
      {views.map((view) => (
        <button
          key={view.id}
          type="button"
          role="tab"
          id={`view-tab-${view.id}`}
          class="view-tab"
          aria-selected={view.id === current}
          aria-controls={panelId}
          tabIndex={view.id === current ? 0 : -1}
          onClick={() => onChange(view.id)}
        >
          {t[view.id]}
          {view.id in counts && <span class="view-count"> {t.count(counts[view.id]!)}</span>}
        </button>
      ))}
    </div>
  )
}
