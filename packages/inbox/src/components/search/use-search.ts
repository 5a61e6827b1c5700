import { SEARCH_MAX_LENGTH, type SearchResult } from '@attune/protocol'
import { useEffect, useMemo, useRef, useState } from 'preact/hooks'
import type { SearchApi, SearchAsk } from '../../session/search.ts'

/** Where a list of found conversations stands. */
export type Listing =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'failed' }
  /** The server would refuse the ask (a typed 400: the text is too long), so it was not sent: asking again cannot help. */
  | { kind: 'refused' }
  /** `more`: the page after is being fetched; `next`: its cursor, null on the last page. */
  | { kind: 'ready'; results: SearchResult[]; next: string | null; more: 'idle' | 'loading' | 'failed' }

/** How long typing must pause before the search goes out: a word, not each letter. */
export const SEARCH_DELAY_MS = 300

interface ListingOptions {
  /** Wait this long after the ask last changed (ms). */
  delay?: number
  /** Shoppers deleted in this session (the inbox's `hiddenVisitors`): their conversations are left out. */
  hidden?: ReadonlySet<string> | undefined
}

const NOBODY: ReadonlySet<string> = new Set()

/** Longer than the server takes (the input stops at it, but a value set otherwise does not). */
const tooLong = (ask: SearchAsk) => (ask.q ?? '').trim().length > SEARCH_MAX_LENGTH

/**
 * A listing of `ask` (null: none), fetched `delay` ms after the ask last changed, a page at a time.
 * An answer to an older ask is dropped, so fast typing never shows stale results.
 */
export function useListing(api: SearchApi, ask: SearchAsk | null, { delay = 0, hidden = NOBODY }: ListingOptions = {}) {
  const [listing, setListing] = useState<Listing>({ kind: 'idle' })
  const [attempt, setAttempt] = useState(0)
  const latest = useRef(0)
  const key = ask ? `${ask.status ?? ''}\u0000${ask.q ?? ''}` : null

  useEffect(() => {
    const id = ++latest.current
    if (!ask) return setListing({ kind: 'idle' })
    if (tooLong(ask)) return setListing({ kind: 'refused' })
    setListing({ kind: 'loading' })
    const run = async () => {
      const answer = await api.search(ask)
      if (id !== latest.current) return
      setListing(answer.ok ? { kind: 'ready', results: answer.found.results, next: answer.found.next, more: 'idle' } : { kind: 'failed' })
    }
    if (delay === 0) return void run()
    const timer = setTimeout(run, delay)
    return () => clearTimeout(timer)
  }, [key, attempt])

  async function loadMore() {
    if (!ask || listing.kind !== 'ready' || !listing.next || listing.more === 'loading') return
    const id = latest.current
    const before = listing
    setListing({ ...before, more: 'loading' })
    const answer = await api.search({ ...ask, before: before.next })
    if (id !== latest.current) return
    setListing(
      answer.ok
        ? { kind: 'ready', results: appended(before.results, answer.found.results), next: answer.found.next, more: 'idle' }
        : { ...before, more: 'failed' },
    )
  }

  const shown = useMemo(() => without(listing, hidden), [listing, hidden])
  return { listing: shown, retry: () => setAttempt((n) => n + 1), loadMore }
}

/** A shopper deleted after the page came leaves it at once, as they leave the conversation list. */
function without(listing: Listing, hidden: ReadonlySet<string>): Listing {
  if (listing.kind !== 'ready' || hidden.size === 0) return listing
  return { ...listing, results: listing.results.filter((r) => !hidden.has(r.conversation.visitorId)) }
}

/** A conversation active again between two pages can come twice: it is listed once. */
function appended(shown: SearchResult[], page: SearchResult[]): SearchResult[] {
  const ids = new Set(shown.map((r) => r.conversation.id))
  return [...shown, ...page.filter((r) => !ids.has(r.conversation.id))]
}
