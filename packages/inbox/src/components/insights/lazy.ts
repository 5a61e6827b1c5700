import { useEffect, useState } from 'preact/hooks'
import type { InsightsPage } from './InsightsPage.tsx'

type Page = typeof InsightsPage
let loaded: Page | null = null

/**
 * The insights page and uPlot load on first visit: agents answering chats never download the
 * charts. Returns null until the chunk has arrived.
 */
export function useLazyInsights(wanted: boolean): Page | null {
  // A component is a function: wrapped, or useState would call it as an initialiser.
  const [page, setPage] = useState<Page | null>(() => loaded)
  useEffect(() => {
    if (!wanted || page) return
    let live = true
    void import('./InsightsPage.tsx').then((module) => {
      loaded = module.InsightsPage
      if (live) setPage(() => module.InsightsPage)
    })
    return () => {
      live = false
    }
  }, [wanted, page])
  return page
}
