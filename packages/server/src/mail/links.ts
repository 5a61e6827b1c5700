import { createHmac, timingSafeEqual } from 'node:crypto'
import { mailLanguage } from './catalog.ts'

/**
 * The credentials mail carries (issue 15). A reopen token only reopens one conversation, for a
 * while, and rides in the URL fragment (`#attune-resume=`), which browsers never send to a server,
 * so it reaches no access log. An unsubscribe token only stops mail: it may ride in a query.
 * Each purpose signs with its own key derived from the server secret, so one cannot pass as the other.
 */
export const RESUME_TTL_MS = 14 * 24 * 60 * 60 * 1000

const key = (secret: string, purpose: string) => createHmac('sha256', secret).update(`mail:${purpose}`).digest()
const sign = (secret: string, purpose: string, payload: string) => createHmac('sha256', key(secret, purpose)).update(payload).digest('base64url')
const signed = (secret: string, purpose: string, payload: string) => `${payload}.${sign(secret, purpose, payload)}`

function same(a: string, b: string): boolean {
  const given = Buffer.from(a)
  const expected = Buffer.from(b)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/** The payload of a genuine token of `purpose` (its fields, the signature checked and dropped); null otherwise. */
function verified(secret: string, purpose: string, token: string): string[] | null {
  const cut = token.lastIndexOf('.')
  const payload = token.slice(0, cut)
  return cut > 0 && same(token.slice(cut + 1), sign(secret, purpose, payload)) ? payload.split('.') : null
}

/**
 * What a reopen link stands for: one conversation of one shopper, as a visitor token issued when
 * it was mailed would, so revoking the shopper's tokens since ends it too (auth/visitor-auth.ts).
 */
type ResumeClaim = {
  conversationId: string
  /** Null in the first format (`r1`), which named the conversation only. */
  visitorId: string | null
  issuedAt: number
}

/** `r2.<conversationId>.<visitorId>.<issued>`, `issued` in seconds (base 36), as visitor tokens write it. */
export function createResumeToken(secret: string, link: { conversationId: string; visitorId: string }, now: number): string {
  return signed(secret, 'resume', `r2.${link.conversationId}.${link.visitorId}.${Math.floor(now / 1000).toString(36)}`)
}

/** The claim of a genuine, unexpired reopen token; null otherwise. */
export function readResumeToken(secret: string, token: string, now: number): ResumeClaim | null {
  const fields = verified(secret, 'resume', token)
  const claim = fields && resumeClaim(fields)
  return claim && now - claim.issuedAt < RESUME_TTL_MS ? claim : null
}

/** A time written as seconds in base 36, in ms; null when it is none. */
const instant = (base36: string | undefined): number | null => (/^[0-9a-z]{1,10}$/.test(base36 ?? '') ? parseInt(base36!, 36) * 1000 : null)

function resumeClaim(fields: string[]): ResumeClaim | null {
  const [version, conversationId, third, fourth] = fields
  if (!conversationId) return null
  const issued = instant(fourth)
  if (version === 'r2' && fields.length === 4 && third && issued !== null) return { conversationId, visitorId: third, issuedAt: issued }
  // `r1.<conversationId>.<expires>` was mailed before links ended with the shopper's tokens: it
  // was issued one lifetime before it expires. The last of them expires 14 days after the upgrade.
  const expires = instant(third)
  if (version === 'r1' && fields.length === 3 && expires !== null) return { conversationId, visitorId: null, issuedAt: expires - RESUME_TTL_MS }
  return null
}

/**
 * What an unsubscribe link names: its shopper, and — so the page still speaks once that shopper's
 * row is gone (merged into an account at sign-in, or erased) — the store and the mail's language.
 */
export type UnsubscribeClaim = {
  visitorId: string
  /** Null in the first format (`u1`), which named the shopper only. */
  siteId: string | null
  /** A mail catalog's code ("th"); null in the first format. */
  language: string | null
}

/** Whose mail a link stops: a shopper of a store, and the language (tag) of the mail it rides in. */
export type UnsubscribeLink = { visitorId: string; siteId: string; language: string | null }

/** `u2.<visitorId>.<siteId>.<language>`, the language as the mail catalog names it (no dots). */
export function createUnsubscribeToken(secret: string, link: UnsubscribeLink): string {
  return signed(secret, 'unsubscribe', `u2.${link.visitorId}.${link.siteId}.${mailLanguage(link.language)}`)
}

/** The claim of a genuine unsubscribe token; null otherwise. It never expires: stopping mail should always work. */
export function readUnsubscribeToken(secret: string, token: string): UnsubscribeClaim | null {
  const fields = verified(secret, 'unsubscribe', token)
  if (!fields?.[1]) return null
  const [version, visitorId, siteId, language] = fields as [string, string, string?, string?]
  if (version === 'u2' && fields.length === 4 && siteId && language) return { visitorId, siteId, language }
  // Links mailed before u2 keep working.
  return version === 'u1' && fields.length === 2 ? { visitorId, siteId: null, language: null } : null
}

/** The store page with the reopen token in its fragment (any fragment of its own is replaced). */
export function resumeUrl(page: string, token: string): string {
  const url = new URL(page)
  url.hash = `attune-resume=${token}`
  return url.toString()
}
