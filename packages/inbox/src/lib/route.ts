/** The inbox's two pages; the server serves index.html for every path under /inbox/. */
export type Route = { page: 'conversations'; conversation: string | null } | { page: 'insights' }

/** Where the app is mounted: `/inbox/` when built, `/` in dev and tests (Vite's BASE_URL). */
export const BASE = import.meta.env.BASE_URL

export function parseRoute(pathname: string, search: string, base = BASE): Route {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '')
  if (rest.replace(/\/$/, '') === 'insights') return { page: 'insights' }
  return { page: 'conversations', conversation: new URLSearchParams(search).get('conversation') }
}

export function hrefFor(route: Route, base = BASE): string {
  if (route.page === 'insights') return `${base}insights`
  return route.conversation ? `${base}?conversation=${encodeURIComponent(route.conversation)}` : base
}
