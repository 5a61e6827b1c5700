import type { ClientFrameInput } from '@attune/protocol'
import type { Clock } from './platform.ts'

/**
 * Keeps a client under the server's per-connection rate limit (30 frames burst, 10 a second):
 * a token bucket a little stricter than the server's, with a queue behind it. Without it an
 * outbox flushed after a long outage, or an agent opening thirty conversations at once, would be
 * partly refused. Receipts and typing notices that are superseded while queued are coalesced.
 */
export function createPacer(clock: Clock, write: (frame: ClientFrameInput) => void, burst = 20, perSecond = 8) {
  let tokens = burst
  let last = clock.now()
  let queue: { key: string | null; frame: ClientFrameInput }[] = []
  let timer: unknown = null

  /** Writes what the tokens earned since the last call allow; a timer waits for the next token. */
  function drain(): void {
    const now = clock.now()
    tokens = Math.min(burst, tokens + ((now - last) * perSecond) / 1000)
    last = now
    while (queue.length > 0 && tokens >= 1) {
      tokens -= 1
      write(queue.shift()!.frame)
    }
    if (timer === null && queue.length > 0) {
      timer = clock.setTimeout(
        () => {
          timer = null
          drain()
        },
        Math.ceil(((1 - tokens) * 1000) / perSecond),
      )
    }
  }

  return {
    push(frame: ClientFrameInput): void {
      const key = coalescingKey(frame)
      const earlier = key === null ? -1 : queue.findIndex((q) => q.key === key)
      if (earlier >= 0) queue[earlier] = { key, frame }
      else queue.push({ key, frame })
      drain()
    },
    /** Forgets queued frames (the socket they were for is gone; callers re-derive them). */
    clear(): void {
      queue = []
      clock.clearTimeout(timer)
      timer = null
    },
  }
}

/** Frames where only the newest matters while they wait. */
function coalescingKey(frame: ClientFrameInput): string | null {
  if (frame.type === 'read') return `read:${frame.conversationId}:${frame.mark ?? 'read'}`
  if (frame.type === 'typing') return `typing:${frame.conversationId}`
  return null
}
