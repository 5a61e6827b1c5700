import type { Clock } from '../platform.ts'

/** A clock whose timers fire only when the test advances it. */
export function fakeClock(start = 0) {
  let now = start
  let nextId = 0
  const timers: { at: number; fn: () => void; id: number }[] = []
  const clock: Clock = {
    now: () => now,
    setTimeout: (fn, ms) => {
      const id = ++nextId
      timers.push({ at: now + ms, fn, id })
      return id
    },
    clearTimeout: (id) => {
      const index = timers.findIndex((t) => t.id === id)
      if (index >= 0) timers.splice(index, 1)
    },
  }
  /** Moves time forward, firing due timers in order (including ones they schedule). */
  const advance = (ms: number) => {
    const end = now + ms
    for (;;) {
      const due = timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0]
      if (!due) break
      timers.splice(timers.indexOf(due), 1)
      now = due.at
      due.fn()
    }
    now = end
  }
  return { clock, advance, pending: () => timers.length }
}
