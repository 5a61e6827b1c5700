import type { AlertFrame, ConversationEvent, ConversationSummary, Note, Notice, TeamFrame } from '@attune/protocol'
import type { AttuneError } from './errors.ts'

/** Events a client reports beside its stores. */
export interface ClientEvents {
  /** A new event was added to the conversation log (replays included, duplicates not). */
  event: (event: ConversationEvent) => void
  /** Something failed that no store shows: a refused send, a closed session. */
  error: (error: AttuneError) => void
  /** For this agent alone (agent client only): a care offer, a conversation handed to them. */
  notice: (notice: Notice) => void
  /** Agent clients of managers, admins and owners: a shopper threatened a public complaint. */
  alert: (alert: AlertFrame['alert']) => void
  /** Agent clients only: a teammate wrote a private note on one of the store's conversations. */
  note: (note: Note) => void
  /** Agent clients: someone on the store's team came online, went away or offline (issue 14). */
  team: (people: TeamFrame['people']) => void
  /**
   * Agent clients: a conversation went with its shopper's data (their right to erasure), told by
   * the update that dropped it (its id and the shopper's, nothing they said); the client keeps
   * nothing of it, and a view that has it open closes.
   */
  erased: (conversation: ConversationSummary) => void
}

export function createEmitter() {
  type Listener = (...args: any[]) => void
  const listeners = new Map<keyof ClientEvents, Set<Listener>>()
  return {
    on<E extends keyof ClientEvents>(event: E, listener: ClientEvents[E]): () => void {
      const set = listeners.get(event) ?? new Set()
      listeners.set(event, set.add(listener))
      return () => void set.delete(listener)
    },
    emit<E extends keyof ClientEvents>(event: E, ...args: Parameters<ClientEvents[E]>): void {
      for (const listener of listeners.get(event) ?? []) {
        try {
          listener(...args)
        } catch (error) {
          console.error('[Attune] a listener threw:', error)
        }
      }
    },
  }
}

export type Emitter = ReturnType<typeof createEmitter>
