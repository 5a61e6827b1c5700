import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Visitor tokens bind a visitor to one site: `v1.<visitorId>.<siteId>.<hmac>`. They are signed,
 * not encrypted; they carry nothing secret. A token that fails any check is treated as no token,
 * so the worst a forger gets is a fresh, empty visitor (architecture promise 5).
 */
const PREFIX = 'v1'

function sign(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url')
}

export function createVisitorToken(secret: string, visitorId: string, siteId: string): string {
  const payload = `${PREFIX}.${visitorId}.${siteId}`
  return `${payload}.${sign(secret, payload)}`
}

/** The visitor id when the token is genuine and made for `siteId`; null otherwise. */
export function verifyVisitorToken(secret: string, token: string | undefined, siteId: string): string | null {
  if (!token) return null
  const parts = token.split('.')
  if (parts.length !== 4) return null
  const [prefix, visitorId, tokenSiteId, signature] = parts as [string, string, string, string]
  if (prefix !== PREFIX || tokenSiteId !== siteId || !visitorId) return null
  const expected = Buffer.from(sign(secret, `${prefix}.${visitorId}.${tokenSiteId}`))
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  return visitorId
}
