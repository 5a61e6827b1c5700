import { createOutbox } from './outbox.ts'
import type { StorageLike } from './platform.ts'

/**
 * What a shopper's device remembers per store: the visitor token (so a reload keeps the
 * conversation) and the outbox. The read mark is the server's (it comes in the welcome). Storage
 * failures never break the chat.
 */
export function createVisitorStorage(storage: StorageLike, siteKey: string) {
  const keys = {
    token: `attune:${siteKey}:token`,
    outbox: `attune:${siteKey}:outbox`,
    // Where earlier versions kept the read mark: still forgotten at logout.
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
    /** Forgets the shopper on this device (logout): token, unsent messages. */
    clear: () => safely(() => Object.values(keys).forEach((key) => storage.removeItem(key))),
  }
}
