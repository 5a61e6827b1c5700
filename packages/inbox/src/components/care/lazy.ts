import type { Notice } from '@attune/protocol'
import { useEffect, useState } from 'preact/hooks'
import type { InboxAgent } from '../../agent.ts'
import { lazyPage } from '../lazy.ts'

/** Hands a conversation to the store's managers; true when the server recorded it. */
export type HandOff = (conversationId: string) => Promise<boolean>

/**
 * The conversation's extra buttons and agent care's cards (issue 16) in one chunk, fetched with
 * the first conversation opened or the first notice: "Hand to a manager", "Delete shopper's
 * data", the check-in offered to the agent, the hand-off alerts.
 */
export const useLazyCare = lazyPage(() => import('./care-ui.ts'))

/** Notices for this person, in arrival order; the cards decide what to show of them. */
export function useNotices(client: InboxAgent) {
  const [notices, setNotices] = useState<Notice[]>([])
  useEffect(() => client.on('notice', (notice) => setNotices((list) => [...list, notice])), [client])
  return [notices, setNotices] as const
}
