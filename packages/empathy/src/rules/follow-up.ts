import type { CheckInAnswer, ConversationEvent, FollowUpReason } from '@attune/protocol'
import { latestNotYet } from './log.ts'

/** The latest answer of the after-chat check-in, or null. */
function latestAfter(events: readonly ConversationEvent[]): CheckInAnswer | null {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!
    if (e.kind === 'checkin.answered' && e.answer.phase === 'after') return e.answer
  }
  return null
}

/**
 * Why a chat that ended belongs on the follow-up list, or null when it does not (issue 16;
 * EMPATHY.md "After the chat"): it ended upset (after mood ≤ 2), the shopper said their question
 * was not resolved, or their latest "Do you feel we understand what you need?" was "Not yet" and
 * never answered "Yes" after. The first that applies is the reason shown, in that order. Pass the
 * log of a resolved conversation; whether it ended is the caller's fact.
 */
export function followUpReason(events: readonly ConversationEvent[]): FollowUpReason | null {
  const after = latestAfter(events)
  if (after?.mood !== undefined && after.mood <= 2) return 'upset'
  if (after?.resolved === 'no') return 'unresolved'
  if (latestNotYet(events)) return 'not_understood'
  return null
}
