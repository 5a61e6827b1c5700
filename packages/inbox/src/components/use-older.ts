import { useStore } from '@nanostores/preact'
import { useState } from 'preact/hooks'
import type { InboxConversation } from '../agent.ts'

/**
 * "Load earlier messages": shown while the server has an earlier page. It reads "Loading…" from
 * the click until the page lands (the first item changes); a repeated click is harmless, core
 * keeps only events that fit before the window.
 */
export function useOlder(conversation: InboxConversation, firstKey: string | null) {
  const hasOlder = useStore(conversation.$hasOlder)
  const [askedAt, setAskedAt] = useState<string | null | undefined>(undefined)
  return {
    hasOlder,
    loading: hasOlder && askedAt !== undefined && askedAt === firstKey,
    load() {
      setAskedAt(firstKey)
      conversation.loadOlder()
    },
  }
}
