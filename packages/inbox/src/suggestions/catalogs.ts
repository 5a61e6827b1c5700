import { en } from './en.ts'
import type { SuggestionCatalog, SuggestionLanguage } from './keys.ts'

/**
 * The suggestion catalogs. English travels with the first screen; every other language loads the
 * first time a shopper writes in it (a few hundred bytes each, one chunk per language), so an
 * agent downloads only the languages they meet. Where those chunks are is a small chunk of its
 * own (others.ts): eleven hashed addresses on the first screen cost 0.17 KB of its budget
 * (.size-limit.cjs), one more request the first time a language comes costs nothing there.
 */
const ready: Partial<Record<SuggestionLanguage, SuggestionCatalog>> = { en }

/** The catalog if it is here already, else null (then ask `loadCatalog`). */
export function catalogNow(language: SuggestionLanguage): SuggestionCatalog | null {
  return ready[language] ?? null
}

export async function loadCatalog(language: SuggestionLanguage): Promise<SuggestionCatalog> {
  const known = ready[language]
  if (known) return known
  const { loadOther } = await import('./others.ts')
  const catalog = await loadOther(language as Exclude<SuggestionLanguage, 'en'>)
  ready[language] = catalog
  return catalog
}
