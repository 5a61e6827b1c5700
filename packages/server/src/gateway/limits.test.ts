import { describe, expect, it } from 'vitest'
import { createBuckets, createCounter } from './limits.ts'

describe('gateway limits', () => {
  it('a counter refuses at its limit and frees a slot when a socket closes', () => {
    const counter = createCounter(2)
    expect([counter.open('a'), counter.open('a'), counter.open('a'), counter.open('b')]).toEqual([true, true, false, true])
    counter.close('a')
    expect(counter.open('a')).toBe(true)
  })

  it('buckets allow a burst per key, then say how long until the next token', () => {
    let t = 0
    const buckets = createBuckets({ burst: 2, perMinute: 6 }, () => t)
    expect([buckets.take('ip1'), buckets.take('ip1'), buckets.take('ip2')]).toEqual([0, 0, 0])
    expect(buckets.take('ip1')).toBe(10_000)
    t += 4_000
    expect(buckets.take('ip1')).toBe(6_000)
    t += 6_000
    expect(buckets.take('ip1')).toBe(0)
  })
})
