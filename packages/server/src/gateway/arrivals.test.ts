import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { watchArrivals } from './arrivals.ts'

describe('watchArrivals', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  /** The watch on the fake clock, and a wait whose outcome the test can read at any moment. */
  function watch(quietMs: number, atMostMs: number) {
    const arrivals = watchArrivals(() => Date.now())
    let outcome: boolean | 'pending' = 'pending'
    void arrivals.quiet(quietMs, atMostMs).then((settled) => (outcome = settled))
    return { arrivals, outcome: () => outcome }
  }

  it('settles once no connection has arrived for the quiet time', async () => {
    const { outcome } = watch(1000, 30_000)
    await vi.advanceTimersByTimeAsync(999)
    expect(outcome()).toBe('pending')
    await vi.advanceTimersByTimeAsync(1)
    expect(outcome()).toBe(true)
  })

  it('waits while connections keep arriving, and settles a quiet time after the last', async () => {
    const { arrivals, outcome } = watch(1000, 30_000)
    // A rush of reconnections: one every 400 ms for 5 s.
    for (let i = 0; i < 12; i++) {
      await vi.advanceTimersByTimeAsync(400)
      arrivals.arrived()
      expect(outcome()).toBe('pending')
    }
    await vi.advanceTimersByTimeAsync(999)
    expect(outcome()).toBe('pending')
    await vi.advanceTimersByTimeAsync(1)
    expect(outcome()).toBe(true)
  })

  it('settles at the latest after the longest wait, though connections keep coming', async () => {
    const { arrivals, outcome } = watch(1000, 5000)
    for (let at = 500; at < 5000; at += 500) {
      await vi.advanceTimersByTimeAsync(500)
      arrivals.arrived()
      expect(outcome()).toBe('pending')
    }
    await vi.advanceTimersByTimeAsync(500)
    expect(outcome()).toBe(true)
  })

  it('ends a wait with false when stopped, and answers false once stopped', async () => {
    const { arrivals, outcome } = watch(1000, 30_000)
    await vi.advanceTimersByTimeAsync(500)
    arrivals.stop()
    await vi.advanceTimersByTimeAsync(0)
    expect(outcome()).toBe(false)
    expect(await arrivals.quiet(1000, 30_000)).toBe(false)
  })
})
