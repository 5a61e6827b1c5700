import type { Catalog, MessageKey } from './en.ts'

type Params = Record<string, string | number>
export type Translate = (key: MessageKey, params?: Params) => string

/** A `t(key, params)` over one catalog. Missing parameters are left as `{name}` so they show in review. */
export function createTranslator(catalog: Catalog, locale = 'en'): Translate {
  const plural = new Intl.PluralRules(locale)
  return (key, params = {}) => {
    const entry = catalog[key]
    const count = params.count
    const text = typeof entry === 'string' ? entry : ((typeof count === 'number' ? entry[plural.select(count)] : undefined) ?? entry.other)
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name]
      return value === undefined ? whole : String(value)
    })
  }
}
