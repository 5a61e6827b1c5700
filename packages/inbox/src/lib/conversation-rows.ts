import { sortByNeed } from '@attune/core'
import { handoffStands, type ConversationSummary, type EmpathySnapshot, type Mood } from '@attune/protocol'
import type { InboxMessages } from '../i18n/en.ts'
import { previewText, visitorShortId } from './labels.ts'
import { isMood, moodLabel } from './mood.ts'
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
  /** The face to draw beside `feeling`, or null when the shopper gave no mood. */
  mood: Mood | null
  /** The mood in words ("upset"), else the signal level ("Signal: Frustrated"). */
  feeling: string
  signal: EmpathySnapshot['signal']['level']
  /** The shopper answered "Not yet": a badge, and the row rises. */
  notYet: boolean
  /** An agent handed it to a manager (issue 16): a badge. */
  handedOff: boolean
  /** The store's tags on it (issue 14). */
  tags: readonly string[]
}

/**
 * Core's need order (EMPATHY.md: "Not yet" and frustration before long waits, waits before
 * calm). Core already sends this order; sorting again keeps it if an update lands out of place.
 */
export function orderConversations(list: readonly ConversationSummary[]): ConversationSummary[] {
  return sortByNeed(list)
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
    const preview = last ? previewOf(last, t) : t.list.noMessages
    const waiting = summary.waitingSince !== null
    const mood = isMood(summary.empathy?.moodNow) ? summary.empathy.moodNow : null
    const signal = summary.empathy?.signal.level ?? 'calm'
    return {
      id: summary.id,
      label: conversationLabel(summary, t),
      preview,
      waiting,
      waitingText: summary.waitingSince ? t.list.waiting(formatDuration(elapsedSince(summary.waitingSince, now), t.time)) : t.list.answered,
      current: summary.id === selectedId,
      mood,
      feeling: mood !== null ? moodLabel(mood, t.mood) : t.list.signal(t.signal[signal]),
      signal,
      notYet: summary.empathy?.understood === false,
      handedOff: handoffStands(summary.handoff),
      tags: summary.tags ?? [],
    }
  })
}

/** The list's line for the newest message: its text or its file, after "Agent: " for a reply. */
function previewOf(last: NonNullable<ConversationSummary['lastMessage']>, t: InboxMessages): string {
  const said = last.text.trim() === '' && last.file ? t.list.file(previewText(last.file)) : previewText(last.text)
  // Through the catalog, which isolates the reply: after "Agent: " an Arabic one would take the
  // line's direction from the prefix, and an English one after «الموظف: » lose its last "!".
  return last.role === 'agent' ? t.list.agentSaid(said) : said
}
