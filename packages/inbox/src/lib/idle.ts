import { IDLE_AFTER_MS, isIdle } from '@attune/protocol'

/** The timer seam, so tests move time by hand (STYLE.md #3). */
export interface IdleTimers {
  now(): number
  setTimeout(fn: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

/**
 * Watches for input and says when the inbox turned idle (IDLE_AFTER_MS without pointer or
 * keyboard) and when it is in use again, once per change. `input()` is called on every input;
 * nothing is sent per keystroke.
 */
export function createIdleWatch(timers: IdleTimers, onChange: (idle: boolean) => void) {
  let lastInput = timers.now()
  let idle = false
  let timer: unknown = null
  const arm = (ms: number) => {
    if (timer !== null) timers.clearTimeout(timer)
    timer = timers.setTimeout(check, ms)
  }
  function check() {
    const now = timers.now()
    if (!isIdle(lastInput, now)) return arm(lastInput + IDLE_AFTER_MS - now)
    timer = null
    idle = true
    onChange(true)
  }
  arm(IDLE_AFTER_MS)
  return {
    input() {
      lastInput = timers.now()
      if (!idle) return
      idle = false
      onChange(false)
      arm(IDLE_AFTER_MS)
    },
    stop() {
      if (timer !== null) timers.clearTimeout(timer)
      timer = null
    },
  }
}
