import { SEARCH_MAX_LENGTH } from '@attune/protocol'
import type { ComponentChildren } from 'preact'
import { useMemo, useState } from 'preact/hooks'
import { useSearchMessages } from '../../i18n/search-context.ts'
import { foundText } from '../../lib/search-view.ts'
import { createSearchApi, type SearchApi } from '../../session/search.ts'
import { Failed, More } from './ResolvedList.tsx'
import { SearchRows } from './SearchRows.tsx'
import { SEARCH_DELAY_MS, useListing } from './use-search.ts'

/**
 * The id of the open list's heading, which names the sidebar's <nav>: whichever list shows in its
 * place takes it, so the navigation is always named for what it holds.
 */
const LIST_TITLE = 'list-title'

interface Props {
  /** The conversations' list and its views (Mine … Resolved), shown while nothing is searched. */
  list: ComponentChildren
  selectedId: string | null
  /** The same-origin endpoint when not given. */
  api?: SearchApi | undefined
  /** Typing pause before a search goes out (tests pass 0). */
  delay?: number
  /** Shoppers deleted in this session: what was found of them is not shown. */
  hiddenVisitors?: ReadonlySet<string> | undefined
}

/**
 * The top of the conversation sidebar (issue 14): the "Search conversations" box, and below it
 * the list with its views, or what the search found among open and resolved conversations.
 */
export function SearchSidebar({ list, selectedId, api: given, delay = SEARCH_DELAY_MS, hiddenVisitors }: Props) {
  const t = useSearchMessages()
  const [api] = useState(() => given ?? createSearchApi())
  const [text, setText] = useState('')
  const q = text.trim()

  return (
    <>
      <div class="search-bar">
        <form role="search" aria-label={t.label} class="search-form" onSubmit={(e) => e.preventDefault()}>
          <input
            type="search"
            aria-label={t.label}
            placeholder={t.placeholder}
            value={text}
            maxLength={SEARCH_MAX_LENGTH}
            onInput={(e) => setText(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Escape' || text === '') return
              e.preventDefault()
              setText('')
            }}
          />
        </form>
      </div>
      {q !== '' ? <SearchResults api={api} q={q} selectedId={selectedId} delay={delay} hidden={hiddenVisitors} /> : list}
    </>
  )
}

interface ResultsProps {
  api: SearchApi
  q: string
  selectedId: string | null
  delay: number
  hidden: ReadonlySet<string> | undefined
}

/** What the search found, its count said politely once it is known (WCAG 4.1.3). */
function SearchResults({ api, q, selectedId, delay, hidden }: ResultsProps) {
  const t = useSearchMessages()
  const ask = useMemo(() => ({ q, status: 'all' as const }), [q])
  const { listing, retry, loadMore } = useListing(api, ask, { delay, hidden })
  const count = listing.kind === 'ready' ? foundText(listing.results.length, listing.next !== null, t) : ''
  return (
    <section class="search-view" aria-labelledby={LIST_TITLE}>
      <h2 id={LIST_TITLE} class="pane-title" tabIndex={-1}>
        {t.results}
      </h2>
      <p class="search-note" role="status">
        {listing.kind === 'loading' ? t.searching : count}
      </p>
      {listing.kind === 'failed' && <Failed onRetry={retry} />}
      {listing.kind === 'refused' && (
        <div class="search-failed" role="alert">
          <p>{t.tooLong(SEARCH_MAX_LENGTH)}</p>
        </div>
      )}
      {listing.kind === 'ready' && listing.results.length > 0 && <SearchRows results={listing.results} selectedId={selectedId} />}
      <More listing={listing} onMore={loadMore} />
    </section>
  )
}
