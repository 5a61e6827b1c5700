import type { Widen } from './widen.ts'

/**
 * The words of conversation search and the "Resolved" list (issue 14), in English. They travel
 * with the search chunk, not in `en.ts` (the first screen's catalog, under its budget:
 * .size-limit.cjs). Counts are functions, so each language says them its own way.
 */
export const enSearch = {
  locale: 'en',
  /** The search form's and its box's accessible name (issue 14: tests and people rely on it). */
  label: 'Search conversations',
  placeholder: 'Words, name, email or order',
  searching: 'Searching…',
  none: 'No conversations found',
  found: (n: number) => (n === 1 ? '1 conversation found' : `${n} conversations found`),
  /** A full page came back and there are more: the count is a floor. */
  foundMore: (n: number) => `More than ${n} conversations found; add a word to narrow it down`,
  failed: 'The search did not go through. Check your connection and try again.',
  retry: 'Try again',
  /** The search text is longer than the server takes: no "Try again", it would be refused again. */
  tooLong: (max: number) => `A search is at most ${max} characters. Shorten it to search.`,
  results: 'Search results',
  status: { open: 'Open', resolved: 'Resolved' },
  /** Why a conversation without a matching message was found. */
  matched: { name: 'The shopper’s name matches', email: 'The shopper’s email matches', order: 'The shopper’s order matches' },
  /** The view of ended conversations; its English name is the (tests and people rely on it). */
  resolvedTitle: 'Resolved conversations',
  resolvedEmpty: 'No resolved conversations yet',
  resolvedLoading: 'Loading resolved conversations…',
  loaded: (n: number) => (n === 1 ? '1 resolved conversation shown' : `${n} resolved conversations shown`),
  loadMore: 'Load more',
  loadingMore: 'Loading…',
}

export type SearchMessages = Widen<typeof enSearch>
