/**
 * The part of core's AgentClient the inbox uses. Components depend on this narrow shape, not on
 * the transport, so tests can hand them a fake built from real nanostores atoms (STYLE.md #4).
 * Core's `AgentClient` satisfies it structurally; main.tsx is the one place that creates one.
 */
import type { AgentProfile, ConnectionStatus, TimelineItem } from '@attune/core'
import type { ReadableAtom } from 'nanostores'
import type { ConversationSummary } from '@attune/protocol'

// Data shapes come from core as they are, so a new timeline kind there fails type-checking here.
export type { AgentProfile, ConnectionStatus, TimelineItem } from '@attune/core'

export interface InboxConversation {
  readonly $timeline: ReadableAtom<TimelineItem[]>
  readonly $visitorTyping: ReadableAtom<boolean>
  /** Queues a reply; throws AttuneError `invalid_input` on empty text. */
  reply(text: string): string
  resolve(): void
  /** Asks the shopper "Do you feel we understand what you need?" now; the server may refuse. */
  checkIn(): string
  setTyping(typing: boolean): void
  markRead(): void
}

export interface InboxAgent {
  readonly $status: ReadableAtom<ConnectionStatus>
  readonly $me: ReadableAtom<AgentProfile | null>
  /** The site's open conversations, the most in need first (core's sortByNeed), kept live. */
  readonly $conversations: ReadableAtom<ConversationSummary[]>
  connect(): void
  destroy(): void
  conversation(id: string): InboxConversation
  /** Failures no store shows; `unauthorized` means the session cookie expired. */
  on(event: 'error', listener: (error: { code: string }) => void): () => void
}
