import { useEffect, useState } from 'preact/hooks'

/**
 * A page that loads on first visit, in a chunk of its own, so the first screen (sign-in, list,
 * conversation) stays within its budget: `lazyPage(() => import('./X.tsx').then((m) => m.X))`.
 * The hook returns null until the chunk has arrived, and the page at once on later visits.
 */
export function lazyPage<Page>(load: () => Promise<Page>): (wanted: boolean) => Page | null {
  let loaded: Page | null = null
  return function useLazyPage(wanted) {
    // A component is a function: wrapped, or useState would call it as an initialiser.
    const [page, setPage] = useState<Page | null>(() => loaded)
    useEffect(() => {
      if (!wanted || page) return
      let live = true
      void load().then((module) => {
        loaded = module
        if (live) setPage(() => module)
      })
      return () => {
        live = false
      }
    }, [wanted, page])
    return page
  }
}
