import { MIN_RETRY_MS } from '@attune/protocol'
import { describe, expect, it } from 'vitest'
import { FRAMES_PER_SECOND } from './rate-limit.ts'
import { createSendOrder, HOLD_MS } from './send-order.ts'

describe('send order', () => {
  it('holds later messages to a conversation behind one refused for now, until it comes again', () => {
    let t = 0
    const order = createSendOrder(() => t)
    order.refused('c1', 'm5', 2000)
    expect(order.wait('c1', 'm5')).toBe(0)
    expect(order.wait('c1', 'm6')).toBeGreaterThan(2000)
    expect(order.wait('c2', 'x1')).toBe(0)
    // Refusing m6 behind the hold does not move it: m5 still goes first.
    order.refused('c1', 'm6', 100)
    expect(order.wait('c1', 'm5')).toBe(0)
    order.settled('c1', 'm5')
    expect(order.wait('c1', 'm6')).toBe(0)
  })

  it('tells the messages behind a hold to come back after it in the order typed, no faster than the rate limit', () => {
    let t = 0
    const order = createSendOrder(() => t)
    // Refused for the frame rate: no hint, so the client comes back after its least wait.
    order.refused('c1', 'm5', 0)
    const waits = ['m6', 'm7', 'm8'].map((clientId) => order.wait('c1', clientId))
    expect(waits[0]).toBeGreaterThan(MIN_RETRY_MS)
    expect(waits[1]! - waits[0]!).toBeGreaterThanOrEqual(1000 / FRAMES_PER_SECOND)
    expect(waits[2]! - waits[1]!).toBeGreaterThanOrEqual(1000 / FRAMES_PER_SECOND)
    // Asked again a second later, the held one still may go, and a later one still comes after it.
    t += 1000
    expect(order.wait('c1', 'm5')).toBe(0)
    expect(order.wait('c1', 'm9')).toBeGreaterThan(MIN_RETRY_MS - 1000)
  })

  it('lets a hold lapse when the refused message never comes back', () => {
    let t = 0
    const order = createSendOrder(() => t)
    order.refused('', 'm1', 2000)
    t += HOLD_MS
    expect(order.wait('', 'm2')).toBe(0)
  })
})
