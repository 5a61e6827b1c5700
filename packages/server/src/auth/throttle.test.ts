import { describe, expect, it } from 'vitest'
import { createSignInThrottle, type FailureLog } from './throttle.ts'

describe('sign-in throttle', () => {
  const setup = () => {
    let now = 0
    const throttle = createSignInThrottle({ windowMs: 60_000, perAccount: 3, perAddress: 5, now: () => now })
    return { throttle, tick: (ms: number) => (now += ms) }
  }

  it('lets attempts through until an account has failed its limit, then says how long to wait', async () => {
    const { throttle, tick } = setup()
    for (let i = 0; i < 3; i++) {
      expect(await throttle.retryAfter('a@x.example', '10.0.0.1')).toBe(0)
      await throttle.failed('a@x.example', '10.0.0.1')
      tick(10_000)
    }
    // The oldest failure leaves the window 60 s after it happened: 30 s from now.
    expect(await throttle.retryAfter('A@X.example', '10.0.0.2')).toBe(30)
    tick(30_000)
    expect(await throttle.retryAfter('a@x.example', '10.0.0.2')).toBe(0)
  })

  it('limits one address trying many accounts', async () => {
    const { throttle } = setup()
    for (let i = 0; i < 5; i++) await throttle.failed(`user${i}@x.example`, '10.0.0.9')
    expect(await throttle.retryAfter('someone-new@x.example', '10.0.0.9')).toBeGreaterThan(0)
    expect(await throttle.retryAfter('someone-new@x.example', '10.0.0.10')).toBe(0)
  })

  it('a success clears the account, not the address', async () => {
    const { throttle } = setup()
    for (let i = 0; i < 2; i++) await throttle.failed('b@x.example', '10.0.0.1')
    await throttle.succeeded('b@x.example')
    await throttle.failed('b@x.example', '10.0.0.1')
    await throttle.failed('b@x.example', '10.0.0.1')
    expect(await throttle.retryAfter('b@x.example', '10.0.0.3')).toBe(0)
  })

  it('keeps counting in its own memory while the shared log (Redis) cannot answer', async () => {
    const away = () => Promise.reject(new Error('Redis is away'))
    const unreachable: FailureLog = { since: away, add: away, clear: away }
    const throttle = createSignInThrottle({ windowMs: 60_000, perAccount: 3, perAddress: 5, now: () => 0 }, unreachable)
    for (let i = 0; i < 3; i++) await throttle.failed('c@x.example', '10.0.0.1')
    expect(await throttle.retryAfter('c@x.example', '10.0.0.1')).toBe(60)
  })
})
