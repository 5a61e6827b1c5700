import { lazyPage } from '../lazy.ts'

/** Hands a conversation to the store's managers; true when the server recorded it. */
export type HandOff = (conversationId: string) => Promise<boolean>

/**
 * The conversation's extra buttons and agent care's cards (issue 16) in one chunk, fetched right
 * after the first screen: "Hand to a manager", "Delete shopper's data", and the corner that
 * listens for notices (the check-in offered to the agent, the hand-off alerts).
 */
export const useLazyCare = lazyPage(() => import('./care-ui.ts'))
