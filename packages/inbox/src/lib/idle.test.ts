import { describe, expect, it } from 'vitest'
import { IDLE_AFTER_MS } from '@attune/protocol'
import { createIdleWatch, type IdleTimers } from './idle.ts'

/** Timers the test runs by hand. */
function manualTimers() {
  let now = 0
  const pending = new Map<number, { at: number; fn: () => void }>()
  let next = 1
  const timers: IdleTimers = {
    now: () => now,
    setTimeout(fn, ms) {
      pending.set(next, { at: now + ms, fn })
      return next++
    },
    clearTimeout: (handle) => void pending.delete(handle as number),
  }
  const advance = (ms: number) => {
    now += ms
    for (const [id, t] of [...pending].sort((a, b) => a[1].at - b[1].at)) {
      if (t.at > now) continue
      pending.delete(id)
      t.fn()
    }
  }
  return { timers, advance }
}

describe('the inbox idle watch', () => {
  it('says idle once after ten minutes without input, and active again at the next input', () => {
    const { timers, advance } = manualTimers()
    const changes: boolean[] = []
    const watch = createIdleWatch(timers, (idle) => changes.push(idle))
    advance(IDLE_AFTER_MS - 1)
    expect(changes).toEqual([])
    advance(1)
    expect(changes).toEqual([true])
    advance(IDLE_AFTER_MS)
    expect(changes).toEqual([true])
    watch.input()
    watch.input()
    expect(changes).toEqual([true, false])
    watch.stop()
  })

  it('input keeps pushing idleness back', () => {
    const { timers, advance } = manualTimers()
    const changes: boolean[] = []
    const watch = createIdleWatch(timers, (idle) => changes.push(idle))
    advance(IDLE_AFTER_MS - 1000)
    watch.input()
    advance(IDLE_AFTER_MS - 1000)
    expect(changes).toEqual([])
    advance(1000)
    expect(changes).toEqual([true])
    watch.stop()
  })
})
