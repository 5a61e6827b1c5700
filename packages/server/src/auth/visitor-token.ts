import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Visitor tokens bind a visitor to one store for a while: `v2.<visitorId>.<siteId>.<issued>.<hmac>`,
 * `issued` in seconds (base 36). They are signed, not encrypted; they carry nothing secret. Each
 * store signs with its own key derived from the server secret, so a token can never be replayed
 * at another store even if its site id were swapped. A token that fails any check is treated as
 * no token, so the worst a forger gets is a fresh, empty visitor (architecture promise 5).
 * Expiry, renewal on connect and revocation: visitor-auth.ts (issue 11, finding 12).
 */
const PREFIX = 'v2'
/** Tokens of the first format, without an issue time: honoured once by hello, then replaced. */
const LEGACY_PREFIX = 'v1'

/** How long a token works; the widget connects far more often, and every hello renews an old one. */
export const VISITOR_TOKEN_TTL_MS = 30 * 24 * 60 * 60 * 1000

function storeKey(secret: string, siteId: string): Buffer {
  return createHmac('sha256', secret).update(`visitor-token:${siteId}`).digest()
}

function sign(key: string | Buffer, payload: string): string {
  return createHmac('sha256', key).update(payload).digest('base64url')
}

function same(a: string, b: string): boolean {
  const given = Buffer.from(a)
  const expected = Buffer.from(b)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

export function createVisitorToken(secret: string, visitorId: string, siteId: string, now: number = Date.now()): string {
  const payload = `${PREFIX}.${visitorId}.${siteId}.${Math.floor(now / 1000).toString(36)}`
  return `${payload}.${sign(storeKey(secret, siteId), payload)}`
}

/** What a genuine token says; `issuedAt` is null for a legacy token (it has none). */
export type VisitorClaim = { visitorId: string; issuedAt: number | null }

/**
 * The claim of a token that is genuine, made for `siteId` and not expired; null otherwise. It
 * says nothing about revocation or whether the visitor still exists: that needs the database.
 */
export function readVisitorToken(secret: string, token: string | undefined, siteId: string, now: number = Date.now()): VisitorClaim | null {
  if (!token) return null
  const parts = token.split('.')
  if (parts.length === 4 && parts[0] === LEGACY_PREFIX) {
    const [prefix, visitorId, tokenSiteId, signature] = parts as [string, string, string, string]
    if (tokenSiteId !== siteId || !visitorId) return null
    return same(signature, sign(secret, `${prefix}.${visitorId}.${tokenSiteId}`)) ? { visitorId, issuedAt: null } : null
  }
  if (parts.length !== 5 || parts[0] !== PREFIX) return null
  const [prefix, visitorId, tokenSiteId, issued, signature] = parts as [string, string, string, string, string]
  if (tokenSiteId !== siteId || !visitorId || !/^[0-9a-z]{1,10}$/.test(issued)) return null
  if (!same(signature, sign(storeKey(secret, siteId), `${prefix}.${visitorId}.${tokenSiteId}.${issued}`))) return null
  const issuedAt = parseInt(issued, 36) * 1000
  // A token from the future is forged or from a skewed clock; either way not to be trusted.
  if (issuedAt > now + 60_000 || now - issuedAt > VISITOR_TOKEN_TTL_MS) return null
  return { visitorId, issuedAt }
}
