/**
 * How long a restart's re-run waits: until no connection has arrived for a second (a rush of
 * reconnections leaves no such gap), or 30 s if connections keep coming. A check-in whose moment
 * passed meanwhile comes that late.
 */
const QUIET_MS = 1000
const AT_MOST_MS = 30_000

/**
 * When connections stop arriving. After a restart every shopper who waits reconnects at once, and
 * work that can wait — re-running the rules of the waiting conversations to set their timers
 * again — waits for that rush to pass, so the shoppers coming back are served first (issue 12).
 */
export function watchArrivals(now: () => number = () => performance.now()) {
  let last = now()
  let stopped = false
  const pending = new Set<(settled: boolean) => void>()
  return {
    /** A connection arrived. */
    arrived(): void {
      last = now()
    },
    /**
     * True once none has arrived for `quietMs`, or `atMostMs` from now if they keep coming; false
     * when the watch stops first (the gateway closes: the work is not wanted any more).
     */
    quiet(quietMs = QUIET_MS, atMostMs = AT_MOST_MS): Promise<boolean> {
      const until = now() + atMostMs
      return new Promise((resolve) => {
        const done = (settled: boolean) => {
          pending.delete(done)
          resolve(settled)
        }
        if (stopped) return done(false)
        pending.add(done)
        const check = () => {
          if (!pending.has(done)) return
          const at = now()
          if (at - last >= quietMs || at >= until) return done(true)
          setTimeout(check, Math.min(last + quietMs, until) - at).unref()
        }
        check()
      })
    },
    /** Ends every wait with false (the gateway closes). */
    stop(): void {
      stopped = true
      for (const done of pending) done(false)
    },
  }
}
