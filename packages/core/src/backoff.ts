/** Reconnect delays: capped exponential backoff with full jitter (AWS architecture blog, 2015). */
export interface BackoffOptions {
  /** First delay's ceiling, ms. */
  baseMs?: number
  /** No delay is ever longer than this, ms. */
  maxMs?: number
  random?: () => number
}

/**
 * The delay before reconnect attempt `attempt` (0 for the first): uniformly random between 0 and
 * min(maxMs, baseMs · 2^attempt), so thousands of widgets that lost the same server do not
 * come back in one wave.
 */
export function backoffDelay(attempt: number, options: BackoffOptions = {}): number {
  const { baseMs = 500, maxMs = 15_000, random = Math.random } = options
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(attempt, 30))
  return Math.floor(random() * ceiling)
}
