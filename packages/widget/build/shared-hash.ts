// One hash for a family of chunks (issue 13). The launcher names the twelve `words-<code>-*.js`
// chunks, one per language, and each name's own hash is six characters gzip cannot compress:
// with one hash shared by the family, the launcher writes the same six characters twelve times
// (−0.065 KB gzip on every page view). The shared hash is of every member's final code, so a
// change to any language's words renames them all. The launcher that names them keeps the name
// Rolldown gave it, whose hash covers theirs: a name still stands for one content, as caching needs.
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

/** `text` (a chunk's code, the manifest) with every renamed file named anew, wherever it is named. */
export function withRenames(text: string, renames: ReadonlyMap<string, string>): string {
  if (renames.size === 0) return text
  const newName = new Map([...renames].map(([from, to]) => [baseName(from), baseName(to)]))
  const named = new RegExp([...newName.keys()].map(escape).join('|'), 'g')
  return text.replace(named, (name) => newName.get(name)!)
}
