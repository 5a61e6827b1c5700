import {
  ResumeRequestSchema,
  TranscriptRequestSchema,
  VisitorEmailRequestSchema,
  type ResumeResponse,
  type VisitorEmailResponse,
} from '@attune/protocol'
import { createVisitorToken } from '../auth/visitor-token.ts'
import { currentVisitor } from '../auth/visitor-auth.ts'
import { AccountError } from '../accounts/errors.ts'
import { readResumeToken, readUnsubscribeToken } from '../mail/links.ts'
import { mailWords } from '../mail/catalog.ts'
import { unsubscribeUrl } from '../mail/replies.ts'
import { transcriptMail } from '../mail/templates.ts'
import { transcriptLines } from '../mail/transcript.ts'
import { unsubscribePage } from '../mail/unsubscribe-page.ts'
import { originAllowed } from '../origins.ts'
import type { Site } from '../sites.ts'
import { publicOrigin } from './proxy.ts'
import { HttpError, HttpErrorCode, sendError, sendJson } from './respond.ts'
import { publicRoute, readBody, type RequestContext, type Route } from './routes.ts'

/** Transcripts one shopper may have emailed a day. */
const TRANSCRIPTS_PER_DAY = 5

type StorePageHandler = (ctx: RequestContext, site: Site, cors: Record<string, string>) => Promise<void>

/**
 * A route the widget calls from the store's pages: CORS for the store's own origins (errors
 * included, so the widget can read them), preflight answered here.
 */
function fromStorePage(method: Route['method'], path: string, handle: StorePageHandler): Route {
  const serve = async (ctx: RequestContext) => {
    const site = await ctx.deps.directory.siteByKey(ctx.params.key!)
    const origin = ctx.req.headers.origin
    const cors: Record<string, string> = { Vary: 'Origin' }
    if (site && origin && originAllowed(origin, site.allowedOrigins)) {
      cors['Access-Control-Allow-Origin'] = origin
      cors['Access-Control-Allow-Methods'] = 'GET, PUT, POST, OPTIONS'
      cors['Access-Control-Allow-Headers'] = 'Authorization, Content-Type'
      cors['Access-Control-Max-Age'] = '600'
    }
    if (ctx.req.method === 'OPTIONS') return void ctx.res.writeHead(204, cors).end()
    try {
      if (!site) throw new HttpError(HttpErrorCode.NotFound, 'No such site.')
      await handle(ctx, site, cors)
    } catch (error) {
      if (error instanceof HttpError) return sendError(ctx.res, error.code, error.message, cors)
      if (error instanceof AccountError) return sendError(ctx.res, error.code, error.message, cors)
      throw error
    }
  }
  return publicRoute(method, path, serve)
}

/** The preflight of a path's store-page routes (answered before any handler). */
const preflight = (path: string) => fromStorePage('OPTIONS', path, async () => {})

/** The shopper behind the request's visitor token; 401 without a current one. */
async function visitorOf(ctx: RequestContext, site: Site): Promise<string> {
  const bearer = /^Bearer (.+)$/.exec(ctx.req.headers.authorization ?? '')?.[1]
  const claim = await currentVisitor(ctx.deps.db, ctx.deps.secret, bearer, site.id)
  if (!claim) throw new HttpError(HttpErrorCode.Unauthorized, 'Send the visitor token as a Bearer token.')
  return claim.visitorId
}

/** What the email ask offers: the address left before, else the one the store's page identified them with. */
async function getEmail(ctx: RequestContext, site: Site, cors: Record<string, string>) {
  const visitorId = await visitorOf(ctx, site)
  const [row] = await ctx.deps.db.query<{ notify_email: string | null; email: string | null }>(
    'SELECT notify_email, email FROM visitors WHERE id = $1',
    [visitorId],
  )
  const body: VisitorEmailResponse = { email: row?.notify_email ?? null, known: row?.email ?? null }
  sendJson(ctx.res, 200, body, cors)
}

/** The address a shopper left to be told of replies; giving one again undoes an earlier unsubscribe. */
async function setEmail(ctx: RequestContext, site: Site, cors: Record<string, string>) {
  const visitorId = await visitorOf(ctx, site)
  const { email } = await readBody(ctx.req, VisitorEmailRequestSchema)
  await ctx.deps.db.query('UPDATE visitors SET notify_email = $2, mail_unsubscribed_at = NULL WHERE id = $1', [visitorId, email])
  sendJson(ctx.res, 200, { ok: true }, cors)
}

/** Queues a copy of one of the shopper's own conversations. */
async function transcript(ctx: RequestContext, site: Site, cors: Record<string, string>) {
  const visitorId = await visitorOf(ctx, site)
  const input = await readBody(ctx.req, TranscriptRequestSchema)
  const [row] = await ctx.deps.db.query<{ id: string; language: string | null; notify_email: string | null }>(
    `SELECT c.id, c.language, v.notify_email FROM conversations c JOIN visitors v ON v.id = c.visitor_id
     WHERE c.id::text = $1 AND c.visitor_id = $2`,
    [input.conversationId, visitorId],
  )
  if (!row) throw new HttpError(HttpErrorCode.NotFound, 'No such conversation.')
  const to = input.email ?? row.notify_email
  if (!to) throw new HttpError(HttpErrorCode.BadRequest, 'email: Say where to send the transcript.')
  // The address is the shopper's word: a cap keeps the store's mail server from being anyone's mailer.
  const [sent] = await ctx.deps.db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM mail_queue WHERE visitor_id = $1 AND kind = 'transcript' AND created_at > now() - interval '1 day'`,
    [visitorId],
  )
  if ((sent?.n ?? 0) >= TRANSCRIPTS_PER_DAY)
    throw new HttpError(HttpErrorCode.RateLimited, `At most ${TRANSCRIPTS_PER_DAY} transcripts a day; try again tomorrow.`, 60 * 60)
  const lines = await transcriptLines(ctx.deps.db, row.id, site.name, row.language)
  const unsubscribe = unsubscribeUrl(publicOrigin(ctx.req, ctx.deps.network), ctx.deps.secret, visitorId)
  const mail = transcriptMail({ to, store: site.name, language: row.language, lines, unsubscribeUrl: unsubscribe })
  await ctx.deps.mail.queue.enqueue(ctx.deps.db, mail, { kind: 'transcript', siteId: site.id, visitorId })
  void ctx.deps.mail.work()
  sendJson(ctx.res, 202, { ok: true }, cors)
}

/** The reopen link of a reply email: a fresh visitor token for the conversation's shopper. */
async function resume(ctx: RequestContext, site: Site, cors: Record<string, string>) {
  const { token } = await readBody(ctx.req, ResumeRequestSchema)
  const conversationId = readResumeToken(ctx.deps.secret, token, Date.now())
  const [row] = conversationId
    ? await ctx.deps.db.query<{ visitor_id: string }>('SELECT visitor_id FROM conversations WHERE id::text = $1 AND site_id = $2', [
        conversationId,
        site.id,
      ])
    : []
  if (!row) throw new HttpError(HttpErrorCode.NotFound, 'This link has expired or is not valid.')
  const body: ResumeResponse = { visitorToken: createVisitorToken(ctx.deps.secret, row.visitor_id, site.id), conversationId: conversationId! }
  sendJson(ctx.res, 200, body, cors)
}

/**
 * The unsubscribe link, no sign-in: GET shows a button (a link checker that follows every link
 * must not unsubscribe anyone), POST stops the mail — also the one-click POST of RFC 8058.
 */
async function unsubscribe(ctx: RequestContext) {
  const visitorId = readUnsubscribeToken(ctx.deps.secret, ctx.url.searchParams.get('t') ?? '')
  const [visitor] = visitorId
    ? await ctx.deps.db.query<{ store: string; language: string | null }>(
        `SELECT s.name AS store, (SELECT c.language FROM conversations c WHERE c.visitor_id = v.id ORDER BY c.created_at DESC LIMIT 1) AS language
         FROM visitors v JOIN sites s ON s.id = v.site_id WHERE v.id::text = $1`,
        [visitorId],
      )
    : []
  if (!visitor) throw new HttpError(HttpErrorCode.NotFound, 'This unsubscribe link is not valid.')
  const done = ctx.req.method === 'POST'
  if (done) {
    await ctx.deps.db.query('UPDATE visitors SET mail_unsubscribed_at = COALESCE(mail_unsubscribed_at, now()) WHERE id::text = $1', [visitorId])
    await ctx.deps.db.query('DELETE FROM reply_notices WHERE conversation_id IN (SELECT id FROM conversations WHERE visitor_id::text = $1)', [
      visitorId,
    ])
  }
  const html = unsubscribePage(mailWords(visitor.language, visitor.store), visitor.language ?? 'en', done)
  ctx.res.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(html),
    'Cache-Control': 'no-store',
    // The page has one form posting to itself and no script.
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
  })
  ctx.res.end(html)
}

export const mailRoutes: Route[] = [
  fromStorePage('GET', '/api/sites/:key/visitor/email', getEmail),
  fromStorePage('PUT', '/api/sites/:key/visitor/email', setEmail),
  preflight('/api/sites/:key/visitor/email'),
  fromStorePage('POST', '/api/sites/:key/transcript', transcript),
  preflight('/api/sites/:key/transcript'),
  fromStorePage('POST', '/api/sites/:key/resume', resume),
  preflight('/api/sites/:key/resume'),
  publicRoute('GET', '/api/mail/unsubscribe', unsubscribe),
  publicRoute('POST', '/api/mail/unsubscribe', unsubscribe),
]
