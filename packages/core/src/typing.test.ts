import { describe, expect, it } from 'vitest'
import { createPeerTyping, createTypingNotifier } from './typing.ts'
import type { Clock } from './platform.ts'

function fakeClock() {
  let now = 0
  const timers: { at: number; fn: () => void; id: number }[] = []
  let nextId = 0
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
  const advance = (ms: number) => {
    now += ms
    for (const timer of timers.filter((t) => t.at <= now)) {
      timers.splice(timers.indexOf(timer), 1)
      timer.fn()
    }
  }
  return { clock, advance }
}

describe('typing notices', () => {
  it('sends the first keystroke at once, then at most one notice per 3 s, and a stop at once', () => {
    const { clock, advance } = fakeClock()
    const sent: boolean[] = []
    const notify = createTypingNotifier(clock, (typing) => sent.push(typing))
    notify(true)
    advance(1000)
    notify(true)
    advance(1000)
    notify(true)
    expect(sent).toEqual([true])
    advance(1500)
    notify(true)
    expect(sent).toEqual([true, true])
    notify(false)
    notify(false)
    expect(sent).toEqual([true, true, false])
  })

  it("forgets the peer's typing after 6 s without news", () => {
    const { clock, advance } = fakeClock()
    const peer = createPeerTyping(clock)
    peer.set(true)
    advance(5_999)
    expect(peer.$typing.get()).toBe(true)
    advance(1)
    expect(peer.$typing.get()).toBe(false)
  })
})
