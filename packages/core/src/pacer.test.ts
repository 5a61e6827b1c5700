import { describe, expect, it } from 'vitest'
import type { ClientFrameInput } from '@attune/protocol'
import { createPacer } from './pacer.ts'
import { fakeClock } from './testing/fake-clock.ts'

const send = (i: number): ClientFrameInput => ({ type: 'send', clientId: `m${i}`, text: `m${i}` })

describe('the pacer', () => {
  it('sends a burst at once and the rest at the steady rate, in order, none lost', () => {
    const { clock, advance } = fakeClock()
    const written: string[] = []
    const pacer = createPacer(clock, (f) => written.push(f.type === 'send' ? f.clientId : f.type), 20, 8)
    for (let i = 0; i < 40; i++) pacer.push(send(i))
    expect(written).toHaveLength(20)
    advance(1000)
    expect(written).toHaveLength(28)
    advance(1500)
    expect(written).toEqual(Array.from({ length: 40 }, (_, i) => `m${i}`))
  })

  it('never exceeds the server limit of 30 frames in any burst and 10 a second', () => {
    const { clock, advance } = fakeClock()
    const times: number[] = []
    const pacer = createPacer(clock, () => times.push(clock.now()))
    for (let i = 0; i < 200; i++) pacer.push(send(i))
    advance(60_000)
    expect(times).toHaveLength(200)
    for (let i = 0; i < times.length; i++) {
      const inWindow = times.filter((t) => t > times[i]! - 1000 && t <= times[i]!).length
      expect(inWindow).toBeLessThanOrEqual(30)
    }
  })

  it('keeps only the newest receipt or typing notice while they wait', () => {
    const { clock, advance } = fakeClock()
    const written: ClientFrameInput[] = []
    const pacer = createPacer(clock, (f) => written.push(f), 1, 1)
    pacer.push(send(0))
    pacer.push({ type: 'read', conversationId: 'c', seq: 1, mark: 'delivered' })
    pacer.push({ type: 'read', conversationId: 'c', seq: 2, mark: 'delivered' })
    pacer.push({ type: 'typing', conversationId: 'c', typing: true })
    pacer.push({ type: 'typing', conversationId: 'c', typing: false })
    advance(5000)
    expect(written).toEqual([
      send(0),
      { type: 'read', conversationId: 'c', seq: 2, mark: 'delivered' },
      { type: 'typing', conversationId: 'c', typing: false },
    ])
  })
})
