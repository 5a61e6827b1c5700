// The shopper's language and its texts, in two steps (decision 010): the launcher's few words at
// boot, the whole catalog only once the shopper may chat (intent, an open, the panel arriving).
import { atom } from 'nanostores'
import type { loadCatalog, PickedLocale } from './i18n/catalogs.ts'
import type { Catalog, LauncherWords } from './i18n/en.ts'
import { createTranslator } from './i18n/t.ts'
import type { I18n } from './ui/types.ts'

export interface TextSeams {
  /** The launcher's words in a shipped language (English if its chunk fails). */
  loadWords: (code: string) => Promise<LauncherWords>
  /** A shipped language's whole catalog (English if its chunk fails). */
  loadCatalog: typeof loadCatalog
  warn: (...message: unknown[]) => void
}

export function createTexts(seams: TextSeams) {
  /** The launcher's words in the shopper's language, once loaded (only its keys are looked up). */
  const $locale = atom<I18n | undefined>()
  /** The whole catalog the panel speaks, once wanted and loaded; `code` names its language. */
  const $texts = atom<(I18n & { code: string }) | undefined>()
  /** The shopper's language, as last picked. */
  let picked: PickedLocale | undefined
  /** The whole catalog was asked for: a new language brings its whole catalog too. */
  let wanted = false
  const failed = (error: unknown) => seams.warn('[Attune] The chat could not load its texts:', error)

  /** The whole catalog of the picked language, once; a late one for a language left since is dropped. */
  const loadAll = () => {
    wanted = true
    const language = picked
    if (!language || $texts.get()?.code === language.code) return
    seams.loadCatalog(language.code).then((catalog) => {
      if (language === picked) $texts.set({ ...language, t: createTranslator(catalog, language), voiced: catalog.voiced, dates: catalog.dates })
    }, failed)
  }

  return {
    $locale,
    $texts,
    loadAll,
    /** Speaks `language` from now on: its launcher words first (a visitor who never opens needs no more). */
    pick(language: PickedLocale) {
      picked = language
      if (wanted) loadAll()
      seams.loadWords(language.code).then((words) => {
        if (language === picked) $locale.set({ ...language, t: createTranslator(words as Catalog, language) })
      }, failed)
    },
  }
}
