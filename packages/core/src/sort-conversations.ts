import type { ConversationSummary } from '@attune/protocol'

/**
 * How urgently a conversation needs an agent, highest first (EMPATHY.md, "What the agent sees"):
 * a shopper who said "Not yet" or reads as frustrated comes before one who merely waits, and
 * anyone waiting comes before a conversation that has been answered.
 */
export function needOf(conversation: ConversationSummary): number {
  const empathy = conversation.empathy
  let need = 0
  if (empathy?.understood === false) need += 8
  if (empathy?.signal.level === 'frustrated') need += 4
  else if (empathy?.signal.level === 'concerned') need += 2
  if (empathy?.moodNow !== undefined && empathy?.moodNow !== null && empathy.moodNow <= 2) need += 2
  if (conversation.waitingSince) need += 1
  return need
}

/**
 * The agent's list, the most in need first; among equals, whoever has waited longest, then the
 * most recently active.
 */
export function sortByNeed(conversations: readonly ConversationSummary[]): ConversationSummary[] {
  return [...conversations].sort((a, b) => {
    const byNeed = needOf(b) - needOf(a)
    if (byNeed !== 0) return byNeed
    // Compared as instants: ISO strings with different offsets do not sort as text.
    if (a.waitingSince && b.waitingSince) return Date.parse(a.waitingSince) - Date.parse(b.waitingSince)
    if (a.waitingSince) return -1
    if (b.waitingSince) return 1
    return Date.parse(b.updatedAt) - Date.parse(a.updatedAt)
  })
}
