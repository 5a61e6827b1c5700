import type { SearchResult } from '@attune/protocol'
import { useMessages } from '../../i18n/context.ts'
import { useSearchMessages } from '../../i18n/search-context.ts'
import { toSearchRows } from '../../lib/search-view.ts'
import { onAppLinkClick } from '../use-location.ts'

interface Props {
  results: readonly SearchResult[]
  selectedId: string | null
}

/** Found conversations as links: each opens its conversation (a resolved one read-only). */
export function SearchRows({ results, selectedId }: Props) {
  const rows = toSearchRows(results, useMessages(), useSearchMessages())
  return (
    <ul class="conv-list search-rows">
      {rows.map((row) => (
        <li key={row.id}>
          <a
            class={`conv-row search-row${row.resolved ? ' is-resolved' : ''}`}
            href={row.href}
            data-conversation-id={row.id}
            aria-current={row.id === selectedId ? 'true' : undefined}
            onClick={(e) => onAppLinkClick(e, row.href)}
          >
            <span class="conv-row-top">
              <span class="conv-row-label" dir="auto">
                {row.label}
              </span>
              <time class="conv-row-wait" dateTime={row.iso}>
                {row.date}
              </time>
            </span>
            <span class={`badge search-status${row.resolved ? ' is-resolved' : ''}`}>{row.statusText}</span>
            <span class="search-line" dir="auto">
              {row.snippet ? row.snippet.map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : part.text)) : row.line}
            </span>
          </a>
        </li>
      ))}
    </ul>
  )
}
