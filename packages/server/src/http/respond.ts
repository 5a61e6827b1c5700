import type { IncomingMessage, ServerResponse } from 'node:http'
import { HTTP_STATUS, HttpErrorCode } from '@attune/protocol'

// One home for the codes and their statuses: the protocol, which clients read them from too.
export { HttpErrorCode }

export class HttpError extends Error {
  constructor(
    readonly code: HttpErrorCode,
    message: string,
    /** With `rate_limited` and `unavailable`: when to try again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message)
  }
}

/**
 * Headers every response carries (OWASP secure headers: no MIME sniffing, no full referrers);
 * behind https, HSTS too (RFC 6797), so browsers never fall back to plain http.
 */
export function securityHeaders(res: ServerResponse, network: { publicUrl?: string | undefined }): void {
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin')
  if (network.publicUrl?.startsWith('https:')) res.setHeader('Strict-Transport-Security', 'max-age=31536000')
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string | string[]> = {}): void {
  const text = JSON.stringify(body)
  // Nothing is cached unless the route says so (a public answer such as the launcher's).
  res.writeHead(status, {
    'Cache-Control': 'no-store',
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  })
  res.end(text)
}

export function sendError(
  res: ServerResponse,
  code: HttpErrorCode,
  message: string,
  headers: Record<string, string> = {},
  retryAfterSeconds?: number,
): void {
  if (retryAfterSeconds === undefined) return sendJson(res, HTTP_STATUS[code], { error: { code, message } }, headers)
  sendJson(res, HTTP_STATUS[code], { error: { code, message, retryAfterSeconds } }, { ...headers, 'Retry-After': String(retryAfterSeconds) })
}

/** Reads a body up to `limit` bytes; a larger one is a typed 413 (read no further). */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > limit) throw new HttpError(HttpErrorCode.TooLarge, `The body is at most ${limit} bytes.`)
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

/** Reads a small JSON body; anything else is a typed 400/413. */
export async function readJson(req: IncomingMessage, limit = 16 * 1024): Promise<unknown> {
  const body = await readBody(req, limit)
  try {
    return JSON.parse(body.toString('utf8'))
  } catch {
    throw new HttpError(HttpErrorCode.BadRequest, 'The body is not valid JSON.')
  }
}
