import { createOutbox } from './outbox.ts'
import type { StorageLike } from './platform.ts'

/**
 * What a shopper's device remembers per store: the visitor token (so a reload keeps the
 * conversation), the outbox, and the read mark. Storage failures never break the chat.
 */
export function createVisitorStorage(storage: StorageLike, siteKey: string) {
  const keys = {
    token: `attune:${siteKey}:token`,
    outbox: `attune:${siteKey}:outbox`,
    read: `attune:${siteKey}:read`,
  }
  const safely = (write: () => void) => {
    try {
      write()
    } catch {
      // Full or blocked storage: the chat goes on from memory.
    }
  }
  return {
    outbox: createOutbox(storage, keys.outbox),
    token: () => storage.getItem(keys.token),
    setToken: (token: string) => safely(() => storage.setItem(keys.token, token)),
    readMark(conversationId: string): number {
      try {
        const mark = JSON.parse(storage.getItem(keys.read) ?? 'null') as { id?: string; seq?: number } | null
        return mark?.id === conversationId && typeof mark.seq === 'number' ? mark.seq : 0
      } catch {
        return 0
      }
    },
    setReadMark: (conversationId: string, seq: number) => safely(() => storage.setItem(keys.read, JSON.stringify({ id: conversationId, seq }))),
    /** Forgets the shopper on this device (logout): token, unsent messages, read mark. */
    clear: () => safely(() => Object.values(keys).forEach((key) => storage.removeItem(key))),
  }
}
