/**
 * What one address or one store may hold open and start, so a flood from one place neither
 * exhausts the server nor buries real shoppers in the agents' list (issue 11, finding 5).
 * Counted per process, like presence.
 */
export type GatewayLimits = {
  /** Open sockets from one client address, shoppers and agents together. */
  connectionsPerIp: number
  /** Open shopper sockets of one store. */
  connectionsPerStore: number
  /** New conversations one address may open: a burst, then `perMinute`. */
  conversationsPerIp: { burst: number; perMinute: number }
  /** New conversations of one store, from every address together. */
  conversationsPerStore: { burst: number; perMinute: number }
  /** A socket that has not said `hello` by then is closed with 4408. */
  helloTimeoutMs: number
  /** How often the server pings (WebSocket ping); a peer that missed the last pong is cut. */
  heartbeatMs: number
  /** Writes (sends, answers) being handled at once, past which new ones get `unavailable` (see load.ts). */
  writesInFlight: number
  /**
   * More may wait while the process answers them fast: as many as it answers in this many
   * milliseconds at its best rate of the last two seconds (see load.ts; 0: the count alone).
   */
  writesQueueMs: number
  /**
   * Statements sent to the database and not answered yet, past which new writes get `unavailable`:
   * the work after a message (check-in rules, the inbox's summary, assignment) queues there, not in
   * the writes (see load.ts).
   */
  statementsInFlight: number
}

/**
 * Sized for a shared address (an office, a carrier's NAT) with many real shoppers, and far below
 * what the audit's flood did (500 sockets and 500 conversations from one address in 5.5 s).
 */
export const DEFAULT_LIMITS: GatewayLimits = {
  connectionsPerIp: 100,
  connectionsPerStore: 10_000,
  conversationsPerIp: { burst: 20, perMinute: 10 },
  conversationsPerStore: { burst: 200, perMinute: 120 },
  helloTimeoutMs: 10_000,
  heartbeatMs: 30_000,
  writesInFlight: 500,
  // Half the least a refused client waits (MIN_RETRY_MS, 2 s) before it sends again.
  writesQueueMs: 1000,
  // About a second of the embedded database's work. Lower refused too often: a reconnecting crowd
  // resends its outboxes at once, and a copy of a message already stored, refused on arrival,
  // holds its connection's later messages (send-order.ts) until the hold lapses.
  statementsInFlight: 1000,
}

/** Counts open sockets per key; `open` says false (and counts nothing) at the limit. */
export function createCounter(limit: number) {
  const counts = new Map<string, number>()
  return {
    open(key: string): boolean {
      const n = counts.get(key) ?? 0
      if (n >= limit) return false
      counts.set(key, n + 1)
      return true
    },
    close(key: string): void {
      const n = (counts.get(key) ?? 1) - 1
      if (n <= 0) counts.delete(key)
      else counts.set(key, n)
    },
  }
}

/**
 * Token buckets per key (`burst` at once, refilled at `perMinute`). `take` answers 0 when
 * allowed, else the milliseconds until a token is back (the client's retry hint).
 */
export function createBuckets({ burst, perMinute }: { burst: number; perMinute: number }, now: () => number = Date.now) {
  const buckets = new Map<string, { tokens: number; at: number }>()
  const perMs = perMinute / 60_000
  const refill = (b: { tokens: number; at: number }, t: number) => Math.min(burst, b.tokens + (t - b.at) * perMs)
  return {
    take(key: string): number {
      const t = now()
      const bucket = buckets.get(key)
      const tokens = bucket ? refill(bucket, t) : burst
      if (tokens < 1) return Math.ceil((1 - tokens) / perMs)
      buckets.set(key, { tokens: tokens - 1, at: t })
      // Full buckets carry no state: drop them now and then so the map stays small.
      if (buckets.size > 10_000) for (const [k, b] of buckets) if (refill(b, t) >= burst) buckets.delete(k)
      return 0
    },
  }
}
