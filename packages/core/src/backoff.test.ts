import { describe, expect, it } from 'vitest'
import { backoffDelay } from './backoff.ts'

describe('backoffDelay', () => {
  it('grows exponentially up to the cap when jitter draws its maximum', () => {
    const top = () => 0.999999
    const delays = [0, 1, 2, 3, 4, 5, 10].map((attempt) => backoffDelay(attempt, { baseMs: 500, maxMs: 15_000, random: top }))
    expect(delays).toEqual([499, 999, 1999, 3999, 7999, 14999, 14999])
  })

  it('is fully jittered: anywhere from zero to the ceiling', () => {
    expect(backoffDelay(3, { random: () => 0 })).toBe(0)
    for (let i = 0; i < 200; i++) {
      const delay = backoffDelay(i % 12)
      expect(delay).toBeGreaterThanOrEqual(0)
      expect(delay).toBeLessThan(15_000)
    }
  })

  it('never overflows on absurd attempt counts', () => {
    expect(backoffDelay(10_000, { random: () => 0.5 })).toBe(7500)
  })
})
