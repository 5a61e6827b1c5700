/**
 * The part of core's AgentClient the inbox uses. Components depend on this narrow shape, not on
 * the transport, so tests can hand them a fake built from real nanostores atoms (STYLE.md #4).
 * Core's `AgentClient` satisfies it structurally; main.tsx is the one place that creates one.
 */
import type { ConnectionStatus, TimelineItem } from '@attune/core'
import type { ReadableAtom } from 'nanostores'
import type {
  AgentWelcomeFrame,
  AlertFrame,
  Attachment,
  ConversationSummary,
  MemberPresence,
  MeResponse,
  Note,
  Notice,
  Preferences,
} from '@attune/protocol'

// Data shapes come from core as they are, so a new timeline kind there fails type-checking here.
export type { ConnectionStatus, TimelineItem } from '@attune/core'

/**
 * The signed-in person as `/api/agent/me` answers: who they are, the store this session works in
 * (`siteKey`, which uploads name) with their `role` there, every store they may switch to, and
 * their own preferences (none: the defaults, as a server older than them answers).
 */
export type AgentProfile = MeResponse['agent'] & { stores: MeResponse['stores']; preferences?: Preferences }

/** Who the socket's welcome says is connected; its `role` tells a reconnect after a role change. */
export type WelcomeAgent = AgentWelcomeFrame['agent']

/** A live alert for managers, admins and owners: a shopper threatened a public complaint. */
export type InboxAlert = AlertFrame['alert']

/** What goes with a reply besides its text. */
export interface ReplyOptions {
  /** Buttons the shopper can tap to answer (at most 5, 40 characters each). */
  quickReplies?: string[]
  /** Files uploaded before (session/uploads.ts). */
  attachments?: Attachment[]
}

export interface InboxConversation {
  readonly id: string
  readonly $timeline: ReadableAtom<TimelineItem[]>
  readonly $visitorTyping: ReadableAtom<boolean>
  /** True while an earlier page of the conversation can be loaded. */
  readonly $hasOlder: ReadableAtom<boolean>
  loadOlder(): void
  /** Queues a reply; throws AttuneError `invalid_input` with neither text nor files. */
  reply(text: string, options?: ReplyOptions): string
  /** Sends a reply the server refused for good again, by its timeline key ("Send again"). */
  retry(key: string): void
  resolve(): void
  /** Asks the shopper "Do you feel we understand what you need?" now; the server may refuse. */
  checkIn(): string
  setTyping(typing: boolean): void
  markRead(): void
}

export interface InboxAgent {
  readonly $status: ReadableAtom<ConnectionStatus>
  /** Set by each welcome (the first, and every reconnect's). */
  readonly $me: ReadableAtom<WelcomeAgent | null>
  /** The site's open conversations, the most in need first (core's sortByNeed), kept live. */
  readonly $conversations: ReadableAtom<ConversationSummary[]>
  connect(): void
  destroy(): void
  conversation(id: string): InboxConversation
  /** Failures no store shows; `unauthorized` means the session cookie expired. */
  on(event: 'error', listener: (error: { code: string }) => void): () => void
  /** For this person alone: a care offer after a hard conversation, a conversation handed to them. */
  on(event: 'notice', listener: (notice: Notice) => void): () => void
  /** Only the connections of managers, admins and owners hear these (the server decides). */
  on(event: 'alert', listener: (alert: InboxAlert) => void): () => void
  /** A private note written on one of the store's conversations (members' connections only). */
  on(event: 'note', listener: (note: Note) => void): () => void
  /** The team's presence whenever someone comes online, goes away or offline (issue 14). */
  on(event: 'team', listener: (people: MemberPresence[]) => void): () => void
  /**
   * A shopper was erased, told by the update that dropped their conversation (nothing they said):
   * nothing of it may stay on screen or in memory.
   */
  on(event: 'erased', listener: (conversation: ConversationSummary) => void): () => void
}
