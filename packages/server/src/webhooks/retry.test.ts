import { describe, expect, it } from 'vitest'
import { retryDelay, RETRY_DELAYS_MS } from './retry.ts'

describe('webhook retry schedule', () => {
  it('waits 10 s, 1 min, 5 min, 30 min, 2 h, 6 h, 12 h after each failed try', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => retryDelay(n))).toEqual([10_000, 60_000, 300_000, 1_800_000, 7_200_000, 21_600_000, 43_200_000])
  })

  it('gives up after the eighth try', () => {
    expect(retryDelay(RETRY_DELAYS_MS.length + 1)).toBeNull()
  })

  it('follows a schedule it is given (tests, an operator)', () => {
    expect(retryDelay(1, [5])).toBe(5)
    expect(retryDelay(2, [5])).toBeNull()
  })
})
