import type { ClientFrame } from '@attune/protocol'

/** Every frame of a connection, but an inbox's catching up: what a person typing and tapping sends. */
export const FRAME_BURST = 30
export const FRAMES_PER_SECOND = 10

/**
 * A token bucket: `burst` frames at once, refilled at `perSecond`. Typing indicators and quick
 * messages fit easily; a flooding client gets `rate_limited` errors instead of database work.
 */
export function createTokenBucket(burst = FRAME_BURST, perSecond = FRAMES_PER_SECOND, now: () => number = Date.now) {
  let tokens = burst
  let last = now()
  return {
    /** Spends one token; false when the bucket is empty. */
    take(): boolean {
      const t = now()
      tokens = Math.min(burst, tokens + ((t - last) / 1000) * perSecond)
      last = t
      if (tokens < 1) return false
      tokens -= 1
      return true
    },
  }
}

export type TokenBucket = ReturnType<typeof createTokenBucket>

/**
 * What an inbox sends when it comes back (a reconnect, a restart of ours): a `resume` for each
 * conversation it has open, the `read` ("delivered") mark each replay sets off, and `history`
 * as the agent scrolls. Its bucket is sized at the welcome to the conversations listed there
 * (issue 12: 125 conversations resumed at once were refused), so catching up is never a flood.
 */
const CATCH_UP: ReadonlySet<ClientFrame['type']> = new Set(['resume', 'read', 'history'])
/** Frames per listed conversation: its resume, its delivered mark, a page of history. */
const CATCH_UP_PER_CONVERSATION = 3
/** For conversations opened that the list does not hold (a resolved one, from search). */
const CATCH_UP_FLOOR = 100
const CATCH_UP_PER_SECOND = 50

/** An inbox's catch-up bucket, for the `listed` conversations its welcome carried. */
export function createCatchUpBucket(listed: number): TokenBucket {
  return createTokenBucket(CATCH_UP_FLOOR + CATCH_UP_PER_CONVERSATION * listed, CATCH_UP_PER_SECOND)
}

/** Whether a frame is part of catching up, for a connection that has a catch-up bucket. */
export const catchesUp = (type: ClientFrame['type']): boolean => CATCH_UP.has(type)
