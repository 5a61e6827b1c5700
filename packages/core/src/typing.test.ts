import { describe, expect, it } from 'vitest'
import { createPeerTyping, createTypingNotifier } from './typing.ts'
import { fakeClock } from './testing/fake-clock.ts'

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
    peer.set({ name: 'Maya' })
    advance(5_999)
    expect(peer.$typing.get()).toEqual({ name: 'Maya' })
    advance(1)
    expect(peer.$typing.get()).toBeNull()
  })
})
