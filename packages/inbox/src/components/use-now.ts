import { useEffect, useState } from 'preact/hooks'

/**
 * The current time, re-rendering every `intervalMs` so "waiting 4 min" keeps counting. It reads
 * the clock on every render, so a row that arrives between ticks is not measured stale.
 */
export function useNow(intervalMs = 30_000): number {
  const [, setTick] = useState(0)
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), intervalMs)
    return () => clearInterval(timer)
  }, [intervalMs])
  return Date.now()
}
