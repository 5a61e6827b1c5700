import type { ConversationEvent } from '@attune/protocol'

export interface AwaitingReply {
  /** When the shopper's unanswered message was stored (ISO 8601). */
  since: string
}

/**
 * Whether the shopper is waiting for a person: their newest message has no agent message after
 * it. Widgets use it for an honest "someone is coming" notice instead of a fake bot reply.
 */
export function awaitingReply(events: readonly ConversationEvent[]): AwaitingReply | null {
  let since: string | null = null
  for (const event of events) {
    if (event.kind === 'conversation.resolved') since = null
    if (event.kind !== 'message') continue
    if (event.author.role === 'agent') since = null
    else if (event.author.role === 'visitor' && since === null) since = event.at
  }
  return since ? { since } : null
}
