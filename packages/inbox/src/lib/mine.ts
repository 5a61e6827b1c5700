import type { ConversationSummary } from '@attune/protocol'

/**
 * A conversation is the agent's when it is assigned to them. One that nobody holds yet is
 * everyone's (issue 14): until someone takes it, any agent may be the one to answer, so it alerts
 * everyone and its "next waiting" is anyone's. The one home of that rule for alerts and shortcuts.
 */
export function isMine(summary: Pick<ConversationSummary, 'assignee'>, myId: string): boolean {
  return summary.assignee ? summary.assignee.id === myId : true
}
