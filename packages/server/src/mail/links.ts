import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The credentials mail carries (issue 15). A reopen token only reopens one conversation, for a
 * while, and rides in the URL fragment (`#attune-resume=`), which browsers never send to a server,
 * so it reaches no access log. An unsubscribe token only stops mail: it may ride in a query.
 * Each purpose signs with its own key derived from the server secret, so one cannot pass as the other.
 */
export const RESUME_TTL_MS = 14 * 24 * 60 * 60 * 1000

const key = (secret: string, purpose: string) => createHmac('sha256', secret).update(`mail:${purpose}`).digest()
const sign = (secret: string, purpose: string, payload: string) => createHmac('sha256', key(secret, purpose)).update(payload).digest('base64url')

function same(a: string, b: string): boolean {
  const given = Buffer.from(a)
  const expected = Buffer.from(b)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

export function createResumeToken(secret: string, conversationId: string, now: number): string {
  const payload = `r1.${conversationId}.${Math.floor((now + RESUME_TTL_MS) / 1000).toString(36)}`
  return `${payload}.${sign(secret, 'resume', payload)}`
}

/** The conversation a genuine, unexpired reopen token names; null otherwise. */
export function readResumeToken(secret: string, token: string, now: number): string | null {
  const parts = token.split('.')
  if (parts.length !== 4 || parts[0] !== 'r1' || !/^[0-9a-z]{1,10}$/.test(parts[2]!)) return null
  const [, conversationId, expires, signature] = parts as [string, string, string, string]
  if (!same(signature, sign(secret, 'resume', `r1.${conversationId}.${expires}`))) return null
  return parseInt(expires, 36) * 1000 > now ? conversationId : null
}

export function createUnsubscribeToken(secret: string, visitorId: string): string {
  const payload = `u1.${visitorId}`
  return `${payload}.${sign(secret, 'unsubscribe', payload)}`
}

/** The visitor a genuine unsubscribe token names; null otherwise. It never expires: stopping mail should always work. */
export function readUnsubscribeToken(secret: string, token: string): string | null {
  const parts = token.split('.')
  if (parts.length !== 3 || parts[0] !== 'u1') return null
  const [, visitorId, signature] = parts as [string, string, string]
  return same(signature, sign(secret, 'unsubscribe', `u1.${visitorId}`)) ? visitorId : null
}

/** The store page with the reopen token in its fragment (any fragment of its own is replaced). */
export function resumeUrl(page: string, token: string): string {
  const url = new URL(page)
  url.hash = `attune-resume=${token}`
  return url.toString()
}
