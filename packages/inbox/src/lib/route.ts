/** The inbox's pages; the server serves index.html for every path under /inbox/. */
export type Route =
  | { page: 'conversations'; conversation: string | null }
  | { page: 'insights' }
  /** Chats that ended upset, to follow up (issue 16). */
  | { page: 'follow-ups' }
  | { page: 'settings' }
  /** The store's canned replies (issue 14). */
  | { page: 'canned-replies' }
  | { page: 'store' }
  | { page: 'team' }
  /** Accepting an invitation (`/inbox/invite#<token>`): the one page shown without a session. */
  | { page: 'invite' }

export type Page = Route['page']

/** Where the app is mounted: `/inbox/` when built, `/` in dev and tests (Vite's BASE_URL). */
export const BASE = import.meta.env.BASE_URL

const SIMPLE = ['insights', 'follow-ups', 'settings', 'canned-replies', 'store', 'team', 'invite'] as const
type SimplePage = (typeof SIMPLE)[number]
const isSimple = (page: string): page is SimplePage => (SIMPLE as readonly string[]).includes(page)

export function parseRoute(pathname: string, search: string, base = BASE): Route {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '')
  const page = rest.replace(/\/$/, '')
  if (isSimple(page)) return { page }
  return { page: 'conversations', conversation: new URLSearchParams(search).get('conversation') }
}

export function hrefFor(route: Route, base = BASE): string {
  if (route.page !== 'conversations') return `${base}${route.page}`
  return route.conversation ? `${base}?conversation=${encodeURIComponent(route.conversation)}` : base
}
