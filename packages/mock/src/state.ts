import type { Author, ConversationEvent } from '@attune/protocol'

/** An event as a caller gives it: the mock adds seq, at and author. */
export type MockEntry = DistributiveOmit<ConversationEvent, 'seq' | 'at' | 'author'>
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never

export interface MockConversation {
  id: string
  visitorId: string
  status: 'open' | 'resolved'
  events: ConversationEvent[]
  /** How far the shopper has read it (their `read` marks), which each welcome tells them. */
  readSeq: number
}

/**
 * The in-memory store behind the mock server: the same promises as the real one (gapless seq
 * per conversation, a clientId stored once), none of the persistence.
 */
export function createMockState() {
  const conversations = new Map<string, MockConversation>()
  const visitorsByToken = new Map<string, string>()
  const accounts = new Map<string, string>()
  let counter = 0
  const nextId = (prefix: string) => `${prefix}-${++counter}`

  function latestOf(visitorId: string): MockConversation | undefined {
    return [...conversations.values()].filter((c) => c.visitorId === visitorId).at(-1)
  }

  return {
    conversations,
    /** The visitor behind a token, or a new visitor with a new token. */
    visitorFor(token: string | undefined): { visitorId: string; token: string } {
      const known = token ? (visitorsByToken.get(token) ?? /^mock-token-(.+)$/.exec(token)?.[1]) : undefined
      if (known && token) return { visitorId: known, token }
      const visitorId = nextId('visitor')
      const fresh = `mock-token-${visitorId}`
      visitorsByToken.set(fresh, visitorId)
      return { visitorId, token: fresh }
    },
    latestOf,
    /**
     * The conversation a transcript is of (the server's http/mail-api.ts): the one named, or the
     * visitor's newest with a line (a message or its end). Undefined when it is not theirs.
     */
    transcriptOf(visitorId: string, conversationId: string | undefined): MockConversation | undefined {
      const theirs = [...conversations.values()].filter((c) => c.visitorId === visitorId)
      if (conversationId !== undefined) return theirs.find((c) => c.id === conversationId)
      return theirs.filter((c) => c.events.some((e) => e.kind === 'message' || e.kind === 'conversation.resolved')).at(-1)
    },
    /** The visitor's open conversation, opened now if there is none. */
    openFor(visitorId: string): MockConversation {
      const latest = latestOf(visitorId)
      if (latest?.status === 'open') return latest
      const conversation: MockConversation = { id: nextId('conversation'), visitorId, status: 'open', events: [], readSeq: 0 }
      conversations.set(conversation.id, conversation)
      return conversation
    },
    /** Appends once per clientId; a repeat returns the stored event. */
    append(conversation: MockConversation, author: Author, entry: MockEntry): { event: ConversationEvent; duplicate: boolean } {
      const clientId = (entry as { clientId?: string }).clientId
      if (clientId !== undefined) {
        const stored = conversation.events.find((e) => (e as { clientId?: string }).clientId === clientId)
        if (stored) return { event: stored, duplicate: true }
      }
      const event = { ...entry, seq: conversation.events.length + 1, at: new Date().toISOString(), author } as ConversationEvent
      conversation.events.push(event)
      if (entry.kind === 'conversation.resolved') conversation.status = 'resolved'
      return { event, duplicate: false }
    },
    nextId,
    /** Merges an anonymous visitor into the account `externalId` (created on first use). */
    identify(visitorId: string, externalId: string): string {
      const account = accounts.get(externalId)
      if (!account) {
        accounts.set(externalId, visitorId)
        return visitorId
      }
      for (const conversation of conversations.values()) if (conversation.visitorId === visitorId) conversation.visitorId = account
      return account
    },
  }
}

export type MockState = ReturnType<typeof createMockState>
