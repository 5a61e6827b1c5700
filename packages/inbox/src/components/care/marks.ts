import type { ConversationSummary } from '@attune/protocol'
import type { TimelineItem } from '../../agent.ts'
import type { TimelineEntry } from '../../lib/timeline-view.ts'

/** What the list's summary adds to the log (issue 16): flagged messages and the hand-off to a manager. */
export type CareMarks = Pick<ConversationSummary, 'abusive' | 'handoff'>

interface Words {
  abusive: string
  handoffNote(name: string): string
}

/**
 * The timeline with agent care's marks: "Flagged: abusive message" on the shopper's messages the
 * server listed, and the hand-off note where it happened in the log.
 */
export function withCareMarks(
  entries: readonly TimelineEntry[],
  items: readonly TimelineItem[],
  marks: CareMarks,
  words: Words,
  clock: (iso: string) => string,
): TimelineEntry[] {
  const abusive = new Set(marks.abusive)
  const marked = entries.map((entry, i) => {
    const item = items[i]
    return entry.kind === 'message' && item?.kind === 'message' && item.role === 'visitor' && abusive.has(item.seq as number)
      ? { ...entry, flag: words.abusive }
      : entry
  })
  const { handoff } = marks
  if (!handoff) return marked
  // Logged items come first, by seq: the note goes after those logged before it.
  const before = items.filter((item) => (item.seq ?? Infinity) < handoff.seq).length
  marked.splice(before, 0, {
    key: `handoff#${handoff.seq}`,
    kind: 'handoff',
    at: handoff.at,
    time: clock(handoff.at),
    label: words.handoffNote(handoff.by),
  })
  return marked
}
