// Single-page apps change the URL without a page load. We learn of it without any call from the
// store: the Navigation API's `currententrychange` where it exists (no patching at all), else
// `popstate` plus a wrapper around history.pushState/replaceState, installed once per window and
// never removed (unwrapping could undo another script's wrapper installed after ours).

export interface RouteWindow {
  addEventListener(type: 'popstate', listener: () => void): void
  history: Pick<History, 'pushState' | 'replaceState'>
  navigation?: { addEventListener(type: 'currententrychange', listener: () => void): void }
}

const observers = new WeakMap<RouteWindow, Set<() => void>>()

/** Calls `listener` after every same-document navigation; returns a function that stops it. */
export function onRouteChange(win: RouteWindow, listener: () => void): () => void {
  let listeners = observers.get(win)
  if (!listeners) observers.set(win, (listeners = watchRoutes(win)))
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

/** Starts hearing `win`'s navigations, for good; returns the listeners to tell. */
function watchRoutes(win: RouteWindow): Set<() => void> {
  const listeners = new Set<() => void>()
  const fire = () => {
    for (const listener of listeners) listener()
  }
  if (win.navigation?.addEventListener) win.navigation.addEventListener('currententrychange', fire)
  else {
    win.addEventListener('popstate', fire)
    for (const name of ['pushState', 'replaceState'] as const) {
      const original = win.history[name]
      win.history[name] = function (this: History, ...args: Parameters<History['pushState']>) {
        const result = original.apply(this, args)
        fire()
        return result
      }
    }
  }
  return listeners
}

interface Page {
  /** Origin and path only (pageUrl). */
  url: string
  title: string
}

export interface PageReporterOptions {
  /** The page now, as the agent may see it. */
  read: () => Page
  report: (page: Page) => void
  /** Apps set the new title after the URL: wait a moment before reading it. */
  defer: (callback: () => void) => void
}

/** Reports the page once per distinct URL (so a burst of route events makes one report). */
export function createPageReporter({ read, report, defer }: PageReporterOptions): () => void {
  let last = read().url
  return () =>
    defer(() => {
      const page = read()
      if (page.url === last) return
      last = page.url
      report(page)
    })
}

/**
 * Origin + path: the query string and hash stay out, they carry search terms, tokens and e-mail
 * addresses the agent has no need for.
 */
export function pageUrl(href: string): string {
  try {
    const url = new URL(href)
    return url.origin + url.pathname
  } catch {
    return ''
  }
}
