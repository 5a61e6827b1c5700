import { can, UPLOAD_NAME_HEADER, uploadFileName, type UploadResponse } from '@attune/protocol'
import type { IncomingMessage } from 'node:http'
import { currentVisitor } from '../auth/visitor-auth.ts'
import { readCookie, SESSION_COOKIE } from '../auth/sessions.ts'
import { originAllowed } from '../origins.ts'
import { checkUploadLink } from '../upload-links.ts'
import { UPLOAD_LIMITS, UploadRefused } from '../uploads.ts'
import type { ApiDeps } from './api.ts'
import { HttpError, HttpErrorCode, readBody, sendError, sendJson } from './respond.ts'
import { publicRoute, type RequestContext, type Route } from './routes.ts'

const REFUSALS = {
  too_large: HttpErrorCode.TooLarge,
  empty: HttpErrorCode.BadRequest,
  unsupported_type: HttpErrorCode.UnsupportedType,
  // A daily quota: typed 429 with Retry-After, like every other "not so much, not now".
  quota: HttpErrorCode.RateLimited,
} as const satisfies Record<UploadRefused['code'], HttpErrorCode>

async function upload({ req, res, url, deps }: RequestContext) {
  const site = await deps.directory.siteByKey(url.searchParams.get('siteKey') ?? '')
  if (!site) throw new HttpError(HttpErrorCode.NotFound, 'No such site.')
  const origin = req.headers.origin
  // Store pages upload from their own origin: CORS for the site's allowed origins only.
  const cors: Record<string, string> = { Vary: 'Origin' }
  if (origin && originAllowed(origin, site.allowedOrigins)) {
    cors['Access-Control-Allow-Origin'] = origin
    cors['Access-Control-Allow-Methods'] = 'POST, OPTIONS'
    cors['Access-Control-Allow-Headers'] = `Authorization, Content-Type, ${UPLOAD_NAME_HEADER}`
    cors['Access-Control-Max-Age'] = '600'
  }
  if (req.method === 'OPTIONS') {
    res.writeHead(204, cors).end()
    return
  }
  const uploader = await uploaderOf(req, site.id, deps)
  if (!uploader) return sendError(res, HttpErrorCode.Unauthorized, 'Send the visitor token as a Bearer token.', cors)
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > UPLOAD_LIMITS.maxBytes)
    return sendError(res, HttpErrorCode.TooLarge, `Files are at most ${UPLOAD_LIMITS.maxBytes / 1024 / 1024} MB.`, cors)
  const name = uploadFileName(req.headers['x-attune-filename']?.toString())
  try {
    // Over quota already: refused before a byte of the body is read.
    await deps.uploads.precheck(site.id, uploader, Number.isFinite(declared) ? declared : 0)
    const bytes = await readBody(req, UPLOAD_LIMITS.maxBytes)
    const attachment = await deps.uploads.save(site.id, uploader, { name, type: String(req.headers['content-type'] ?? ''), bytes })
    sendJson(res, 201, { attachment } satisfies UploadResponse, cors)
  } catch (error) {
    if (error instanceof UploadRefused) return sendError(res, REFUSALS[error.code], error.message, cors, error.retryAfterSeconds)
    if (error instanceof HttpError) return sendError(res, error.code, error.message, cors)
    throw error
  }
}

async function uploaderOf(req: IncomingMessage, siteId: string, deps: ApiDeps) {
  const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1]
  const claim = await currentVisitor(deps.db, deps.secret, bearer, siteId)
  if (claim) return { role: 'visitor', id: claim.visitorId }
  const agent = await deps.sessions.find(readCookie(req.headers.cookie, SESSION_COOKIE))
  return agent && agent.siteId === siteId ? { role: 'agent', id: agent.id } : null
}

const INLINE = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp'])

/**
 * How long the browser may keep a file: as long as its signed link works, or not at all when
 * read with a session (an agent removed from the store must not keep reading it from cache).
 */
async function readableFor(ctx: RequestContext, siteId: string): Promise<number | null> {
  const { req, url, params, deps } = ctx
  const remaining = checkUploadLink(deps.secret, params.id!, url.searchParams)
  if (remaining !== null) return remaining
  const member = await deps.sessions.find(readCookie(req.headers.cookie, SESSION_COOKIE))
  return member && member.siteId === siteId && can(member.role, 'converse') ? 0 : null
}

async function serve(ctx: RequestContext) {
  const { req, res, params, deps } = ctx
  const file = await deps.uploads.read(params.id!)
  // Another store's file, a forged or expired link, no link at all: all look like a missing file.
  const maxAge = file && (await readableFor(ctx, file.siteId))
  if (!file || maxAge === null || maxAge === undefined) throw new HttpError(HttpErrorCode.NotFound, 'No such file.')
  // Images show inline; anything else downloads, and nothing uploaded may ever run as a page.
  const disposition = INLINE.has(file.type) ? 'inline' : 'attachment'
  res.writeHead(200, {
    'Content-Type': file.type,
    'Content-Length': file.bytes.length,
    'Content-Disposition': `${disposition}; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'Cross-Origin-Resource-Policy': 'cross-origin',
    'Cache-Control': maxAge > 0 ? `private, max-age=${maxAge}, immutable` : 'private, no-store',
  })
  res.end(req.method === 'HEAD' ? undefined : file.bytes)
}

/**
 * `POST /api/uploads?siteKey=…` — the raw file as the body, its type as Content-Type, its name in
 * `X-Attune-Filename` (URI-encoded); a shopper authenticates with `Authorization: Bearer <visitor
 * token>`, an agent with the session cookie. Answers the attachment to reference in a send.
 * Over a daily quota (UPLOAD_QUOTAS) it is a 429 `rate_limited` with Retry-After.
 * `GET /api/uploads/:id?expires=…&sig=…` serves it back to whoever holds the signed link the
 * conversation's messages carry; without a working link, only to a member of the file's store
 * who may converse (session cookie). Both check their caller themselves (token, link or cookie).
 */
export const uploadRoutes: Route[] = [
  publicRoute('OPTIONS', '/api/uploads', upload),
  publicRoute('POST', '/api/uploads', upload),
  publicRoute('GET', '/api/uploads/:id', serve),
  publicRoute('HEAD', '/api/uploads/:id', serve),
]
