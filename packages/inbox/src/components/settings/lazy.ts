import { useEffect, useState } from 'preact/hooks'
import type { SettingsPage } from './SettingsPage.tsx'

type Page = typeof SettingsPage
let loaded: Page | null = null

/** The settings page loads on first visit, as the insights page does. Null until it arrives. */
export function useLazySettings(wanted: boolean): Page | null {
  // A component is a function: wrapped, or useState would call it as an initialiser.
  const [page, setPage] = useState<Page | null>(() => loaded)
  useEffect(() => {
    if (!wanted || page) return
    let live = true
    void import('./SettingsPage.tsx').then((module) => {
      loaded = module.SettingsPage
      if (live) setPage(() => module.SettingsPage)
    })
    return () => {
      live = false
    }
  }, [wanted, page])
  return page
}
