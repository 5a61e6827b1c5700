import type { ToldUsWords } from './en.ts'

/** Each shipped locale's words, a chunk each (the widget's catalogs list the same codes). */
export const TOLD_US_WORDS: Record<string, () => Promise<ToldUsWords>> = {
  en: () => import('./en.ts').then((m) => m.en),
  th: () => import('./th.ts').then((m) => m.th),
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

export type { ToldUsWords } from './en.ts'
