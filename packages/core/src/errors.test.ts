import { describe, expect, it } from 'vitest'
import { ERROR_CODES } from '@attune/protocol'
import { AttuneError, AttuneErrorCode } from './errors.ts'
import { createRetries, isTransient } from './retries.ts'

describe('AttuneError codes', () => {
  it('include every code the server can send, so a refusal passes through unchanged', () => {
    const core = new Set<string>(Object.values(AttuneErrorCode))
    expect(ERROR_CODES.filter((code) => !core.has(code))).toEqual([])
  })

  it('name the request they answer and start their message with [Attune]', () => {
    const error = new AttuneError('rate_limited', 'Too many frames.', 'm1')
    expect(error).toMatchObject({ code: 'rate_limited', ref: 'm1', name: 'AttuneError', message: '[Attune] Too many frames.' })
  })

  it('tell "not now" from "never"', () => {
    expect(['rate_limited', 'unavailable', 'internal'].every(isTransient)).toBe(true)
    expect(['forbidden', 'not_found', 'bad_frame', 'invalid_input'].some(isTransient)).toBe(false)
  })

  it('resend rate_limited after the server’s hint, internal five times with growing waits, and never a final refusal', () => {
    const retries = createRetries()
    expect(retries.delay('m1', { code: 'rate_limited', retryAfterMs: 6_000 })).toBe(6_000)
    expect(retries.delay('m1', { code: 'rate_limited' })).toBe(2_000)
    expect([1, 2, 3, 4, 5, 6].map(() => retries.delay('m2', { code: 'internal' }))).toEqual([2_000, 4_000, 8_000, 16_000, 32_000, null])
    expect(retries.delay('m3', { code: 'bad_frame' })).toBeNull()
    // A busy server or a database away: after the hint, as often as it takes (never given up).
    expect(Array.from({ length: 10 }, () => retries.delay('m5', { code: 'unavailable', retryAfterMs: 5_000 }))).toEqual(Array(10).fill(5_000))
    retries.delay('m4', { code: 'internal' })
    retries.settled('m4')
    expect(retries.delay('m4', { code: 'internal' })).toBe(2_000)
  })
})
