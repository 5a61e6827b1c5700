import { en } from './en.ts'
import type { SuggestionCatalog, SuggestionLanguage } from './keys.ts'

/**
 * The suggestion catalogs. English travels with the first screen; Thai, Filipino and Lao load the
 * first time a shopper writes in them (a few hundred bytes each), so an agent downloads only the
 * languages they meet and the first screen stays within its budget (.size-limit.cjs).
 */
const ready: Partial<Record<SuggestionLanguage, SuggestionCatalog>> = { en }

const load: Record<Exclude<SuggestionLanguage, 'en'>, () => Promise<SuggestionCatalog>> = {
  th: () => import('./th.ts').then((m) => m.th),
  fil: () => import('./fil.ts').then((m) => m.fil),
  lo: () => import('./lo.ts').then((m) => m.lo),
}

/** The catalog if it is here already, else null (then ask `loadCatalog`). */
export function catalogNow(language: SuggestionLanguage): SuggestionCatalog | null {
  return ready[language] ?? null
}

export async function loadCatalog(language: SuggestionLanguage): Promise<SuggestionCatalog> {
  const known = ready[language]
  if (known) return known
  const catalog = await load[language as Exclude<SuggestionLanguage, 'en'>]()
  ready[language] = catalog
  return catalog
}
