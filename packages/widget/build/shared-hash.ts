// One hash for a family of chunks (issue 13). A chunk names the chunks it loads, and each name's own
// hash is six characters gzip cannot compress; under one hash, of every member's final code, gzip
// keeps the six characters once per file. Two families: the launcher's twelve `words-<code>-*.js`
// chunks (the launcher writes their hash twelve times: −0.065 KB on every page view), and the
// launcher with every chunk that imports it or the panel (launcherFamily: −0.06 KB a chat, −0.02 a
// first visit). A name still stands for one content, as caching needs: a change to any member
// renames the family.
import { createHash } from 'node:crypto'

/** Six base-36 characters (31 bits), as Rolldown writes its own hashes here (vite.config.ts). */
const HASH_LENGTH = 6

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const baseName = (fileName: string) => fileName.slice(fileName.lastIndexOf('/') + 1)

/**
 * The new name of every chunk whose file name `family` matches (its one group is the hash, as in
 * `/^assets\/words-[a-z]+-([0-9a-z]{6})\.js$/`): the same name, with one hash of all their codes.
 * Old file name → new.
 */
export function familyRenames(chunks: readonly { fileName: string; code: string }[], family: RegExp): Map<string, string> {
  const members = chunks.filter((chunk) => family.test(chunk.fileName)).sort((a, b) => (a.fileName < b.fileName ? -1 : 1))
  const digest = createHash('sha256')
  for (const member of members) digest.update(`${member.fileName}\0${member.code}\0`)
  const hash = (digest.digest().readBigUInt64BE() % 36n ** BigInt(HASH_LENGTH)).toString(36).padStart(HASH_LENGTH, '0')
  return new Map(
    members.map(({ fileName }) => {
      const old = family.exec(fileName)![1]!
      const at = fileName.lastIndexOf(old)
      return [fileName, fileName.slice(0, at) + hash + fileName.slice(at + old.length)]
    }),
  )
}

/**
 * The launcher (the entry) and every chunk that imports it or one that does (the panel, then the
 * chunks that import the panel…), as a family for `familyRenames`. Rolldown renames them all
 * whenever the launcher or the panel changes anyway, as each names the other, so one hash costs
 * them nothing in caching. The chunks that import none of ours stay out (a language's words,
 * catalog and later words; the sound; the file helpers; the title flash): their names follow their
 * own content, so they stay cached across releases, and a page opened before a release still
 * fetches them after it.
 */
export function launcherFamily(chunks: readonly { fileName: string; isEntry: boolean; imports: readonly string[] }[]): RegExp {
  const members = new Set(chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName))
  for (let grew = true; grew;) {
    grew = false
    for (const chunk of chunks) {
      if (members.has(chunk.fileName) || !chunk.imports.some((name) => members.has(name))) continue
      members.add(chunk.fileName)
      grew = true
    }
  }
  // Each member's name up to its hash, then the hash as the one group.
  const heads = [...members].map((fileName) => escape(fileName.slice(0, -`${'x'.repeat(HASH_LENGTH)}.js`.length)))
  return new RegExp(`^(?:${heads.join('|')})([0-9a-z]{${HASH_LENGTH}})\\.js$`)
}

/** `text` (a chunk's code, the manifest) with every renamed file named anew, wherever it is named. */
export function withRenames(text: string, renames: ReadonlyMap<string, string>): string {
  if (renames.size === 0) return text
  const newName = new Map([...renames].map(([from, to]) => [baseName(from), baseName(to)]))
  const named = new RegExp([...newName.keys()].map(escape).join('|'), 'g')
  return text.replace(named, (name) => newName.get(name)!)
}
