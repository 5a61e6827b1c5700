import type { CheckInAnswer, ConversationEvent, FollowUpReason } from '@attune/protocol'
import { latestNotYet } from './log.ts'
import type { CheckInRequest, ConversationFacts } from './types.ts'

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

/**
 * Whether to ask "How do you feel about it now?" when the shopper's widget connects after an
 * agent sent the follow-up: once per conversation, never to a shopper who declined check-ins.
 */
export function followUpCheckIn(facts: Pick<ConversationFacts, 'events' | 'optedOut'>): CheckInRequest<'follow_up'> | null {
  if (facts.optedOut) return null
  const asked = facts.events.some((e) => e.kind === 'checkin.asked' && e.phase === 'follow_up')
  return asked ? null : { phase: 'follow_up', trigger: 'follow_up' }
}
