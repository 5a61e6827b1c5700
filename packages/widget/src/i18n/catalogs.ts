import type { I18n } from '../ui/types.ts'
import type { Catalog, LauncherWords } from './en.ts'

/** A catalog as loaded; Thai's brings its voice (issue 16) along, in the same chunk. */
type LoadedCatalog = Catalog & Pick<I18n, 'voice'>

/**
 * Shipped locales, each its own chunk: a shopper downloads the one language they read, English
 * included (the budgets count everything one shopper loads). Adding a language is two files (the
 * catalog and its launcher words) and a line in each map here.
 */
const loaders: Record<string, () => Promise<LoadedCatalog>> = {
  en: () => import('./en.ts').then((m) => m.en),
  th: () => import('./th.ts').then((m) => ({ ...m.th, voice: m.voice })),
  fil: () => import('./fil.ts').then((m) => m.fil),
  lo: () => import('./lo.ts').then((m) => m.lo),
  ar: () => import('./ar.ts').then((m) => m.ar),
  es: () => import('./es.ts').then((m) => m.es),
  id: () => import('./id.ts').then((m) => m.id),
  vi: () => import('./vi.ts').then((m) => m.vi),
  ms: () => import('./ms.ts').then((m) => m.ms),
  zh: () => import('./zh.ts').then((m) => m.zh),
  ja: () => import('./ja.ts').then((m) => m.ja),
  pt: () => import('./pt.ts').then((m) => m.pt),
}

/** The launcher's words of each locale (./launcher/), all a visitor who never opens the chat needs. */
const words: Record<string, () => Promise<LauncherWords>> = {
  en: () => import('./launcher/en.ts').then((m) => m.en),
  th: () => import('./launcher/th.ts').then((m) => m.th),
  fil: () => import('./launcher/fil.ts').then((m) => m.fil),
  lo: () => import('./launcher/lo.ts').then((m) => m.lo),
  ar: () => import('./launcher/ar.ts').then((m) => m.ar),
  es: () => import('./launcher/es.ts').then((m) => m.es),
  id: () => import('./launcher/id.ts').then((m) => m.id),
  vi: () => import('./launcher/vi.ts').then((m) => m.vi),
  ms: () => import('./launcher/ms.ts').then((m) => m.ms),
  zh: () => import('./launcher/zh.ts').then((m) => m.zh),
  ja: () => import('./launcher/ja.ts').then((m) => m.ja),
  pt: () => import('./launcher/pt.ts').then((m) => m.pt),
}

export const LOCALES: readonly string[] = Object.keys(loaders)

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

function baseOf(tag: string): string {
  const base = tag.split(/[-_]/)[0]?.toLowerCase() ?? ''
  return ALIASES[base] ?? base
}

/** The shipped locale for one BCP 47 tag ("th-TH" → th, "tl" → fil), or null when we ship none. */
export function matchLocale(tag: string | null | undefined): PickedLocale | null {
  const clean = (tag ?? '').trim()
  const code = baseOf(clean)
  if (!LOCALES.includes(code)) return null
  let locale = clean.replace('_', '-')
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
  return { code: 'en', locale: 'en', dir: 'ltr' }
}

/** The catalog for a picked code, from its chunk; English if that chunk fails to load. */
export function loadCatalog(code: string): Promise<LoadedCatalog> {
  const english = loaders.en!
  const load = loaders[code] ?? english
  return load().catch(english)
}

/** The launcher's words for a picked code; English if that chunk fails to load. */
export function loadWords(code: string): Promise<LauncherWords> {
  const english = words.en!
  const load = words[code] ?? english
  return load().catch(english)
}
