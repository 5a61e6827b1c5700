import { useSearchMessages } from '../../i18n/search-context.ts'
import { useState } from 'preact/hooks'
import { createSearchApi, type SearchApi } from '../../session/search.ts'
import { SearchRows } from './SearchRows.tsx'
import { useListing, type Listing } from './use-search.ts'

const RESOLVED = { status: 'resolved' } as const

interface Props {
  /** The same-origin endpoint when not given. */
  api?: SearchApi | undefined
  selectedId: string | null
  /** The heading's id, for a container named by it (the sidebar's <nav> is named by its title). */
  titleId?: string
  /** Shoppers deleted in this session: their conversations are not listed. */
  hiddenVisitors?: ReadonlySet<string> | undefined
}

/**
 * The "Resolved" view (issue 14): ended conversations, newest first, a page at a time. A view of
 * its own, so it can be mounted as a tab beside "Mine", "Unassigned" and "All".
 */
export function ResolvedList({ api: given, selectedId, titleId = 'resolved-title', hiddenVisitors }: Props) {
  const t = useSearchMessages()
  const [api] = useState(() => given ?? createSearchApi())
  const { listing, retry, loadMore } = useListing(api, RESOLVED, { hidden: hiddenVisitors })
  const shown = listing.kind === 'ready' ? listing.results.length : 0
  return (
    <section class="search-view" aria-labelledby={titleId}>
      <h2 id={titleId} class="pane-title" tabIndex={-1}>
        {t.resolvedTitle}
      </h2>
      <p class="sr-only" role="status">
        {listing.kind === 'ready' && shown > 0 ? t.loaded(shown) : ''}
      </p>
      {(listing.kind === 'loading' || listing.kind === 'idle') && <p class="search-note">{t.resolvedLoading}</p>}
      {listing.kind === 'failed' && <Failed onRetry={retry} />}
      {listing.kind === 'ready' &&
        (shown === 0 ? (
          <div class="empty">
            <p class="empty-title">{t.resolvedEmpty}</p>
          </div>
        ) : (
          <SearchRows results={listing.results} selectedId={selectedId} />
        ))}
      <More listing={listing} onMore={loadMore} />
    </section>
  )
}

/** The listing did not load: say so where it would be, with a way to try again. */
export function Failed({ onRetry }: { onRetry: () => void }) {
  const t = useSearchMessages()
  return (
    <div class="search-failed" role="alert">
      <p>{t.failed}</p>
      <button type="button" class="button" onClick={onRetry}>
        {t.retry}
      </button>
    </div>
  )
}

/** "Load more" under a listing with another page, or why the last try failed. */
export function More({ listing, onMore }: { listing: Listing; onMore: () => void }) {
  const t = useSearchMessages()
  if (listing.kind !== 'ready') return null
  if (listing.more === 'failed') return <Failed onRetry={onMore} />
  if (!listing.next) return null
  // aria-disabled, not disabled: the button keeps focus while the page loads.
  return (
    <p class="search-more">
      <button type="button" class="button" aria-disabled={listing.more === 'loading'} onClick={onMore}>
        {listing.more === 'loading' ? t.loadingMore : t.loadMore}
      </button>
    </p>
  )
}
