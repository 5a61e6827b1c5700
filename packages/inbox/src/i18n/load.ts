import type { InboxLanguage } from '@attune/protocol'
import type { Catalogs } from './context.ts'

/**
 * Each language but English in a chunk of its own, fetched only for a person who reads it: the
 * first screen carries English alone (its budget is in .size-limit.cjs).
 */
const load: Record<Exclude<InboxLanguage, 'en'>, () => Promise<Catalogs>> = {
  th: () => import('./th/index.ts').then((m) => m.th),
  lo: () => import('./lo/index.ts').then((m) => m.lo),
  fil: () => import('./fil/index.ts').then((m) => m.fil),
  id: () => import('./id/index.ts').then((m) => m.id),
  ar: () => import('./ar/index.ts').then((m) => m.ar),
}

/** The catalogs of `language`; null for English, which is here already. */
export function loadCatalogs(language: InboxLanguage): Promise<Catalogs | null> {
  return language === 'en' ? Promise.resolve(null) : load[language]()
}
