// The catalogs' keys as one or two letters in the built chunks (issue 13). A key such as
// `'checkin.before.question'` is written twice in what a shopper downloads: in the language's
// catalog and where the panel asks for it. The sources keep the names (the `MessageKey` type and
// the tests read them); the build writes a short id in their place, the same in every chunk of one
// build, as Terser does for Preact's internal names in the panel.

/** A key the code puts together at run time (`` `mood.${mood}` ``): its family keeps its names. */
const KEY_TEMPLATE = /`((?:\w+\.)+)\$\{[^`}]*\}((?:\.\w+)*)`/y
/** Where a template starts with what could be a key's first parts. */
const DOTTED_HEAD = /`(?:\w+\.)+\$\{/g
const DOTTED = /^\w+(?:\.\w+)+$/

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'

/** One letter while they last (52), then two (2,704 more): ids that are property names without quotes. */
function idAt(index: number): string {
  if (index < LETTERS.length) return LETTERS[index]!
  const rest = index - LETTERS.length
  if (rest >= LETTERS.length ** 2) throw new Error(`more catalog keys than two letters can name: ${index + 1}`)
  return LETTERS[Math.floor(rest / LETTERS.length)]! + LETTERS[rest % LETTERS.length]!
}

/** The keys a template at `index` may make: one part filled in, between fixed ones. */
function family(source: string, index: number): RegExp {
  KEY_TEMPLATE.lastIndex = index
  const match = KEY_TEMPLATE.exec(source)
  if (!match) throw new Error(`cannot tell which catalog keys this template makes: ${source.slice(index, source.indexOf('`', index + 1) + 1)}`)
  const [, head, tail] = match
  return new RegExp(`^${escape(head!)}\\w+${escape(tail!)}$`)
}

/**
 * Each key's short id, in the order given, for every key the sources never put together at run
 * time. Throws for a key that is not dotted: a plain word (`'label'`) is also the name of things
 * that are not keys, and would be renamed with them.
 */
export function shortKeyIds(keys: readonly string[], sources: readonly string[]): Map<string, string> {
  const undotted = keys.filter((key) => !DOTTED.test(key))
  if (undotted.length > 0) throw new Error(`catalog keys must be words joined by dots to be shortened: ${undotted.join(', ')}`)
  const madeAtRunTime = sources.flatMap((source) => [...source.matchAll(DOTTED_HEAD)].map(({ index }) => family(source, index)))
  const kept = [...new Set(keys)].filter((key) => !madeAtRunTime.some((template) => template.test(key)))
  return new Map(kept.map((key, index) => [key, idAt(index)]))
}

/** `code` with every string literal that is a key (in any quotes) holding its id instead. */
export function renameKeys(code: string, ids: ReadonlyMap<string, string>): string {
  if (ids.size === 0) return code
  const longestFirst = [...ids.keys()].sort((a, b) => b.length - a.length).map(escape)
  const literal = new RegExp(`(["'\`])(${longestFirst.join('|')})\\1`, 'g')
  return code.replace(literal, (_, quote: string, key: string) => quote + ids.get(key)! + quote)
}
