import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { createResumeToken, createUnsubscribeToken, readResumeToken, readUnsubscribeToken, resumeUrl, RESUME_TTL_MS } from './links.ts'

const SECRET = 's'.repeat(32)
const T0 = Date.parse('2026-12-01T22:00:00Z')
const LINK = { conversationId: 'c1', visitorId: 'v1' }
const SHOPPER = { visitorId: 'v1', siteId: 'site1', language: 'th-TH' }

/** A token of the first formats, signed as they were (r1 carried its expiry, u1 the shopper only). */
function firstFormat(purpose: 'resume' | 'unsubscribe', payload: string): string {
  const key = createHmac('sha256', SECRET).update(`mail:${purpose}`).digest()
  return `${payload}.${createHmac('sha256', key).update(payload).digest('base64url')}`
}

describe('mail links', () => {
  it('a reopen token names its conversation, its shopper and when it was issued, until it expires', () => {
    const token = createResumeToken(SECRET, LINK, T0)
    expect(readResumeToken(SECRET, token, T0 + 1000)).toEqual({ ...LINK, issuedAt: T0 })
    expect(readResumeToken(SECRET, token, T0 + RESUME_TTL_MS + 1000)).toBeNull()
  })

  it('a reopen link mailed in the first format still opens, issued one lifetime before it expires', () => {
    const token = firstFormat('resume', `r1.c1.${((T0 + RESUME_TTL_MS) / 1000).toString(36)}`)
    expect(readResumeToken(SECRET, token, T0 + 1000)).toEqual({ conversationId: 'c1', visitorId: null, issuedAt: T0 })
    expect(readResumeToken(SECRET, token, T0 + RESUME_TTL_MS + 1000)).toBeNull()
  })

  it('an unsubscribe token names its shopper, their store and the mail’s language; one of the first format still works', () => {
    expect(readUnsubscribeToken(SECRET, createUnsubscribeToken(SECRET, SHOPPER))).toEqual({ visitorId: 'v1', siteId: 'site1', language: 'th' })
    expect(readUnsubscribeToken(SECRET, createUnsubscribeToken(SECRET, { ...SHOPPER, language: 'x.y' }))?.language).toBe('en')
    expect(readUnsubscribeToken(SECRET, firstFormat('unsubscribe', 'u1.v1'))).toEqual({ visitorId: 'v1', siteId: null, language: null })
  })

  it('a forged, altered or other-purpose token is refused', () => {
    const token = createResumeToken(SECRET, LINK, T0)
    expect(readResumeToken('t'.repeat(32), token, T0)).toBeNull()
    expect(readResumeToken(SECRET, token.replace('c1', 'c2'), T0)).toBeNull()
    expect(readResumeToken(SECRET, token.replace('v1', 'v2'), T0)).toBeNull()
    const unsubscribe = createUnsubscribeToken(SECRET, SHOPPER)
    expect(readResumeToken(SECRET, unsubscribe, T0)).toBeNull()
    expect(readUnsubscribeToken(SECRET, token)).toBeNull()
    expect(readUnsubscribeToken(SECRET, unsubscribe.replace('v1', 'v2'))).toBeNull()
    expect(readUnsubscribeToken(SECRET, `${unsubscribe}x`)).toBeNull()
    expect(readUnsubscribeToken(SECRET, firstFormat('unsubscribe', 'u9.v1'))).toBeNull()
    expect(readResumeToken(SECRET, firstFormat('resume', 'r2.c1.v1'), T0)).toBeNull()
  })

  it('the reopen token rides in the fragment, which browsers never send to a server', () => {
    const url = new URL(resumeUrl('https://shop.example/p/1?ref=mail#reviews', 'TOKEN'))
    expect(url.hash).toBe('#attune-resume=TOKEN')
    expect(url.search).toBe('?ref=mail')
  })
})
