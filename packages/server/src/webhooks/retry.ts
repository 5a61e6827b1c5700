/**
 * When a failed delivery is tried again: after 10 s, 1 min, 5 min, 30 min, 2 h, 6 h and 12 h, so
 * an endpoint that is down for most of a day still gets everything; after the 8th try it is given
 * up (the log shows it). Fixed steps, not jittered: a store has a handful of endpoints, not a
 * thundering herd, and a predictable schedule is easier to explain in the log.
 */
export const RETRY_DELAYS_MS: readonly number[] = [10_000, 60_000, 300_000, 1_800_000, 7_200_000, 21_600_000, 43_200_000]

/** How long to wait after failed try number `attempt` (1-based), or null when it was the last. */
export function retryDelay(attempt: number, delays: readonly number[] = RETRY_DELAYS_MS): number | null {
  return delays[attempt - 1] ?? null
}
