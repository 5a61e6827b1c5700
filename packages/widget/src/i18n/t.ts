import type { Entry, MessageKey } from './en.ts'

type Params = Record<string, string | number>
export type Translate = (key: MessageKey, params?: Params) => string

/** Texts by key: a catalog, a language's later words (./later/), or both. */
export type Texts = { readonly [Key in MessageKey]?: Entry }

/**
 * A `t(key, params)` over some texts. Missing parameters are left as `{name}`, and a key they do
 * not hold as the key, so either shows in review rather than breaking the panel.
 */
export function createTranslator(texts: Texts, locale = 'en'): Translate {
  const plural = new Intl.PluralRules(locale)
  return (key, params = {}) => {
    const entry = texts[key] ?? key
    const count = params.count
    const text = typeof entry === 'string' ? entry : ((typeof count === 'number' ? entry[plural.select(count)] : undefined) ?? entry.other)
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name]
      return value === undefined ? whole : String(value)
    })
  }
}
