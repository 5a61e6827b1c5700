import type { ConversationSummary } from '@attune/protocol'
import type { InboxMessages } from '../i18n/en.ts'
import { previewText, visitorShortId } from './labels.ts'
import { elapsedSince, formatDuration } from './relative-time.ts'

/** What one row of the conversation list shows; computed here so the view stays thin. */
export interface ConversationRow {
  id: string
  label: string
  preview: string
  /** True while the shopper waits for an answer: the row is highlighted. */
  waiting: boolean
  /** "Waiting 4 min", or "Answered" when nobody waits. */
  waitingText: string
  current: boolean
}

/**
 * Longest-waiting first, then the rest by most recent activity. Core already sends this order;
 * sorting again keeps the promise even if a summary update arrives out of place.
 */
export function orderConversations(list: readonly ConversationSummary[]): ConversationSummary[] {
  return [...list].sort((a, b) => {
    if (a.waitingSince && b.waitingSince) return time(a.waitingSince) - time(b.waitingSince)
    if (a.waitingSince) return -1
    if (b.waitingSince) return 1
    return time(b.updatedAt) - time(a.updatedAt)
  })
}

function time(iso: string): number {
  const ms = Date.parse(iso)
  return Number.isNaN(ms) ? 0 : ms
}

/** A list label for a conversation, shared by the row and the conversation header. */
export function conversationLabel(summary: Pick<ConversationSummary, 'visitorId'>, t: InboxMessages): string {
  return t.list.visitor(visitorShortId(summary.visitorId))
}

export function toConversationRows(
  list: readonly ConversationSummary[],
  selectedId: string | null,
  now: number,
  t: InboxMessages,
): ConversationRow[] {
  return orderConversations(list).map((summary) => {
    const last = summary.lastMessage
    const preview = last
      ? `${last.role === 'agent' ? t.list.agentPrefix : ''}${previewText(last.text)}`
      : t.list.noMessages
    const waiting = summary.waitingSince !== null
    return {
      id: summary.id,
      label: conversationLabel(summary, t),
      preview,
      waiting,
      waitingText: summary.waitingSince
        ? t.list.waiting(formatDuration(elapsedSince(summary.waitingSince, now), t.time))
        : t.list.answered,
      current: summary.id === selectedId,
    }
  })
}
