import { directionOf, type InboxLanguage } from '@attune/protocol'
import { useEffect, useState } from 'preact/hooks'
import type { Catalogs } from './context.ts'
import { isolating } from './isolating.ts'
import { loadCatalogs } from './load.ts'

type Shown = { language: InboxLanguage; catalogs: Catalogs | null }

/**
 * The catalogs for `language` once they have arrived (null: English), and whether any language is
 * ready to show. A switch keeps the current words until the new ones are here, so the inbox never
 * blanks; only a first screen in another language than English waits for its chunk. `<html lang>`
 * follows the words shown (WCAG 3.1.1), and `<html dir>` with it: the stylesheet's logical sides
 * mirror the whole inbox for Arabic, and back for the others (WCAG 1.3.2).
 */
export function useCatalogs(language: InboxLanguage, load = loadCatalogs): { catalogs: Catalogs | null; ready: boolean } {
  const [shown, setShown] = useState<Shown | null>(language === 'en' ? { language, catalogs: null } : null)

  useEffect(() => {
    if (shown?.language === language) return
    let live = true
    load(language).then(
      (catalogs) => live && setShown({ language, catalogs }),
      // A chunk that cannot be fetched (offline, a new release) leaves the words as they are,
      // English on a first screen: an inbox in the wrong language beats none.
      () => live && setShown((before) => before ?? { language: 'en', catalogs: null }),
    )
    return () => {
      live = false
    }
  }, [language])

  const lang = shown?.catalogs?.main.locale ?? 'en'
  const direction = directionOf(lang)
  useEffect(() => {
    document.documentElement.lang = lang
    document.documentElement.dir = direction
  }, [lang])

  // Handed out isolating the names their sentences are given, every name in a right-to-left language's.
  const catalogs = shown?.catalogs ? isolating(shown.catalogs, direction === 'rtl') : null
  return { catalogs, ready: shown !== null }
}
