import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { GreetingCondition } from '@attune/core'
import { cartValue, type TriggerSeams, watchTrigger } from './triggers.ts'

// Each trigger against fake seams: fake timers, a path and facts the test sets, a fake pointer.
function setUp(given: { sinceLoad?: number; visit?: number; hovers?: boolean; path?: string } = {}) {
  let path = given.path ?? '/'
  const pathListeners = new Set<() => void>()
  const factListeners = new Set<(facts: Record<string, unknown>) => void>()
  const leaveListeners = new Set<() => void>()
  let facts: Record<string, unknown> = {}
  const seams: TriggerSeams = {
    sinceLoad: () => given.sinceLoad ?? 0,
    path: () => path,
    onPathChange: (listener) => (pathListeners.add(listener), () => pathListeners.delete(listener)),
    onFacts: (listener) => (factListeners.add(listener), listener(facts), () => factListeners.delete(listener)),
    visit: () => given.visit ?? 1,
    hovers: () => given.hovers ?? true,
    onLeaveTop: (listener) => (leaveListeners.add(listener), () => leaveListeners.delete(listener)),
  }
  const fired = vi.fn()
  const watch = (condition: GreetingCondition) => watchTrigger(condition, seams, fired)
  return {
    fired,
    watch,
    navigate(to: string) {
      path = to
      for (const listener of pathListeners) listener()
    },
    update(more: Record<string, unknown>) {
      facts = { ...facts, ...more }
      for (const listener of factListeners) listener(facts)
    },
    leaveTop: () => leaveListeners.forEach((listener) => listener()),
    listening: () => pathListeners.size + factListeners.size + leaveListeners.size,
  }
}

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('time on page', () => {
  it('fires once the shopper has been on the page that many seconds, counted from its load', () => {
    const { fired, watch } = setUp({ sinceLoad: 4_000 })
    watch({ kind: 'time_on_page', seconds: 30 })
    vi.advanceTimersByTime(25_999)
    expect(fired).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(fired).toHaveBeenCalledOnce()
  })

  it('does not fire once stopped (the shopper left, or another greeting showed)', () => {
    const { fired, watch } = setUp()
    const stop = watch({ kind: 'time_on_page', seconds: 5 })
    stop()
    vi.advanceTimersByTime(60_000)
    expect(fired).not.toHaveBeenCalled()
  })
})

describe('page pattern', () => {
  it('fires on a matching page at once, and not on another', () => {
    const matching = setUp({ path: '/checkout/pay' })
    matching.watch({ kind: 'url_pattern', pattern: '/checkout*' })
    expect(matching.fired).toHaveBeenCalledOnce()
    const other = setUp({ path: '/products/shoes' })
    other.watch({ kind: 'url_pattern', pattern: '/checkout*' })
    expect(other.fired).not.toHaveBeenCalled()
  })

  it('fires when a single-page app moves to a matching page', () => {
    const { fired, watch, navigate } = setUp({ path: '/cart' })
    watch({ kind: 'url_pattern', pattern: '/checkout*' })
    navigate('/shoes')
    expect(fired).not.toHaveBeenCalled()
    navigate('/checkout')
    expect(fired).toHaveBeenCalledOnce()
  })
})

describe('cart value', () => {
  it("fires when the page's cart reaches the value, given before or after the watch began", () => {
    const late = setUp()
    late.watch({ kind: 'cart_value', atLeast: 100 })
    late.update({ cart: 99.99 })
    expect(late.fired).not.toHaveBeenCalled()
    late.update({ cart: 100 })
    expect(late.fired).toHaveBeenCalledOnce()

    const early = setUp()
    early.update({ cart: '150.00' })
    early.watch({ kind: 'cart_value', atLeast: 100 })
    expect(early.fired).toHaveBeenCalledOnce()
  })

  it('reads a number or a numeric string, and nothing else', () => {
    expect(cartValue(59.9)).toBe(59.9)
    expect(cartValue(' 59.90 ')).toBe(59.9)
    expect(cartValue('')).toBeNaN()
    expect(cartValue('lots')).toBeNaN()
    expect(cartValue(true)).toBeNaN()
    expect(cartValue(undefined)).toBeNaN()
    const { fired, watch, update } = setUp()
    watch({ kind: 'cart_value', atLeast: 0 })
    update({ plan: 'gold' })
    expect(fired).not.toHaveBeenCalled()
  })
})

describe('second visit', () => {
  it('fires from the second visit on, never on the first', () => {
    const first = setUp({ visit: 1 })
    first.watch({ kind: 'second_visit' })
    expect(first.fired).not.toHaveBeenCalled()
    for (const visit of [2, 5]) {
      const back = setUp({ visit })
      back.watch({ kind: 'second_visit' })
      expect(back.fired).toHaveBeenCalledOnce()
    }
  })
})

describe('exit intent', () => {
  it('fires when a desktop pointer leaves through the top', () => {
    const { fired, watch, leaveTop } = setUp({ hovers: true })
    watch({ kind: 'exit_intent' })
    expect(fired).not.toHaveBeenCalled()
    leaveTop()
    expect(fired).toHaveBeenCalledOnce()
  })

  it('is never watched on a touch device', () => {
    const { fired, watch, leaveTop, listening } = setUp({ hovers: false })
    watch({ kind: 'exit_intent' })
    expect(listening()).toBe(0)
    leaveTop()
    expect(fired).not.toHaveBeenCalled()
  })
})

it('a kind this widget does not know is never shown, and never throws', () => {
  const { fired, watch } = setUp()
  expect(() => watch({ kind: 'full_moon' } as never)()).not.toThrow()
  expect(fired).not.toHaveBeenCalled()
})
