/** The inbox's pages; the server serves index.html for every path under /inbox/. */
export type Route = { page: 'conversations'; conversation: string | null } | { page: 'insights' } | { page: 'settings' }

/** Where the app is mounted: `/inbox/` when built, `/` in dev and tests (Vite's BASE_URL). */
export const BASE = import.meta.env.BASE_URL

export function parseRoute(pathname: string, search: string, base = BASE): Route {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '')
  const page = rest.replace(/\/$/, '')
  if (page === 'insights') return { page: 'insights' }
  if (page === 'settings') return { page: 'settings' }
  return { page: 'conversations', conversation: new URLSearchParams(search).get('conversation') }
}

export function hrefFor(route: Route, base = BASE): string {
  if (route.page === 'insights') return `${base}insights`
  if (route.page === 'settings') return `${base}settings`
  return route.conversation ? `${base}?conversation=${encodeURIComponent(route.conversation)}` : base
}
