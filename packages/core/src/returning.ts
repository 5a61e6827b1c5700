import type { StorageLike } from './platform.ts'

/**
 * Whether this device holds a visitor token for the store (the key createVisitorStorage writes):
 * the shopper has a conversation here, so the widget connects at load to hear the agent's replies.
 * A first-time visitor has none and costs the server nothing until they want to chat (decision
 * 010). `storage` is a function because merely reading `localStorage` throws in some sandboxes.
 */
export function hasStoredVisitor(storage: () => Pick<StorageLike, 'getItem'> | undefined, siteKey: string): boolean {
  try {
    return !!storage()?.getItem(`attune:${siteKey}:token`)
  } catch {
    return false
  }
}
