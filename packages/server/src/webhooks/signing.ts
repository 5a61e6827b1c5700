import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/** A new endpoint secret: 32 random bytes, prefixed so a leaked one is recognisable in a scan. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`
}

/**
 * The `Attune-Signature` value for `body` sent at `unixSeconds`: HMAC-SHA256 over `<t>.<body>`.
 * The timestamp is inside what is signed, so a receiver that refuses old ones refuses replays.
 */
export function signWebhook(secret: string, unixSeconds: number, body: string): string {
  const mac = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex')
  return `t=${unixSeconds},v1=${mac}`
}

/**
 * What a receiver does (the README shows the same in a few lines): true when `header` signs
 * `body` with `secret` and its timestamp is within `toleranceSeconds` of `nowSeconds`.
 */
export function verifyWebhook(secret: string, header: string, body: string, nowSeconds: number, toleranceSeconds = 300): boolean {
  const parts = new Map(header.split(',').map((part) => part.split('=', 2) as [string, string]))
  const t = Number(parts.get('t'))
  const given = Buffer.from(parts.get('v1') ?? '', 'hex')
  if (!Number.isInteger(t) || Math.abs(nowSeconds - t) > toleranceSeconds) return false
  const expected = Buffer.from(signWebhook(secret, t, body).split('v1=')[1]!, 'hex')
  return given.length === expected.length && timingSafeEqual(given, expected)
}
