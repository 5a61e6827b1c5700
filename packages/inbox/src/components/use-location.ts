import { useEffect, useState } from 'preact/hooks'

const listeners = new Set<() => void>()
const notify = () => {
  for (const listener of listeners) listener()
}

/** Moves within the app without a reload; the page reads the new location. */
export function navigate(href: string, { replace = false } = {}): void {
  if (replace) history.replaceState(null, '', href)
  else history.pushState(null, '', href)
  notify()
}

/**
 * The current path and query, re-rendering on `navigate` and on back/forward (`popstate`).
 */
export function useLocation(): { pathname: string; search: string } {
  const [, setTick] = useState(0)
  useEffect(() => {
    const update = () => setTick((n) => n + 1)
    listeners.add(update)
    addEventListener('popstate', update)
    return () => {
      listeners.delete(update)
      removeEventListener('popstate', update)
    }
  }, [])
  return { pathname: location.pathname, search: location.search }
}

/** A plain left click on an in-app link navigates in place; others (new tab…) stay native. */
export function onAppLinkClick(event: MouseEvent, href: string): void {
  if (event.defaultPrevented || event.button !== 0) return
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
  event.preventDefault()
  navigate(href)
}
