import type { ConversationRecord } from './record.ts'

/**
 * "Recovered after follow-up" (issue 16): a chat that ended upset was followed up by an agent, and
 * the shopper's answer to "How do you feel about it now?" is good or very happy (≥ 4), or rose by
 * at least two faces from how the chat ended (a very upset 1 that became okay 3 counts: it is the
 * change, not the level, that the follow-up made). Null when the shopper was not followed up or
 * has not answered: those are left out of the rate, as an unanswered after card is left out of
 * the recovery within the chat — an answer rate is a figure of its own.
 */
export function recoveredAfterFollowUp(record: Pick<ConversationRecord, 'followedUp' | 'moodAfter' | 'moodFollowUp'>): boolean | null {
  if (!record.followedUp || record.moodFollowUp === null) return null
  if (record.moodFollowUp >= 4) return true
  return record.moodAfter !== null && record.moodFollowUp - record.moodAfter >= 2
}
