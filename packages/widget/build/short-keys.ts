// The catalogs' keys as one or two letters in the built chunks (issue 13). A key such as
// `'checkin.skip'` is written twice in what a shopper downloads: in the language's catalog and
// where the panel asks for it. The sources keep the names (the `MessageKey` type and the tests read
// them); the build writes a short id in their place, the same in every chunk of one build, as
// Terser does for Preact's internal names in the panel. A key the code puts together at run time
// (`` `mood.${mood}` ``) is shortened with its template: the template's fixed parts become one
// prefix (`` `c_${mood}` ``) and each key of its family that prefix and its own part (`c_3`).

/** A key the code puts together at run time: `` `mood.${mood}` ``, `` `checkin.${phase}.question` ``. */
const KEY_TEMPLATE = /`((?:\w+\.)+)\$\{([^`}]*)\}((?:\.\w+)*)`/y
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

/** The keys one template makes: its fixed parts around the one filled in at run time. */
interface Family {
  head: string
  tail: string
  /** Whether a key is one it may make. */
  makes: RegExp
}

function familyOf(head: string, tail: string): Family {
  return { head, tail, makes: new RegExp(`^${escape(head)}(\\w+)${escape(tail)}$`) }
}

/** The family of the template at `index` of `source`. */
function familyAt(source: string, index: number): Family {
  KEY_TEMPLATE.lastIndex = index
  const match = KEY_TEMPLATE.exec(source)
  if (!match) throw new Error(`cannot tell which catalog keys this template makes: ${source.slice(index, source.indexOf('`', index + 1) + 1)}`)
  return familyOf(match[1]!, match[3]!)
}

/** What the build writes for the keys: each key's id, and each template's prefix by its fixed parts. */
export interface ShortKeys {
  ids: Map<string, string>
  /** `head` + NUL + `tail` → the prefix the template writes instead. */
  prefixes: Map<string, string>
}

const partsOf = (head: string, tail: string) => `${head}\0${tail}`

/**
 * Each key's short id, in the order given: one or two letters for a key the sources only write
 * whole; for one a template makes, the template's prefix (letters and `_`, which no whole key's id
 * has) and the part filled in. Throws for a key that is not dotted (a plain word, `'label'`, is
 * also the name of things that are not keys, and would be renamed with them), and for a key two
 * templates could make (its two prefixes would disagree).
 */
export function shortKeyIds(keys: readonly string[], sources: readonly string[]): ShortKeys {
  const undotted = keys.filter((key) => !DOTTED.test(key))
  if (undotted.length > 0) throw new Error(`catalog keys must be words joined by dots to be shortened: ${undotted.join(', ')}`)
  const families = new Map<string, Family>()
  for (const source of sources) {
    for (const { index } of source.matchAll(DOTTED_HEAD)) {
      const family = familyAt(source, index)
      families.set(partsOf(family.head, family.tail), family)
    }
  }
  const unique = [...new Set(keys)]
  const ids = new Map<string, string>()
  const prefixes = new Map<string, string>()
  let whole = 0
  for (const key of unique) {
    const makers = [...families.values()].filter((family) => family.makes.test(key))
    if (makers.length > 1) throw new Error(`two templates could make the catalog key ${key}: ${makers.map((f) => `${f.head}…${f.tail}`).join(', ')}`)
    const [maker] = makers
    if (!maker) {
      ids.set(key, idAt(whole++))
      continue
    }
    const parts = partsOf(maker.head, maker.tail)
    if (!prefixes.has(parts)) prefixes.set(parts, `${idAt(prefixes.size)}_`)
    ids.set(key, prefixes.get(parts)! + maker.makes.exec(key)![1]!)
  }
  return { ids, prefixes }
}

/** A template in built code: its fixed parts and what fills it in. */
const BUILT_TEMPLATE = /`((?:\w+\.)+)\$\{([^`}]*)\}((?:\.\w+)*)`/g

/**
 * `code` with every string literal that is a key (in any quotes) holding its id instead, and every
 * template that makes keys writing its prefix instead of its fixed parts.
 */
export function renameKeys(code: string, { ids, prefixes }: ShortKeys): string {
  if (ids.size === 0) return code
  const longestFirst = [...ids.keys()].sort((a, b) => b.length - a.length).map(escape)
  const literal = new RegExp(`(["'\`])(${longestFirst.join('|')})\\1`, 'g')
  return code
    .replace(literal, (_, quote: string, key: string) => quote + ids.get(key)! + quote)
    .replace(BUILT_TEMPLATE, (template, head: string, filling: string, tail: string) => {
      const prefix = prefixes.get(partsOf(head, tail))
      return prefix === undefined ? template : `\`${prefix}\${${filling}}\``
    })
}

/**
 * The heads of renamed templates that `code` (renamed) still holds as strings of their own: a key
 * put together some other way (`'mood.' + m`) would name nothing in the catalogs.
 */
export function looseKeyHeads(code: string, { prefixes }: ShortKeys): string[] {
  const heads = [...prefixes.keys()].map((parts) => parts.slice(0, parts.indexOf('\0')))
  return heads.filter((head) => new RegExp(`(["'\`])${escape(head)}\\1`).test(code))
}
