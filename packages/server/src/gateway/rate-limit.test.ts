import { describe, expect, it } from 'vitest'
import { createTokenBucket } from './rate-limit.ts'

describe('token bucket', () => {
  it('allows a burst, then refills at the given rate', () => {
    let t = 0
    const bucket = createTokenBucket(3, 10, () => t)
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false])
    t += 100 // one token per 100 ms at 10/s
    expect([bucket.take(), bucket.take()]).toEqual([true, false])
    t += 10_000
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false])
  })
})
