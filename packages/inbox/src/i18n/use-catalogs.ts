import type { InboxLanguage } from '@attune/protocol'
import { useEffect, useState } from 'preact/hooks'
import type { Catalogs } from './context.ts'
import { loadCatalogs } from './load.ts'

type Shown = { language: InboxLanguage; catalogs: Catalogs | null }

/**
 * The catalogs for `language` once they have arrived (null: English), and whether any language is
 * ready to show. A switch keeps the current words until the new ones are here, so the inbox never
 * blanks; only a first screen in another language than English waits for its chunk. `<html lang>`
 * follows the words shown (WCAG 3.1.1).
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
  useEffect(() => {
    document.documentElement.lang = lang
  }, [lang])

  return { catalogs: shown?.catalogs ?? null, ready: shown !== null }
}
