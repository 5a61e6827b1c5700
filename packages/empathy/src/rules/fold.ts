import type { ConversationEvent } from '@attune/protocol'
import { isAgentMessage, isShopperMessage, nextOpenAsks, NO_ASKS, timeOf, type OpenAsks } from './log.ts'

/**
 * What the during rules read of a log, folded one event at a time (issue 12): a server that keeps
 * a conversation moves it on with each stored event (`ConversationFacts.log`), instead of the
 * rules walking the log back on every message — for a shopper nobody answers, the whole window.
 */
export type LogFold = {
  /** The check-ins still open, oldest first; the newest is the pending one (`pendingCheckIn`). */
  readonly asks: OpenAsks
  /** Resolved, and the shopper has not written since (`isResolved`). */
  readonly resolved: boolean
  /** When the newest during check-in was asked, ms since the epoch; null before the first. */
  readonly duringAskedAt: number | null
  /** Shopper messages since the newest during check-in (since the start before the first). */
  readonly shopperSinceAsk: number
  /** When the shopper's first message no agent has answered was sent, ms; null when the agent wrote last. */
  readonly waitingFrom: number | null
  /** Whether that wait began after the newest during check-in: a wait raises one check-in at most. */
  readonly waitIsNew: boolean
}

export const EMPTY_FOLD: LogFold = { asks: NO_ASKS, resolved: false, duringAskedAt: null, shopperSinceAsk: 0, waitingFrom: null, waitIsNew: false }

/** The fold after one more event. */
export function nextFold(fold: LogFold, event: ConversationEvent): LogFold {
  const next = { ...fold, asks: nextOpenAsks(fold.asks, event) }
  if (event.kind === 'conversation.resolved') next.resolved = true
  else if (event.kind === 'checkin.asked' && event.phase === 'during') {
    next.duringAskedAt = timeOf(event)
    next.shopperSinceAsk = 0
    next.waitIsNew = false
  } else if (isAgentMessage(event)) {
    next.waitingFrom = null
    next.waitIsNew = false
  } else if (isShopperMessage(event)) {
    next.resolved = false
    next.shopperSinceAsk += 1
    // Follow-ups while waiting do not restart the clock.
    if (next.waitingFrom === null) {
      next.waitingFrom = timeOf(event)
      next.waitIsNew = true
    }
  }
  return next
}

/** The fold of a whole log, oldest first. */
export const foldLog = (events: readonly ConversationEvent[]): LogFold => events.reduce(nextFold, EMPTY_FOLD)
