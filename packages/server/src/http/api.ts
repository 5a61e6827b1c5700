import type { IncomingMessage, ServerResponse } from 'node:http'
import * as v from 'valibot'
import { hashPassword, verifyPassword } from '../auth/password.ts'
import { clearedSessionCookie, readCookie, SESSION_COOKIE, sessionCookie, type Sessions } from '../auth/sessions.ts'
import { originAllowed } from '../origins.ts'
import type { Database } from '../db/database.ts'
import { settingsOf } from '../empathy/context.ts'
import type { ConversationLog } from '../log.ts'
import type { Directory } from '../sites.ts'
import { handleEmpathyApi } from './empathy-api.ts'
import { handleUploadsApi } from './uploads-api.ts'
import { UPLOAD_LIMITS, type Uploads } from '../uploads.ts'
import { HttpError, HttpErrorCode, readJson, sendError, sendJson } from './respond.ts'

const LoginSchema = v.object({
  email: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(320)),
  password: v.pipe(v.string(), v.minLength(1), v.maxLength(1024)),
})

export type ApiDeps = { directory: Directory; sessions: Sessions; db: Database; log: ConversationLog; uploads: Uploads; secret: string }

// Verifying against a throwaway hash when the email is unknown keeps both failures equally slow,
// so the login form does not reveal which emails are agents.
let decoyHash: Promise<string> | undefined
const decoy = () => (decoyHash ??= hashPassword('decoy-password'))

/** The JSON API: agent sign-in and the public widget config. Returns false when no route matched. */
export async function handleApi(req: IncomingMessage, res: ServerResponse, path: string, deps: ApiDeps): Promise<boolean> {
  const method = req.method ?? 'GET'
  const route = `${method} ${path}`
  try {
    if (route === 'POST /api/agent/login') return await login(req, res, deps), true
    if (route === 'POST /api/agent/logout') return await logout(req, res, deps), true
    if (route === 'GET /api/agent/me') return await me(req, res, deps), true
    const url = new URL(req.url ?? path, 'http://local')
    if (await handleEmpathyApi(req, res, url, deps)) return true
    if (await handleUploadsApi(req, res, url, deps)) return true
    const site = /^\/api\/sites\/([^/]+)$/.exec(path)
    if (site?.[1]) return await siteConfig(req, res, decodeURIComponent(site[1]), deps), true
    if (path.startsWith('/api/')) {
      sendError(res, HttpErrorCode.NotFound, 'No such API route.')
      return true
    }
    return false
  } catch (error) {
    if (error instanceof HttpError) sendError(res, error.code, error.message)
    else {
      console.error('[Attune] API error', error)
      sendError(res, HttpErrorCode.Internal, 'Something went wrong.')
    }
    return true
  }
}

async function login(req: IncomingMessage, res: ServerResponse, deps: ApiDeps) {
  const { directory, sessions } = deps
  const parsed = v.safeParse(LoginSchema, await readJson(req))
  if (!parsed.success) throw new HttpError(HttpErrorCode.BadRequest, 'Send { "email", "password" } as strings.')
  const { email, password } = parsed.output
  const agent = await directory.agentByEmail(email)
  const ok = await verifyPassword(password, agent?.passwordHash ?? (await decoy()))
  if (!agent || !ok) throw new HttpError(HttpErrorCode.Unauthorized, 'Wrong email or password.')
  const token = await sessions.create(agent.id)
  const [site] = await deps.db.query<{ key: string }>('SELECT key FROM sites WHERE id = $1', [agent.siteId])
  sendJson(res, 200, { agent: { id: agent.id, name: agent.name, email: agent.email, siteKey: site?.key } }, { 'Set-Cookie': sessionCookie(token) })
}

async function logout(req: IncomingMessage, res: ServerResponse, { sessions }: ApiDeps) {
  await sessions.destroy(readCookie(req.headers.cookie, SESSION_COOKIE))
  sendJson(res, 200, { ok: true }, { 'Set-Cookie': clearedSessionCookie() })
}

async function me(req: IncomingMessage, res: ServerResponse, { sessions }: ApiDeps) {
  const agent = await sessions.find(readCookie(req.headers.cookie, SESSION_COOKIE))
  if (!agent) throw new HttpError(HttpErrorCode.Unauthorized, 'Not signed in.')
  sendJson(res, 200, { agent: { id: agent.id, name: agent.name, email: agent.email, siteKey: agent.siteKey } })
}

/** What the widget needs before it connects. Readable cross-origin only by the site's own pages. */
async function siteConfig(req: IncomingMessage, res: ServerResponse, key: string, { directory }: ApiDeps) {
  const site = await directory.siteByKey(key)
  const origin = req.headers.origin
  const cors: Record<string, string> = { Vary: 'Origin' }
  if (site && origin && originAllowed(origin, site.allowedOrigins)) {
    cors['Access-Control-Allow-Origin'] = origin
    cors['Access-Control-Allow-Methods'] = 'GET, OPTIONS'
    cors['Access-Control-Max-Age'] = '600'
  }
  if (req.method === 'OPTIONS') {
    res.writeHead(204, cors).end()
    return
  }
  if (req.method !== 'GET') throw new HttpError(HttpErrorCode.MethodNotAllowed, 'Use GET.')
  if (!site) {
    sendError(res, HttpErrorCode.NotFound, 'No such site.', cors)
    return
  }
  // What the check-in cards need: which moments, which topics, whether to ask the effort item.
  const settings = settingsOf(site.empathySettings, {})
  sendJson(
    res,
    200,
    {
      name: site.name,
      checkIns: { moments: settings.moments, topics: settings.topics, effortItem: settings.effortItem },
      uploads: { maxBytes: UPLOAD_LIMITS.maxBytes, types: UPLOAD_LIMITS.types },
    },
    cors,
  )
}
