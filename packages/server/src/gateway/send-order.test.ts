import { describe, expect, it } from 'vitest'
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

  it('lets a hold lapse when the refused message never comes back', () => {
    let t = 0
    const order = createSendOrder(() => t)
    order.refused('', 'm1', 2000)
    t += HOLD_MS
    expect(order.wait('', 'm2')).toBe(0)
  })
})
