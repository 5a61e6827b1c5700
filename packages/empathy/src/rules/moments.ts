import type { EmpathySettings } from '../settings.ts'
import { isShopperMessage, lastIndexOf } from './log.ts'
import type { CheckInRequest, ConversationFacts } from './types.ts'

/**
 * Whether to ask the before check-in now: once per conversation, when the moment is on and the
 * shopper has not opted out, and only until they act — any answer or skip, or a first message
 * (typing counts as a skip), means the moment has passed.
 */
export function beforeCheckIn(facts: ConversationFacts, settings: EmpathySettings): CheckInRequest<'before'> | null {
  if (!settings.moments.before || facts.optedOut) return null
  const passed = facts.events.some(
    (e) =>
      (e.kind === 'checkin.asked' && e.phase === 'before') ||
      (e.kind === 'checkin.answered' && e.answer.phase === 'before') ||
      (e.kind === 'checkin.skipped' && e.phase === 'before') ||
      e.kind === 'conversation.resolved' ||
      isShopperMessage(e),
  )
  return passed ? null : { phase: 'before', trigger: 'open' }
}

/**
 * Whether to ask the after check-in at the end of a chat: once per end. Resolve and "End chat"
 * in the same end ask once; a chat reopened by a shopper's message and ended again asks again,
 * because the mood at the final end is the one the before → after change needs.
 * A chat where the shopper never wrote is not asked: there is nothing to feel better about.
 */
export function afterCheckIn(facts: ConversationFacts, settings: EmpathySettings, trigger: 'resolved' | 'end_chat'): CheckInRequest<'after'> | null {
  if (!settings.moments.after || facts.optedOut) return null
  // Log order, not clocks, says what came first: two events may share a millisecond.
  const lastShopper = lastIndexOf(facts.events, isShopperMessage)
  if (lastShopper === -1) return null
  const lastAfter = lastIndexOf(facts.events, (e) => e.kind === 'checkin.asked' && e.phase === 'after')
  return lastAfter > lastShopper ? null : { phase: 'after', trigger }
}
