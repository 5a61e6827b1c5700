import type { DeliveryState } from '@attune/core'
import type { TimelineItem } from '../agent.ts'
import type { InboxMessages } from '../i18n/en.ts'
import { toAttachmentView, type AttachmentView } from './attachment-view.ts'

/** What the view draws for one timeline item; the mapping is here so it can be tested. */
export type TimelineEntry =
  | {
      key: string
      kind: 'message'
      /** Which side and colour: the shopper's on the left, agents' on the right; a private note (issue 14) in the middle. */
      side: 'shopper' | 'agent' | 'system' | 'note'
      author: string
      text: string
      at: string
      time: string
      /** Shown only under agents' replies: the shopper never needs our outbox state. */
      delivery: { state: DeliveryState; label: string } | null
      attachments: AttachmentView[]
      /** Buttons an agent offered with the message; shown read-only in the inbox. */
      quickReplies: string[]
      /** "Flagged: abusive message" on a shopper's message that carried abuse (issue 16; care/marks.ts). */
      flag?: string
    }
  | { key: string; kind: 'resolved' | 'handoff'; at: string; time: string; label: string }

export function toTimelineEntries(
  items: readonly TimelineItem[],
  t: InboxMessages['conversation'],
  clock: (iso: string) => string,
  files: InboxMessages['files'],
): TimelineEntry[] {
  return items.map((item): TimelineEntry => {
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
    }
  })
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
