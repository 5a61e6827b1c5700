import type { DeliveryState } from '@attune/core'
import type { ConversationSummary } from '@attune/protocol'
import type { TimelineItem } from '../agent.ts'
import type { InboxMessages } from '../i18n/en.ts'
import { toAttachmentView, type AttachmentView } from './attachment-view.ts'

/** What the view draws for one timeline item; the mapping is here so it can be tested. */
export type TimelineEntry =
  | {
      key: string
      kind: 'message'
      /** Which side and colour: the shopper's on the left, agents' on the right. */
      side: 'shopper' | 'agent' | 'system'
      author: string
      text: string
      at: string
      time: string
      /** Shown only under agents' replies: the shopper never needs our outbox state. */
      delivery: { state: DeliveryState; label: string } | null
      attachments: AttachmentView[]
      /** Buttons an agent offered with the message; shown read-only in the inbox. */
      quickReplies: string[]
      /** "Flagged: abusive message" on a shopper's message that carried abuse (issue 16), else null. */
      flag: string | null
    }
  | { key: string; kind: 'resolved' | 'handoff'; at: string; time: string; label: string }

/** What the list's summary adds to the log: flagged messages and the hand-off to a manager. */
type CareMarks = Pick<ConversationSummary, 'abusive' | 'handoff'>

export function toTimelineEntries(
  items: readonly TimelineItem[],
  t: InboxMessages['conversation'],
  clock: (iso: string) => string,
  files: InboxMessages['files'],
  marks: CareMarks = {},
): TimelineEntry[] {
  const abusive = new Set(marks.abusive)
  const entries = items.map((item): TimelineEntry => {
    if (item.kind === 'resolved') {
      return { key: item.key, kind: 'resolved', at: item.at, time: clock(item.at), label: t.resolvedNote }
    }
    const side = item.role === 'visitor' ? 'shopper' : item.role
    const author = item.role === 'visitor' ? t.shopper : item.role === 'system' ? t.system : (item.authorName ?? t.you)
    return {
      key: item.key,
      kind: 'message',
      side,
      author,
      text: item.text,
      at: item.at,
      time: clock(item.at),
      delivery: item.role === 'agent' ? { state: item.state, label: t.state[item.state] } : null,
      attachments: (item.attachments ?? []).map((a) => toAttachmentView(a, files)),
      quickReplies: item.role === 'agent' ? (item.quickReplies ?? []) : [],
      flag: item.role === 'visitor' && abusive.has(item.seq as number) ? t.abusive : null,
    }
  })
  const { handoff } = marks
  if (!handoff) return entries
  // In log order: logged items come first, by seq, so the note goes after those logged before it.
  const before = items.filter((item) => (item.seq ?? Infinity) < handoff.seq).length
  entries.splice(before, 0, {
    key: `handoff#${handoff.seq}`,
    kind: 'handoff',
    at: handoff.at,
    time: clock(handoff.at),
    label: t.handoffNote(handoff.by),
  })
  return entries
}

/**
 * A conversation is resolved when its newest logged item is the resolution: a shopper's later
 * message reopens it. Items still in the outbox (no seq) do not count as logged.
 */
export function isResolved(items: readonly TimelineItem[]): boolean {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]
    if (!item) continue
    if (item.kind === 'resolved') return true
    if (item.seq !== undefined) return false
  }
  return false
}
