import { atom, onMount, type ReadableAtom } from 'nanostores'

/**
 * The current time as a store that ticks only while something listens (the wait notice, while
 * the shopper waits with the panel open). Tests pass their own atom instead (STYLE.md: inject
 * the clock).
 */
export function tickingNow(everyMs = 1_000, now: () => number = Date.now): ReadableAtom<number> {
  const $now = atom(now())
  onMount($now, () => {
    $now.set(now())
    const timer = setInterval(() => $now.set(now()), everyMs)
    return () => clearInterval(timer)
  })
  return $now
}
