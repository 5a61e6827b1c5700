import { describe, expect, it } from 'vitest'
import { en } from '../i18n/en.ts'
import { retryWait } from './retry-wait.ts'

describe('retryWait', () => {
  it('rounds up to whole minutes, or seconds under a minute', () => {
    expect(retryWait(240, en.signIn)).toBe('4 minutes')
    expect(retryWait(61, en.signIn)).toBe('2 minutes')
    expect(retryWait(60, en.signIn)).toBe('1 minute')
    expect(retryWait(45, en.signIn)).toBe('45 seconds')
    expect(retryWait(0.2, en.signIn)).toBe('1 second')
  })
})
