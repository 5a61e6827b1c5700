import type { UploadResponse } from '@attune/protocol'
import type { IncomingMessage } from 'node:http'
import { currentVisitor } from '../auth/visitor-auth.ts'
import { readCookie, SESSION_COOKIE } from '../auth/sessions.ts'
import { originAllowed } from '../origins.ts'
import { UPLOAD_LIMITS, UploadRefused } from '../uploads.ts'
import type { ApiDeps } from './api.ts'
import { HttpError, HttpErrorCode, readBody, sendError, sendJson } from './respond.ts'
import { publicRoute, type RequestContext, type Route } from './routes.ts'

async function upload({ req, res, url, deps }: RequestContext) {
  const site = await deps.directory.siteByKey(url.searchParams.get('siteKey') ?? '')
  if (!site) throw new HttpError(HttpErrorCode.NotFound, 'No such site.')
  const origin = req.headers.origin
  // Store pages upload from their own origin: CORS for the site's allowed origins only.
  const cors: Record<string, string> = { Vary: 'Origin' }
  if (origin && originAllowed(origin, site.allowedOrigins)) {
    cors['Access-Control-Allow-Origin'] = origin
    cors['Access-Control-Allow-Methods'] = 'POST, OPTIONS'
    cors['Access-Control-Allow-Headers'] = 'Authorization, Content-Type, X-Attune-Filename'
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
  let name = 'file'
  try {
    name = decodeURIComponent(String(req.headers['x-attune-filename'] ?? 'file'))
  } catch {
    // A malformed name is not a reason to refuse the file.
  }
  try {
    const bytes = await readBody(req, UPLOAD_LIMITS.maxBytes)
    const attachment = await deps.uploads.save(site.id, uploader, { name, type: String(req.headers['content-type'] ?? ''), bytes })
    sendJson(res, 201, { attachment } satisfies UploadResponse, cors)
  } catch (error) {
    if (error instanceof UploadRefused) {
      const code =
        error.code === 'too_large' ? HttpErrorCode.TooLarge : error.code === 'empty' ? HttpErrorCode.BadRequest : HttpErrorCode.UnsupportedType
      return sendError(res, code, error.message, cors)
    }
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

async function serve({ req, res, params, deps }: RequestContext) {
  const file = await deps.uploads.read(params.id!)
  if (!file) throw new HttpError(HttpErrorCode.NotFound, 'No such file.')
  // Images show inline; anything else downloads, and nothing uploaded may ever run as a page.
  const disposition = INLINE.has(file.type) ? 'inline' : 'attachment'
  res.writeHead(200, {
    'Content-Type': file.type,
    'Content-Length': file.bytes.length,
    'Content-Disposition': `${disposition}; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'Cross-Origin-Resource-Policy': 'cross-origin',
    'Cache-Control': 'private, max-age=31536000, immutable',
  })
  res.end(req.method === 'HEAD' ? undefined : file.bytes)
}

/**
 * `POST /api/uploads?siteKey=…` — the raw file as the body, its type as Content-Type, its name in
 * `X-Attune-Filename` (URI-encoded); a shopper authenticates with `Authorization: Bearer <visitor
 * token>`, an agent with the session cookie. Answers the attachment to reference in a send.
 * `GET /api/uploads/:id` serves it back. Both check their caller themselves (token or cookie).
 */
export const uploadRoutes: Route[] = [
  publicRoute('OPTIONS', '/api/uploads', upload),
  publicRoute('POST', '/api/uploads', upload),
  publicRoute('GET', '/api/uploads/:id', serve),
  publicRoute('HEAD', '/api/uploads/:id', serve),
]
