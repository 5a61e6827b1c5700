import { can, maySee } from '@attune/protocol'
import type { SessionAgent } from '../auth/sessions.ts'
import type { ConversationRecord } from '../conversation-rows.ts'
import type { Conversations } from '../conversations.ts'

/**
 * The conversation when the member may open it: their store's, and theirs or unassigned for an
 * agent (issue 14). Null otherwise: a colleague's looks as missing as another store's.
 */
export async function visibleConversation(conversations: Conversations, agent: SessionAgent, id: string): Promise<ConversationRecord | null> {
  const conversation = await conversations.get(id)
  if (!conversation || conversation.siteId !== agent.siteId) return null
  return maySee(agent.role, agent.id, conversation.assigneeId) ? conversation : null
}

/**
 * `maySee` for a list read in SQL: whose conversations the member's list is narrowed to (theirs
 * and the unassigned), or null when they see them all.
 */
export function narrowedTo(agent: Pick<SessionAgent, 'role' | 'id'>): string | null {
  return can(agent.role, 'see_all_conversations') ? null : agent.id
}
