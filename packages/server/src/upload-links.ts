import { createHmac, timingSafeEqual } from 'node:crypto'

const DAY_MS = 24 * 60 * 60 * 1000
/**
 * How long a link to a file works: at least 7 days, at most 8. The expiry is rounded up to a
 * whole day so the link stays the same all day (the browser's cache keeps working), and every
 * replay of the conversation hands out a fresh one, so an open chat never shows a stale link.
 */
const LINK_DAYS = 7

function signature(secret: string, id: string, expires: number): string {
  const key = createHmac('sha256', secret).update('upload-links').digest()
  return createHmac('sha256', key).update(`${id}.${expires}`).digest('base64url')
}

/**
 * The link to a file that works for anyone holding it until it expires (issue 11, finding 6):
 * `/api/uploads/<id>?expires=<unix seconds>&sig=<HMAC over id and expiry>`. Only the
 * conversation's participants are sent it, in the messages they may read.
 */
export function signedUploadUrl(secret: string, id: string, now: number = Date.now()): string {
  const expires = (Math.ceil((now + LINK_DAYS * DAY_MS) / DAY_MS) * DAY_MS) / 1000
  return `/api/uploads/${id}?expires=${expires}&sig=${signature(secret, id, expires)}`
}

/** Seconds the link still works when `expires` and `sig` are genuine for `id`; null otherwise. */
export function checkUploadLink(secret: string, id: string, query: URLSearchParams, now: number = Date.now()): number | null {
  const expires = Number(query.get('expires'))
  const given = Buffer.from(query.get('sig') ?? '')
  if (!Number.isSafeInteger(expires) || expires * 1000 <= now) return null
  const expected = Buffer.from(signature(secret, id, expires))
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  return Math.floor((expires * 1000 - now) / 1000)
}
