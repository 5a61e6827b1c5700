// A catalog as a list (issue 13). Once short-keys.ts has numbered the keys, a catalog's
// `{ ...words, 4: `Chat with {store}`, 5: `Chat with us`, … }` is written
// `{ ...words, ...[, , , , `Chat with {store}`, `Chat with us`, …] }`: the same texts under the
// same numbers, with no key written for each. The numbers before a catalog's first text and those
// of keys it does not hold (the later words', a list's empty number) are holes, which a spread
// skips: the launcher's words spread first keep theirs, and `key in words` (ui/later-words.ts) is
// false for them. What is not a numbered text (Thai's `voiced`, Lao's `dates`, the named keys of
// a template's family) stays as it is; an object of numbered texts only (the launcher's words) is
// written as the bare list.
import { parseAst } from 'vite'

/** An ESTree node, as far as this step reads one. */
interface Node {
  type: string
  start: number
  end: number
  [field: string]: unknown
}

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && typeof (value as Node).type === 'string'

/** Every object literal in `node`, outermost first. */
function* objectsIn(node: Node): Generator<Node> {
  if (node.type === 'ObjectExpression') yield node
  for (const value of Object.values(node)) {
    for (const child of Array.isArray(value) ? value : [value]) if (isNode(child)) yield* objectsIn(child)
  }
}

/** The number of a member `4: text`, or null for any other member. */
function numberOf(member: Node): number | null {
  const key = member.key as Node | undefined
  if (member.type !== 'Property' || key?.type !== 'Literal' || typeof key.value !== 'number') return null
  if (member.computed || member.method || member.kind !== 'init') throw new Error(`a catalog's numbered entry is not a plain text: ${member.type}`)
  return key.value
}

/** `object` (in `code`) with its numbered texts as a list where the first of them was, or null if it has none. */
function asList(code: string, object: Node): string | null {
  const texts: string[] = []
  /** The object's other members, in order; null where the list goes. */
  const members: (string | null)[] = []
  for (const member of object.properties as Node[]) {
    const number = numberOf(member)
    if (number === null) {
      members.push(code.slice(member.start, member.end))
      continue
    }
    if (texts.length === 0) members.push(null)
    const text = member.value as Node
    texts[number] = code.slice(text.start, text.end)
  }
  if (texts.length === 0) return null
  // The last number always holds a text: the list needs no trailing comma to keep its length.
  const list = `[${Array.from(texts, (text) => text ?? '').join(',')}]`
  return members.length === 1 ? list : `{${members.map((member) => member ?? `...${list}`).join(',')}}`
}

/** `code` (a catalog's chunk, its keys numbered) with each object of numbered texts written as a list. */
export function catalogLists(code: string): string {
  const edits: { start: number; end: number; text: string }[] = []
  for (const object of objectsIn(parseAst(code) as unknown as Node)) {
    // A plural's `{ one, other }` inside a catalog goes with it, as it is.
    if (edits.some((edit) => edit.start <= object.start && object.end <= edit.end)) continue
    const text = asList(code, object)
    if (text !== null) edits.push({ start: object.start, end: object.end, text })
  }
  return edits.sort((a, b) => b.start - a.start).reduce((out, { start, end, text }) => out.slice(0, start) + text + out.slice(end), code)
}
