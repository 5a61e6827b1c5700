// One hash for every chunk of a build (issue 13). A chunk names the chunks it loads (the launcher
// names the panel, twelve languages' words and three more; the panel names nine), and each name's
// own hash is six characters gzip cannot compress. Under one hash, of every chunk's final code,
// gzip keeps the six characters once per file: −0.065 KB on every page view when the launcher's
// twelve words chunks shared one, −0.08 KB more for a chat when every chunk did. A name still
// stands for one content, as caching needs: a change to any chunk renames them all, so a release
// is downloaded afresh (most releases change the launcher and the panel, the bulk, anyway).
import { createHash } from 'node:crypto'

/** Six base-36 characters (31 bits), as Rolldown writes its own hashes here (vite.config.ts). */
const HASH_LENGTH = 6

/** Every JavaScript chunk the widget's build writes, its hash the one group: `assets/panel-1a2b3c.js`. */
export const EVERY_CHUNK = /^assets\/[a-z-]+-([0-9a-z]{6})\.js$/

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
