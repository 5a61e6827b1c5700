/**
 * A token bucket: `burst` frames at once, refilled at `perSecond`. Typing indicators and quick
 * messages fit easily; a flooding client gets `rate_limited` errors instead of database work.
 */
export function createTokenBucket(burst = 30, perSecond = 10, now: () => number = Date.now) {
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
