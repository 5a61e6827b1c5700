import { MIN_RETRY_MS } from '@attune/protocol'
import { FRAMES_PER_SECOND } from './rate-limit.ts'

/**
 * Keeps one socket's messages in the order they were typed when one is refused "not now".
 *
 * A client sends its outbox without waiting for each ack. When the server refuses message 5 for
 * now (the frame rate, a busy process, the database away) and stores 6 and 7, message 5 would
 * come back later and be stored after them. So once a message is refused for now, later messages
 * to the same conversation are refused too, until the refused one comes again: the client resends
 * each after its hint (core's channel waits for the longest and resends them all at once, in
 * order, with what was typed meanwhile), and they are stored in the order typed. A hold that is never taken up (the
 * client gave the message up) lapses after `HOLD_MS`.
 */
export const HOLD_MS = 30_000
/** A later message waits a little longer than the held one, so the held one comes back first. */
const AFTER_HELD_MS = 250
/**
 * And each later one a frame's worth of the rate limit more than the one before it, so they come
 * back in the order typed and no faster than the limit lets them through. Told the same wait, a
 * shopper's twenty held messages came back in one burst, tripped the limit, and the hold began
 * again behind the first one refused: in the load bench's step of 5,000 messages/s offered
 * (embedded), 11,000-12,000 refusals for the frame rate and 250-600 messages still unanswered
 * 15 s after it; told apart, 0-2 and none, every message stored 7-10 s after the step.
 */
const BETWEEN_HELD_MS = 1000 / FRAMES_PER_SECOND

/** `retryAt`: when the held message comes back, the client's least wait counted in. */
type Hold = { clientId: string; retryAt: number; lapsesAt: number; behind: number }

export function createSendOrder(now: () => number = Date.now) {
  /** Per conversation (`''`: a shopper's message that lets the server pick it). */
  const holds = new Map<string, Hold>()
  const current = (conversation: string): Hold | undefined => {
    const hold = holds.get(conversation)
    if (hold && hold.lapsesAt <= now()) holds.delete(conversation)
    return holds.get(conversation)
  }

  return {
    /**
     * This message may not be stored yet: the ms the client should wait, or 0 when it may go.
     * The held message itself always may. Each one told to wait takes the next place behind it.
     */
    wait(conversation: string, clientId: string): number {
      const hold = current(conversation)
      if (!hold || hold.clientId === clientId) return 0
      return Math.max(0, hold.retryAt - now()) + AFTER_HELD_MS + BETWEEN_HELD_MS * hold.behind++
    },
    /** The message was refused for now, to come again in `retryAfterMs`: later ones wait for it. */
    refused(conversation: string, clientId: string, retryAfterMs: number): void {
      const hold = current(conversation)
      if (hold && hold.clientId !== clientId) return
      holds.set(conversation, { clientId, retryAt: now() + Math.max(MIN_RETRY_MS, retryAfterMs), lapsesAt: now() + HOLD_MS, behind: 0 })
    },
    /** The message was stored (or refused for good): the ones after it may go. */
    settled(conversation: string, clientId: string): void {
      if (holds.get(conversation)?.clientId === clientId) holds.delete(conversation)
    },
  }
}

export type SendOrder = ReturnType<typeof createSendOrder>
