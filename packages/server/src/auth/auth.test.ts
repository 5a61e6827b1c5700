import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { hashPassword, verifyPassword } from './password.ts'
import { readCookie, sessionCookie } from './sessions.ts'
import { createVisitorToken, readVisitorToken, VISITOR_TOKEN_TTL_MS } from './visitor-token.ts'

const verifyVisitorToken = (secret: string, token: string | undefined, siteId: string, now?: number) =>
  readVisitorToken(secret, token, siteId, now)?.visitorId ?? null

describe('passwords', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('demo-agent')
    expect(hash.startsWith('scrypt$')).toBe(true)
    expect(await verifyPassword('demo-agent', hash)).toBe(true)
    expect(await verifyPassword('demo-agenT', hash)).toBe(false)
  })

  it('salts every hash and refuses a malformed one', async () => {
    expect(await hashPassword('x')).not.toBe(await hashPassword('x'))
    expect(await verifyPassword('x', 'plain')).toBe(false)
    expect(await verifyPassword('x', 'scrypt$0$8$1$$')).toBe(false)
  })
})

describe('visitor tokens', () => {
  const secret = 'test-secret'
  const site = randomUUID()
  const visitor = randomUUID()

  it('gives back the visitor of a genuine token for its own site', () => {
    expect(verifyVisitorToken(secret, createVisitorToken(secret, visitor, site), site)).toBe(visitor)
  })

  it('treats a forged token as no token', () => {
    const token = createVisitorToken(secret, visitor, site)
    const other = randomUUID()
    const swapped = token.replace(visitor, other)
    expect(verifyVisitorToken(secret, swapped, site)).toBeNull()
    expect(verifyVisitorToken(secret, createVisitorToken('guessed', visitor, site), site)).toBeNull()
    expect(verifyVisitorToken(secret, 'garbage', site)).toBeNull()
    expect(verifyVisitorToken(secret, undefined, site)).toBeNull()
  })

  it('treats another site’s token as no token', () => {
    expect(verifyVisitorToken(secret, createVisitorToken(secret, visitor, randomUUID()), site)).toBeNull()
  })

  it('expire 30 days after they were issued, and a token from the future is no token', () => {
    const issued = Date.parse('2026-01-01T00:00:00Z')
    const token = createVisitorToken(secret, visitor, site, issued)
    expect(verifyVisitorToken(secret, token, site, issued + VISITOR_TOKEN_TTL_MS - 1000)).toBe(visitor)
    expect(verifyVisitorToken(secret, token, site, issued + VISITOR_TOKEN_TTL_MS + 1000)).toBeNull()
    expect(verifyVisitorToken(secret, token, site, issued - 10 * 60_000)).toBeNull()
  })

  it('are signed with a key of their own store: swapping the site id breaks the signature', () => {
    const other = randomUUID()
    const token = createVisitorToken(secret, visitor, site)
    expect(verifyVisitorToken(secret, token.replace(site, other), other)).toBeNull()
  })
})

describe('session cookies', () => {
  it('are HttpOnly, SameSite=Lax, site-wide and last 30 days', () => {
    const cookie = sessionCookie('tok')
    expect(cookie).toContain('attune_session=tok')
    expect(cookie).toContain('HttpOnly')
    expect(cookie).toContain('SameSite=Lax')
    expect(cookie).toContain('Path=/')
    expect(cookie).toContain(`Max-Age=${30 * 24 * 3600}`)
  })

  it('are read back from a Cookie header among others', () => {
    expect(readCookie('a=1; attune_session=xyz; b=2', 'attune_session')).toBe('xyz')
    expect(readCookie(undefined, 'attune_session')).toBeUndefined()
  })
})
