import type { ConversationSummary } from '@attune/protocol'

/**
 * The agent's list, the most in need first: whoever has waited longest for an answer, then
 * the most recently active. (The empathy issue adds mood and "Not yet" to this order.)
 */
export function sortByNeed(conversations: readonly ConversationSummary[]): ConversationSummary[] {
  return [...conversations].sort((a, b) => {
    if (a.waitingSince && b.waitingSince) return a.waitingSince.localeCompare(b.waitingSince)
    if (a.waitingSince) return -1
    if (b.waitingSince) return 1
    return b.updatedAt.localeCompare(a.updatedAt)
  })
}
