import { type Catalog, en } from './en.ts'

/** Shipped locales. Adding a language is one file and one line here. */
export const catalogs: Record<string, Catalog> = { en }

/**
 * The best catalog for a BCP 47 tag: exact match, then the base language ("th-TH" → "th"),
 * then English. Returns the tag actually used, for Intl formatting.
 */
export function pickCatalog(locale: string | undefined): { locale: string; catalog: Catalog } {
  const tag = (locale ?? '').trim()
  const exact = catalogs[tag]
  if (exact) return { locale: tag, catalog: exact }
  const base = tag.split('-')[0]?.toLowerCase() ?? ''
  const byBase = catalogs[base]
  if (byBase) return { locale: tag, catalog: byBase }
  return { locale: 'en', catalog: en }
}
