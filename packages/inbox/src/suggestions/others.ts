import type { SuggestionCatalog, SuggestionLanguage } from './keys.ts'

type Other = Exclude<SuggestionLanguage, 'en'>

/** Every language but English, a chunk each; each module exports its catalog under its code. */
const load: Record<Other, () => Promise<Partial<Record<Other, SuggestionCatalog>>>> = {
  th: () => import('./th.ts'),
  fil: () => import('./fil.ts'),
  lo: () => import('./lo.ts'),
  id: () => import('./id.ts'),
  ms: () => import('./ms.ts'),
  vi: () => import('./vi.ts'),
  es: () => import('./es.ts'),
  pt: () => import('./pt.ts'),
  zh: () => import('./zh.ts'),
  ja: () => import('./ja.ts'),
  ar: () => import('./ar.ts'),
}

export const loadOther = async (language: Other): Promise<SuggestionCatalog> => (await load[language]())[language]!
