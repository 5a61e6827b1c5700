/** Letters of the right-to-left scripts people type: Hebrew, Arabic, Syriac, Thaana, N'Ko and their kin (U+0590 to U+08FF). */
const RIGHT_TO_LEFT = /[\u0590-\u08ff]/

const made = new WeakMap<object, object>()

/**
 * `catalog` with each of its sentences isolating the words it is given where they are
 * right-to-left (U+2068 … U+2069, as the widget's `fill` does). The inbox speaks left-to-right
 * languages, and a shopper's or a teammate's name in Arabic beside digits or punctuation
 * otherwise pulls them into its own direction: "محمد, 5 Dec" showed as "5 ,محمد Dec". Our own
 * words, numbers and Latin names pass as they are. Made once per catalog.
 */
export function isolating<Catalog extends object>(catalog: Catalog): Catalog {
  let wrapped = made.get(catalog)
  if (!wrapped) made.set(catalog, (wrapped = wrap(catalog) as object))
  return wrapped as Catalog
}

function wrap(value: unknown): unknown {
  if (typeof value === 'function') return (...args: unknown[]) => value(...args.map((arg) => (typeof arg === 'string' ? isolate(arg) : arg)))
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value
  return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, wrap(entry)]))
}

/** `text` isolated (U+2068 … U+2069) if it is right-to-left, for words put beside others outside a catalog's sentence. */
export const isolate = (text: string): string => (RIGHT_TO_LEFT.test(text) ? `\u2068${text}\u2069` : text)
