// The catalogs' keys as numbers in the built chunks (issue 13). A key such as `'checkin.skip'` is
// written twice in what a shopper downloads: in the language's catalog and where the panel asks for
// it. The sources keep the names (the `MessageKey` type and the tests read them); the build numbers
// the keys, the same in every chunk of one build, in the order the English files list them, writes
// the number where the code asks (`t(20)`), and ships each catalog as a list in that order, one
// text after another and no key at all (build/catalog-lists.ts), as Terser does for Preact's
// internal names in the panel. A key the code puts together at run time (`` `mood.${mood}` ``)
// comes from a template, which the step reads in the sources:
// - a family only its template writes is a list the code keeps too (the faces, the reasons, the
//   topics, the resolved answers): its keys take numbers side by side, after one left empty, and the
//   template becomes the part's place in the list, `` 26+[1,2,3,4,5].indexOf(+mood) ``. In the
//   order the code keeps its own list, the table is one gzip has already seen: a few bytes, against
//   each part's name in every catalog. A part the list does not hold lands on the empty number and
//   shows as that number, as a key missing from a catalog does.
// - a template over keys also written whole (each step's question beside `checkin.reason.question`,
//   a message's states beside `message.retry`) is no list the code keeps: its table would cost about
//   what its names save (measured: +13 B a chat in English, −12 in Arabic). Its fixed parts become
//   one prefix of letters and `_` (`` `b_${phase}` ``), and each key that prefix and its own part
//   (`b_before`).
/** A key the code puts together at run time: `` `mood.${mood}` ``, `` `checkin.${phase}.question` ``. */
const KEY_TEMPLATE = /`((?:\w+\.)+)\$\{([^`}]*)\}((?:\.\w+)*)`/y
/** Where a template starts with what could be a key's first parts. */
const DOTTED_HEAD = /`(?:\w+\.)+\$\{/g
const DOTTED = /^\w+(?:\.\w+)+$/

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'

/** A template's prefix: one letter while they last (52), then two (2,704 more). */
function idAt(index: number): string {
  if (index < LETTERS.length) return LETTERS[index]!
  const rest = index - LETTERS.length
  if (rest >= LETTERS.length ** 2) throw new Error(`more key templates than two letters can name: ${index + 1}`)
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

/** A family shipped as a list: the number of its first key, and each key's own part, in order. */
interface ListedFamily {
  first: number
  parts: string[]
}

/** What the build writes for the keys: each key's id, and what each template becomes. */
export interface ShortKeys {
  /** A key's number (`'4'`), or its template's prefix and its own part (`'b_before'`). */
  ids: Map<string, string>
  /** `head` + NUL + `tail` → the prefix the template writes instead. */
  prefixes: Map<string, string>
  /** `head` + NUL + `tail` → the list the template looks its part up in. */
  lists: Map<string, ListedFamily>
}

const partsOf = (head: string, tail: string) => `${head}\0${tail}`
const isNumber = (id: string) => /^(?:0|[1-9]\d*)$/.test(id)

/** The families the sources' templates make. */
function familiesIn(sources: readonly string[]): Family[] {
  const families = new Map<string, Family>()
  for (const source of sources) {
    for (const { index } of source.matchAll(DOTTED_HEAD)) {
      const family = familyAt(source, index)
      families.set(partsOf(family.head, family.tail), family)
    }
  }
  return [...families.values()]
}

/** The one family that could make `key`, if any. */
function makerOf(key: string, families: readonly Family[]): Family | undefined {
  const makers = families.filter((family) => key.startsWith(family.head) && family.makes.test(key))
  if (makers.length > 1) throw new Error(`two templates could make the catalog key ${key}: ${makers.map((f) => `${f.head}…${f.tail}`).join(', ')}`)
  return makers[0]
}

/**
 * Whether a family ships as a list: no source writes one of its `keys` whole (the template is their
 * only writer), and its parts are all numbers or all words (a list of one kind is looked up as it is).
 */
function isList(family: Family, keys: readonly string[], sources: readonly string[]): boolean {
  const writtenWhole = (key: string) => {
    const whole = new RegExp(`(["'\`])${escape(key)}\\1`)
    return sources.some((source) => whole.test(source))
  }
  const parts = keys.map((key) => family.makes.exec(key)![1]!)
  return !keys.some(writtenWhole) && (parts.every(isNumber) || !parts.some(isNumber))
}

/**
 * Each key's id, in the order given: its number for a key the sources (the code that asks for
 * texts, not the catalogs) only write whole, and for each key of a family only its template writes
 * whose parts are all numbers or all words (one number is left empty before each such list); for a
 * family with keys also written whole, its template's prefix and the part filled in. Throws for a
 * key that is not dotted (a plain word, `'label'`, is also the name of things that are not keys,
 * and would be renamed with them), and for a key two templates could make.
 */
export function shortKeyIds(keys: readonly string[], sources: readonly string[]): ShortKeys {
  const undotted = keys.filter((key) => !DOTTED.test(key))
  if (undotted.length > 0) throw new Error(`catalog keys must be words joined by dots to be shortened: ${undotted.join(', ')}`)
  const families = familiesIn(sources)
  const unique = [...new Set(keys)]
  const makers = new Map(unique.map((key) => [key, makerOf(key, families)]))
  /** Each family's keys, in order. */
  const members = new Map<Family, string[]>()
  for (const [key, maker] of makers) if (maker) members.set(maker, [...(members.get(maker) ?? []), key])
  const listed = new Map([...members].map(([family, keys]) => [family, isList(family, keys, sources)]))
  const ids = new Map<string, string>()
  const prefixes = new Map<string, string>()
  const lists = new Map<string, ListedFamily>()
  let next = 0
  for (const [key, maker] of makers) {
    if (!maker) {
      ids.set(key, String(next++))
      continue
    }
    const template = partsOf(maker.head, maker.tail)
    if (!listed.get(maker)) {
      if (!prefixes.has(template)) prefixes.set(template, `${idAt(prefixes.size)}_`)
      ids.set(key, prefixes.get(template)! + maker.makes.exec(key)![1]!)
    } else if (!lists.has(template)) {
      // The number before the list stays empty: a part it does not hold lands there.
      const family = members.get(maker)!
      lists.set(template, { first: next + 1, parts: family.map((member) => maker.makes.exec(member)![1]!) })
      family.forEach((member, i) => ids.set(member, String(next + 1 + i)))
      next += 1 + family.length
    }
  }
  return { ids, prefixes, lists }
}

/**
 * Where in `list` the part `filling` names, or -1. A list of numbers (the faces, 1 to 5) is
 * written as numbers and looked up by the number the filling spells, as the code keeps such a list
 * (`[1,2,3,4,5]`); a list of words by the filling as it is.
 */
function placeIn({ parts }: ListedFamily, filling: string): string {
  if (parts.every(isNumber)) return `[${parts.join(',')}].indexOf(+(${filling}))`
  return `[${parts.map((part) => `\`${part}\``).join(',')}].indexOf(${filling})`
}

/** A template in built code: its fixed parts and what fills it in. */
const BUILT_TEMPLATE = /`((?:\w+\.)+)\$\{([^`}]*)\}((?:\.\w+)*)`/g

/**
 * `code` with every string literal that is a key (in any quotes) holding its id instead (a number
 * without quotes), and every template that makes keys writing its part's place in its list, or its
 * prefix, instead of its fixed parts.
 */
export function renameKeys(code: string, { ids, prefixes, lists }: ShortKeys): string {
  if (ids.size === 0) return code
  const longestFirst = [...ids.keys()].sort((a, b) => b.length - a.length).map(escape)
  const literal = new RegExp(`(["'\`])(${longestFirst.join('|')})\\1`, 'g')
  return code
    .replace(literal, (_, quote: string, key: string, at: number) => {
      const id = ids.get(key)!
      if (!isNumber(id)) return quote + id + quote
      // `return"a.b"` becomes `return 4`, not `return4`.
      return /[\w$]/.test(code[at - 1] ?? '') ? ` ${id}` : id
    })
    .replace(BUILT_TEMPLATE, (template, head: string, filling: string, tail: string) => {
      const parts = partsOf(head, tail)
      const list = lists.get(parts)
      if (list) return `(${list.first}+${placeIn(list, filling)})`
      const prefix = prefixes.get(parts)
      return prefix === undefined ? template : `\`${prefix}\${${filling}}\``
    })
}

/**
 * The heads of renamed templates that `code` (renamed) still holds as strings of their own: a key
 * put together some other way (`'mood.' + m`) would name nothing in the catalogs.
 */
export function looseKeyHeads(code: string, { prefixes, lists }: ShortKeys): string[] {
  const heads = [...prefixes.keys(), ...lists.keys()].map((parts) => parts.slice(0, parts.indexOf('\0')))
  return heads.filter((head) => new RegExp(`(["'\`])${escape(head)}\\1`).test(code))
}
