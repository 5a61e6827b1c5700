import type { ErrorCode, ServerFrame } from '@attune/protocol'
import type { ActiveConversations } from '../active-conversations.ts'
import type { SessionAgent } from '../auth/sessions.ts'
import type { Bus } from '../bus.ts'
import type { ConversationRecord } from '../conversation-rows.ts'
import type { Conversations } from '../conversations.ts'
import type { Database } from '../db/database.ts'
import type { ConversationLog } from '../log.ts'
import type { AgentCare } from '../empathy/agent-care.ts'
import type { CheckInEngine } from '../empathy/engine.ts'
import type { ComplaintWatch } from '../empathy/complaints.ts'
import type { Directory, Site } from '../sites.ts'
import type { Uploads } from '../uploads.ts'
import type { Metrics } from '../metrics.ts'
import type { ReplyMail } from '../mail/replies.ts'
import type { Assignment } from '../team/assignment.ts'
import type { Presence } from './presence.ts'
import type { Subscription } from './subscription.ts'
import type { InboxRecheck } from './inbox-recheck.ts'

/** What every connection shares: storage, fan-out, the signing secret. */
export type GatewayDeps = {
  db: Database
  log: ConversationLog
  conversations: Conversations
  /**
   * Active conversations kept in memory: an access check reads a kept record, not the database,
   * and a shopper's subscription the events before its first (checkin-news.ts).
   */
  active: Pick<ActiveConversations, 'peek' | 'get'>
  directory: Directory
  bus: Bus
  secret: string
  /** Decides when to ask check-ins and keeps the agent's card current. */
  empathy: CheckInEngine
  /** Records public-complaint threats and alerts the store's managers. */
  complaints: ComplaintWatch
  uploads: Uploads
  presence: Presence
  /** Who answers which conversation (issue 14): a shopper's message may assign it. */
  assignment: Pick<Assignment, 'afterShopperMessage'>
  /** Flags abuse and offers the agents a check-in after a hard conversation (issue 16). */
  care: AgentCare
  metrics: Metrics
  /** Emails agent replies the shopper has not read after a while, when they left an address (issue 15). */
  replyMail: Pick<ReplyMail, 'agentReplied'>
  /**
   * Checks the process's open inboxes against the database when the bus may have lost a
   * revocation (inbox-recheck.ts). Without it (a gateway built in a unit test) an inbox is checked
   * at its upgrade only.
   */
  inboxRecheck?: InboxRecheck
}

/** Who is on the other end, as known after the upgrade (visitor id only after hello). */
export type Principal = { role: 'visitor'; site: Site } | { role: 'agent'; agent: SessionAgent }

/** A failure answered with an error frame; the connection stays open. */
export class FrameError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** With `rate_limited`: when the client may send the same frame again. */
    readonly retryAfterMs?: number,
  ) {
    super(message)
  }
}

/** One connection's state, as the frame handlers see it. */
export type Session = {
  deps: GatewayDeps
  principal: Principal
  /** Set by the visitor's hello. */
  visitorId: string | null
  siteId: string
  role: 'visitor' | 'agent'
  /** Name shown with this side's messages (the agent's name; visitors have none yet). */
  authorName: string | undefined
  subscriptions: Map<string, { sub: Subscription; unsubscribe: () => void }>
  send(frame: ServerFrame): void
  /** The conversation when this connection may see it; FrameError not_found otherwise. */
  access(conversationId: string): Promise<ConversationRecord>
  /** `access`'s rule for a conversation read already (null: missing). */
  mine(conversation: ConversationRecord | null | undefined): ConversationRecord
  /**
   * The shopper's open conversation, opened now when there is none — within the limits on new
   * conversations per address and per store (FrameError `rate_limited` with a retry hint).
   */
  openConversation(): Promise<ConversationRecord>
  /**
   * Subscribes to live events after `afterSeq` (replacing an earlier subscription). Nothing is
   * sent until the caller replays the subscription (after checking access, if it has not yet).
   */
  follow(conversationId: string, afterSeq: number): Subscription
  unfollow(conversationId: string): void
  /** This side typing in the conversation, or no longer: told to the rules and the other side. */
  typing(conversationId: string, typing: boolean): void
  /** Out of this connection's part in the conversation: follows it no more, types in it no more. */
  leave(conversationId: string): void
  /** The socket closed and its frames are handled: leaves every conversation. */
  close(): void
}
