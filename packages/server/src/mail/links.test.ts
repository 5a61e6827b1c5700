import { describe, expect, it } from 'vitest'
import { createResumeToken, createUnsubscribeToken, readResumeToken, readUnsubscribeToken, resumeUrl, RESUME_TTL_MS } from './links.ts'

const SECRET = 's'.repeat(32)
const T0 = Date.parse('2026-12-01T22:00:00Z')

describe('mail links', () => {
  it('a reopen token names its conversation until it expires', () => {
    const token = createResumeToken(SECRET, 'c1', T0)
    expect(readResumeToken(SECRET, token, T0 + 1000)).toBe('c1')
    expect(readResumeToken(SECRET, token, T0 + RESUME_TTL_MS + 1000)).toBeNull()
  })

  it('a forged, altered or other-purpose token is refused', () => {
    const token = createResumeToken(SECRET, 'c1', T0)
    expect(readResumeToken('t'.repeat(32), token, T0)).toBeNull()
    expect(readResumeToken(SECRET, token.replace('c1', 'c2'), T0)).toBeNull()
    const unsubscribe = createUnsubscribeToken(SECRET, 'c1')
    expect(readResumeToken(SECRET, unsubscribe, T0)).toBeNull()
    expect(readUnsubscribeToken(SECRET, token)).toBeNull()
    expect(readUnsubscribeToken(SECRET, unsubscribe)).toBe('c1')
    expect(readUnsubscribeToken(SECRET, `${unsubscribe}x`)).toBeNull()
  })

  it('the reopen token rides in the fragment, which browsers never send to a server', () => {
    const url = new URL(resumeUrl('https://shop.example/p/1?ref=mail#reviews', 'TOKEN'))
    expect(url.hash).toBe('#attune-resume=TOKEN')
    expect(url.search).toBe('?ref=mail')
  })
})
