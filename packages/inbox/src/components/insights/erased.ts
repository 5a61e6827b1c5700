import type { InsightsResponse } from '../../insights/api.ts'
import { atom } from 'nanostores'
import { forgetWithConversation } from '../../session/forget.ts'

/**
 * The conversations erased with their shopper (their right to erasure) since this chunk came: what
 * the page shows of them goes at once, and never shows from an answer already on its way (the
 * server has deleted them: a later answer has none). Kept by the chunk, not by a section: the
 * sections load again with each filter and each visit.
 */
export const $erased = atom<ReadonlySet<string>>(new Set())
forgetWithConversation((id) => $erased.set(new Set($erased.get()).add(id)))

/**
 * The answer without what names an erased conversation: its row (short id, moods), its place in the
 * at-risk list and in the complaint-risk list. The totals (figures, charts) are counts over all, no
 * one's words or id: they stay until the next load.
 */
export function withoutErased(data: InsightsResponse, erased: ReadonlySet<string>): InsightsResponse {
  const { summary, conversations, complaints } = data
  const named = [...conversations.map((c) => c.id), ...summary.veryUpsetAtEnd, ...complaints.conversationIds]
  // The same answer when it names none of them: its charts are not drawn again.
  if (!named.some((id) => erased.has(id))) return data
  const kept = (id: string) => !erased.has(id)
  const conversationIds = complaints.conversationIds.filter(kept)
  return {
    ...data,
    summary: { ...summary, veryUpsetAtEnd: summary.veryUpsetAtEnd.filter(kept) },
    conversations: conversations.filter((c) => kept(c.id)),
    // Every message counted was in one of these conversations; the answer has no count for each.
    complaints: { messages: conversationIds.length === 0 ? 0 : complaints.messages, conversations: conversationIds.length, conversationIds },
  }
}
