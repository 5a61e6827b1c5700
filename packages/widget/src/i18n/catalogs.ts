import type { I18n } from '../ui/types.ts'
import type { Catalog, LauncherWords } from './en.ts'
import type { LaterWords } from './later/en.ts'

/** A catalog as loaded; Thai's brings its voice (issue 16) along, in the same chunk, and Lao its dates. */
type LoadedCatalog = Catalog & Pick<I18n, 'voiced' | 'dates'>

/** A language's catalog (`th.ts`: `th`) and a loader of the words its chats reach later (`later`). */
type CatalogModule = { later: () => Promise<Record<string, LaterWords>> }

/** A language's launcher words (`th.ts`: `th`) and a loader of its whole catalog (`catalog`). */
type WordsModule = { catalog: () => Promise<CatalogModule> }

/**
 * Shipped locales, each two chunks: the launcher's words (./launcher/), all a visitor who never
 * opens the chat needs, and the whole catalog, which the words' own module loads (so the launcher
 * names one chunk per language, not two). A shopper downloads the one language they read, English
 * included (the budgets count everything one shopper loads). Adding a language is two files (the
 * catalog and its launcher words) and a line here.
 */
const words: Record<string, () => Promise<WordsModule>> = {
  en: () => import('./launcher/en.ts'),
  th: () => import('./launcher/th.ts'),
  fil: () => import('./launcher/fil.ts'),
  lo: () => import('./launcher/lo.ts'),
  ar: () => import('./launcher/ar.ts'),
  es: () => import('./launcher/es.ts'),
  id: () => import('./launcher/id.ts'),
  vi: () => import('./launcher/vi.ts'),
  ms: () => import('./launcher/ms.ts'),
  zh: () => import('./launcher/zh.ts'),
  ja: () => import('./launcher/ja.ts'),
  pt: () => import('./launcher/pt.ts'),
}

export const LOCALES: readonly string[] = Object.keys(words)

/** Base languages written right to left (of those we ship or may ship). */
const RTL = new Set(['ar', 'fa', 'he', 'ur'])

/** Tags that name a shipped catalog under another code: Tagalog is what Filipino grew from. */
// `in` is Indonesian's code before 1989, still sent by some old Android browsers.
const ALIASES: Record<string, string> = { tl: 'fil', in: 'id' }

export interface PickedLocale {
  /** Which catalog, e.g. "en", "th", "fil", "lo", "ar", "pt". */
  code: string
  /** The tag to format dates, times and plurals with, e.g. "th-TH" or "en". */
  locale: string
  dir: 'ltr' | 'rtl'
}

/** The shipped locale for one BCP 47 tag ("th-TH" → th, "tl" → fil), or null when we ship none. */
export function matchLocale(tag: string | null | undefined): PickedLocale | null {
  // Some platforms write "lo_LA" for BCP 47's "lo-LA".
  let locale = (tag ?? '').trim().replace('_', '-')
  // The language before any script or region ("th-TH" → th), under the code of the catalog it has.
  const base = locale.split('-')[0]?.toLowerCase() ?? ''
  const code = ALIASES[base] ?? base
  if (!LOCALES.includes(code)) return null
  try {
    // An ill-formed tag would make every Intl constructor throw; format with the base instead.
    locale = Intl.getCanonicalLocales(locale)[0] ?? code
  } catch {
    locale = code
  }
  return { code, locale, dir: RTL.has(code) ? 'rtl' : 'ltr' }
}

/**
 * The shopper's language: the first of the candidates we ship, in order — the boot option
 * `locale`, the host page's `<html lang>`, then `navigator.languages` — else English.
 */
export function pickLocale(...candidates: readonly (string | null | undefined)[]): PickedLocale {
  for (const candidate of candidates) {
    const picked = matchLocale(candidate)
    if (picked) return picked
  }
  // English is shipped: it always matches.
  return matchLocale('en')!
}

/**
 * A language's texts from its chunk, which exports them under the language's code (`th.ts`: `th`;
 * no `.then` per language in the launcher); English if the code is not shipped or the chunk fails.
 */
function load<Texts>(pick: (module: WordsModule) => Promise<Record<string, Texts>> | Record<string, Texts>, code: string): Promise<Texts> {
  const from = (known: string) =>
    words[known]!()
      .then(pick)
      .then((m) => m[known]!)
  return from(words[code] ? code : 'en').catch(() => from('en'))
}

/** The catalog for a picked code, from its chunk; English if that chunk fails to load. */
export function loadCatalog(code: string): Promise<LoadedCatalog> {
  return load((m) => m.catalog() as Promise<unknown> as Promise<Record<string, LoadedCatalog>>, code)
}

/**
 * The words a chat reaches later (./later/) for a picked code, from the chunk its catalog's module
 * names (already loaded with the panel); English if that chunk fails to load.
 */
export function loadLater(code: string): Promise<LaterWords> {
  return load((m) => m.catalog().then((catalog) => catalog.later()), code)
}

/** The launcher's words for a picked code; English if that chunk fails to load. */
export function loadWords(code: string): Promise<LauncherWords> {
  return load((m) => m as unknown as Record<string, LauncherWords>, code)
}
