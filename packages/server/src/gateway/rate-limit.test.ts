import { describe, expect, it } from 'vitest'
import { catchesUp, createCatchUpBucket, createTokenBucket } from './rate-limit.ts'

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

describe("an inbox's catching up", () => {
  it('is resumes, delivered marks and history, never messages or pings', () => {
    expect((['resume', 'read', 'history'] as const).map(catchesUp)).toEqual([true, true, true])
    expect((['send', 'ping', 'typing', 'answer'] as const).map(catchesUp)).toEqual([false, false, false, false])
  })

  it('holds a resume, a mark and a page of history for each conversation its welcome listed, at once', () => {
    const bucket = createCatchUpBucket(150)
    expect(Array.from({ length: 450 }, () => bucket.take()).every(Boolean)).toBe(true)
  })
})
