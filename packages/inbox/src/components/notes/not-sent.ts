import type { TimelineItem } from '../../agent.ts'
import type { NotesMessages } from '../../i18n/en-notes.ts'
import type { TimelineEntry } from '../../lib/timeline-view.ts'

type Words = NotesMessages['notSent']

/**
 * The timeline with why each failed reply was not sent (core's `refusal`) where it said "Not
 * sent" alone, beside "Send again". In the chunk after the first screen, like the words: until it
 * arrives, a failed reply says "Not sent" only.
 */
export function withWhyNotSent(entries: readonly TimelineEntry[], items: readonly TimelineItem[], words: Words): TimelineEntry[] {
  return entries.map((entry, i) => {
    const item = items[i]
    if (entry.kind !== 'message' || !entry.delivery || item?.kind !== 'message' || !item.refusal) return entry
    return { ...entry, delivery: { ...entry.delivery, label: whyNotSent(item.refusal, words) } }
  })
}

/** The codes with words of their own; a frame too large is a reply too long, like a bad frame. */
function whyNotSent(code: string, words: Words): string {
  const key = code === 'frame_too_large' ? 'bad_frame' : code
  return Object.hasOwn(words, key) ? words[key as keyof Words] : words.other
}
