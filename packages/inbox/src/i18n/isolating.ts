/** Letters of the right-to-left scripts people type: Hebrew, Arabic, Syriac, Thaana, N'Ko and their kin (U+0590 to U+08FF). */
const RIGHT_TO_LEFT = /[\u0590-\u08ff]/

const made = new WeakMap<object, object>()

/**
 * `catalog` with each of its sentences isolating the words it is given where they, or the
 * sentence (`rightToLeft`: the catalog's language reads so), read right to left (U+2068 … U+2069,
 * as the widget's `fill` does). A shopper's or a teammate's name in Arabic beside digits or
 * punctuation otherwise pulls them into its own direction: "محمد, 5 Dec" showed as "5 ,محمد Dec";
 * and in an Arabic sentence a Latin name's last "!" goes to its other end ("Shoes 24/7!" as
 * "!Shoes 24/7"). Our own words, numbers and Latin names in a left-to-right sentence pass as they
 * are. Made once per catalog; an isolating catalog, or any part of one, is its own.
 */
export function isolating<Catalog extends object>(catalog: Catalog, rightToLeft = false): Catalog {
  let wrapped = made.get(catalog)
  if (!wrapped) made.set(catalog, (wrapped = wrap(catalog, rightToLeft) as object))
  return wrapped as Catalog
}

function wrap(value: unknown, rightToLeft: boolean): unknown {
  if (typeof value === 'function')
    return (...args: unknown[]) => value(...args.map((arg) => (typeof arg === 'string' ? isolate(arg, rightToLeft) : arg)))
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value
  const wrapped = Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, wrap(entry, rightToLeft)]))
  made.set(wrapped, wrapped)
  return wrapped
}

/**
 * `text` isolated (U+2068 … U+2069) if it, or the sentence it goes into (`inRightToLeft`), reads
 * right to left. An empty text stays empty, so a catalog's `detail ? … : …` still sees nothing.
 */
const isolate = (text: string, inRightToLeft: boolean): string =>
  text !== '' && (inRightToLeft || RIGHT_TO_LEFT.test(text)) ? `\u2068${text}\u2069` : text
