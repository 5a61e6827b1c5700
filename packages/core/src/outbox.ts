import type { Attachment } from '@attune/protocol'
import type { StorageLike } from './platform.ts'

export interface StoredSend {
  clientId: string
  text: string
  at: string
  /** Files already uploaded; only their ids go on the wire. */
  attachments?: Attachment[]
  /** An agent's reply: the buttons it offers. */
  quickReplies?: string[]
  /** An agent's reply: its conversation (a shopper's message goes where the server says). */
  conversationId?: string
}

/**
 * Sends the server has not acked yet, kept in storage so that a reload or a closed tab loses
 * nothing: they are sent again (same clientId, so the server stores each once) on the next
 * connect.
 */
export interface Outbox {
  load(): StoredSend[]
  put(message: StoredSend): void
  remove(clientId: string): void
}

export function createOutbox(storage: StorageLike, key: string): Outbox {
  function load(): StoredSend[] {
    try {
      const parsed: unknown = JSON.parse(storage.getItem(key) ?? '[]')
      return Array.isArray(parsed) ? parsed.filter(isStoredSend) : []
    } catch {
      return []
    }
  }
  function save(items: StoredSend[]): void {
    try {
      if (items.length === 0) storage.removeItem(key)
      else storage.setItem(key, JSON.stringify(items))
    } catch {
      // A full or blocked storage must not stop the chat; the send stays in memory.
    }
  }
  return {
    load,
    put(message) {
      save([...load().filter((m) => m.clientId !== message.clientId), message])
    },
    remove: (clientId) => save(load().filter((m) => m.clientId !== clientId)),
  }
}

function isStoredSend(value: unknown): value is StoredSend {
  const v = value as Partial<StoredSend> | null
  return typeof v?.clientId === 'string' && typeof v.text === 'string' && typeof v.at === 'string'
}
