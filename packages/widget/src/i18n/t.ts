import type { Entry, MessageKey } from './en.ts'

type Params = Record<string, string | number>
export type Translate = (key: MessageKey, params?: Params) => string

/** Texts by key: a catalog, a language's later words (./later/), or both. */
export type Texts = { readonly [Key in MessageKey]?: Entry }

/** Letters of the right-to-left scripts people type: Hebrew, Arabic, Syriac, Thaana, N'Ko and their kin (U+0590 to U+08FF). */
const RIGHT_TO_LEFT = /[\u0590-\u08ff]/

/**
 * Fills each `{name}` in `template` with `values[name]`, as it is (a function replacement, so a `$&`
 * in a value stays literal); a missing value is left as `{name}`, to show in review.
 *
 * A person's words (a store's or an agent's name, a file's name, a shopper's comment) may be in
 * another script than the sentence around them. Where either is right-to-left, a text value is
 * isolated (U+2068 … U+2069, as MessageFormat 2 does): else the Arabic around "Yay!" or "Shop
 * 24/7" pulls the name's "!" and digits to its far side, and a Latin sentence does the same to
 * an Arabic name's. Where both are left-to-right, isolation would change nothing a reader sees, and
 * the text stays plain. Numbers take the sentence's direction as they are.
 */
export function fill(template: string, values: Params, rtl = false): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name]
    if (value === undefined) return whole
    return typeof value === 'string' && (rtl || RIGHT_TO_LEFT.test(value)) ? `\u2068${value}\u2069` : String(value)
  })
}

/** A `t(key, params)` over some texts in a language; a key they do not hold shows as the key. */
export function createTranslator(texts: Texts, { locale, dir }: { locale: string; dir: 'ltr' | 'rtl' }): Translate {
  const plural = new Intl.PluralRules(locale)
  return (key, params = {}) => {
    const entry = texts[key] ?? key
    // Without a count, Number gives NaN, whose plural category is "other" (ECMA-402, ResolvePlural);
    // a category the catalog leaves out reads as "other" too.
    const text = typeof entry === 'string' ? entry : (entry[plural.select(Number(params.count))] ?? entry.other)
    return fill(text, params, dir === 'rtl')
  }
}
