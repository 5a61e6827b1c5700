import type { VisitorWelcomeFrame } from '@attune/protocol'
import { takeToldUs } from '../empathy/feedback.ts'
import { askFollowUpOnConnect } from '../empathy/follow-ups.ts'
import type { GatewayDeps } from './context.ts'

/**
 * The welcome a shopper gets on hello and after identifying: their token and the conversation to
 * resume. After the chat (issue 16), it is also where the store comes back to them once: a chat
 * an agent followed up is the one resumed, with "How do you feel about it now?" asked in it, and
 * an identified shopper whose comment was acted on is told so.
 */
export async function visitorWelcome(deps: GatewayDeps, visitorId: string, token: string): Promise<VisitorWelcomeFrame> {
  const followedUp = await askFollowUpOnConnect(deps.db, deps.empathy, visitorId)
  const conversation = followedUp ? await deps.conversations.get(followedUp) : await deps.conversations.latestForVisitor(visitorId)
  const toldUs = await takeToldUs(deps.db, deps.log, visitorId)
  return {
    type: 'welcome',
    role: 'visitor',
    token,
    visitorId,
    conversation: conversation ? { id: conversation.id, lastSeq: conversation.lastSeq, status: conversation.status } : null,
    ...(toldUs ? { toldUs } : {}),
  }
}
