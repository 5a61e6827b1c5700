import { MAX_TAG_LENGTH, MAX_TAGS, type Note } from '@attune/protocol'
import type { TimelineEntry } from './timeline-view.ts'

/** Notes by time, each once: a note that comes back from the socket and from the POST is one. */
export function mergeNotes(list: readonly Note[], more: readonly Note[]): Note[] {
  const byId = new Map(list.map((n) => [n.id, n]))
  for (const note of more) byId.set(note.id, note)
  return [...byId.values()].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id))
}

/** The notes as timeline entries: "Private note · Dao", their text and time. */
export function noteEntries(notes: readonly Note[], noteBy: (name: string) => string, clock: (iso: string) => string): TimelineEntry[] {
  return notes.map((note) => ({
    key: `note#${note.id}`,
    kind: 'message',
    side: 'note',
    author: noteBy(note.author.name),
    text: note.text,
    at: note.at,
    time: clock(note.at),
    delivery: null,
    attachments: [],
    quickReplies: [],
  }))
}

/**
 * The conversation's entries with its notes among them by time: each note goes before the first
 * entry written after it, so it sits where the agent wrote it (ISO times of one server compare as text).
 */
export function withNotes(entries: readonly TimelineEntry[], notes: readonly TimelineEntry[]): TimelineEntry[] {
  if (notes.length === 0) return [...entries]
  const merged: TimelineEntry[] = []
  let n = 0
  for (const entry of entries) {
    while (n < notes.length && notes[n]!.at <= entry.at) merged.push(notes[n++]!)
    merged.push(entry)
  }
  return merged.concat(notes.slice(n))
}

/** Why a tag cannot be added, as a closed set the catalog words. */
export type TagProblem = 'empty' | 'too_long' | 'too_many'

/** The conversation's tags with `typed` added (nothing changes for one already there, whatever its case). */
export function addTag(tags: readonly string[], typed: string): { tags: string[] } | { problem: TagProblem } {
  const tag = typed.trim().replace(/\s+/g, ' ')
  if (tag === '') return { problem: 'empty' }
  if (tag.length > MAX_TAG_LENGTH) return { problem: 'too_long' }
  if (tags.some((t) => t.toLowerCase() === tag.toLowerCase())) return { tags: [...tags] }
  if (tags.length >= MAX_TAGS) return { problem: 'too_many' }
  return { tags: [...tags, tag] }
}

/** Every tag of these lists once, by name (the first spelling met wins). */
export function tagChoices(lists: readonly (readonly string[] | undefined)[]): string[] {
  const byKey = new Map<string, string>()
  for (const tag of lists.flatMap((tags) => tags ?? [])) if (!byKey.has(tag.toLowerCase())) byKey.set(tag.toLowerCase(), tag)
  return [...byKey.values()].sort((a, b) => a.localeCompare(b))
}
