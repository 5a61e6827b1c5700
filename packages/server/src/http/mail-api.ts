import {
  ResumeRequestSchema,
  TranscriptRequestSchema,
  TranscriptTextRequestSchema,
  VisitorEmailRequestSchema,
  type ResumeResponse,
  type TranscriptTextResponse,
  type VisitorEmailResponse,
} from '@attune/protocol'
import { currentVisitor } from '../auth/visitor-auth.ts'
import { AccountError } from '../accounts/errors.ts'
import type { Queryable } from '../db/database.ts'
import { readUnsubscribeToken, type UnsubscribeClaim } from '../mail/links.ts'
import { reopen } from '../mail/reopen.ts'
import { mailWords } from '../mail/catalog.ts'
import { unsubscribeUrl } from '../mail/replies.ts'
import { transcriptMail, transcriptText } from '../mail/templates.ts'
import { queueTranscript, transcriptLines, TRANSCRIPTS_PER_DAY, type TranscriptCap } from '../mail/transcript.ts'
import { unsubscribePage } from '../mail/unsubscribe-page.ts'
import { originAllowed } from '../origins.ts'
import type { Site } from '../sites.ts'
import { publicOrigin } from './proxy.ts'
import { HttpError, HttpErrorCode, sendError, sendJson } from './respond.ts'
import { publicRoute, readBody, type RequestContext, type Route } from './routes.ts'

/** What a shopper is told when a day's share of transcripts is used up. */
const TRANSCRIPTS_REFUSED: Record<TranscriptCap, string> = {
  shopper: `At most ${TRANSCRIPTS_PER_DAY.shopper} transcripts a day; try again tomorrow.`,
  store: 'This store sent all the transcripts it may today; try again tomorrow.',
}

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
      if (error instanceof HttpError) return sendError(ctx.res, error.code, error.message, cors, error.retryAfterSeconds)
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

/**
 * One of the request's shopper's own conversations: the one named, or without a name their newest
 * with a line (a message or its end), the chat their widget's timeline ends with (a conversation
 * opened after a resolve holds only its before card until they write there). Another shopper's, or
 * another store's (a visitor is of one store), looks exactly like a missing one.
 */
async function ownConversation(ctx: RequestContext, visitorId: string, conversationId: string | undefined) {
  const [row] = await ctx.deps.db.query<{ id: string; language: string | null; notify_email: string | null }>(
    `SELECT c.id, c.language, v.notify_email FROM conversations c JOIN visitors v ON v.id = c.visitor_id
     WHERE c.visitor_id = $2 AND (c.id::text = $1 OR $1 IS NULL AND EXISTS (
       SELECT 1 FROM events e WHERE e.conversation_id = c.id AND e.kind IN ('message', 'conversation.resolved')))
     ORDER BY c.created_at DESC LIMIT 1`,
    [conversationId ?? null, visitorId],
  )
  if (!row) throw new HttpError(HttpErrorCode.NotFound, 'No such conversation.')
  return row
}

/** Queues a copy of one of the shopper's own conversations. */
async function transcript(ctx: RequestContext, site: Site, cors: Record<string, string>) {
  const visitorId = await visitorOf(ctx, site)
  const input = await readBody(ctx.req, TranscriptRequestSchema)
  const row = await ownConversation(ctx, visitorId, input.conversationId)
  const to = input.email ?? row.notify_email
  if (!to) throw new HttpError(HttpErrorCode.BadRequest, 'email: Say where to send the transcript.')
  const unsubscribe = unsubscribeUrl(publicOrigin(ctx.req, ctx.deps.network), ctx.deps.secret, { visitorId, siteId: site.id, language: row.language })
  const over = await queueTranscript(ctx.deps.db, ctx.deps.mail.queue, { siteId: site.id, visitorId }, async (q) => {
    const lines = await transcriptLines(q, row.id, site.name, row.language)
    return transcriptMail({ to, store: site.name, language: row.language, lines, unsubscribeUrl: unsubscribe })
  })
  if (over) throw new HttpError(HttpErrorCode.RateLimited, TRANSCRIPTS_REFUSED[over], 60 * 60)
  void ctx.deps.mail.work()
  sendJson(ctx.res, 202, { ok: true }, cors)
}

/**
 * The text of one of the shopper's own conversations, whole, for the widget's download (chat.txt):
 * the widget may hold only its last page (after a reload it follows the next conversation before
 * paging in the ended one). Written as the copy by email is, in the conversation's language.
 */
async function transcriptTextOf(ctx: RequestContext, site: Site, cors: Record<string, string>) {
  const visitorId = await visitorOf(ctx, site)
  const input = await readBody(ctx.req, TranscriptTextRequestSchema)
  const row = await ownConversation(ctx, visitorId, input.conversationId)
  const body: TranscriptTextResponse = { text: transcriptText(await transcriptLines(ctx.deps.db, row.id, site.name, row.language, input.timeZone)) }
  sendJson(ctx.res, 200, body, cors)
}

/** The reopen link of a reply email, for a headless app (mail/reopen.ts; the widget's hello carries it). */
async function resume(ctx: RequestContext, site: Site, cors: Record<string, string>) {
  const { token } = await readBody(ctx.req, ResumeRequestSchema)
  const body: ResumeResponse | null = await reopen(ctx.deps, site.id, token)
  if (!body) throw new HttpError(HttpErrorCode.NotFound, 'This link has expired or is not valid.')
  sendJson(ctx.res, 200, body, cors)
}

/**
 * The unsubscribe link, no sign-in: GET shows a button (a link checker that follows every link
 * must not unsubscribe anyone), POST stops the mail — also the one-click POST of RFC 8058.
 */
async function unsubscribe(ctx: RequestContext) {
  const claim = readUnsubscribeToken(ctx.deps.secret, ctx.url.searchParams.get('t') ?? '')
  if (!claim) throw new HttpError(HttpErrorCode.NotFound, 'This unsubscribe link is not valid.')
  const reader = await linkReader(ctx.deps.db, claim)
  const done = ctx.req.method === 'POST'
  if (done && reader.here) {
    await ctx.deps.db.query('UPDATE visitors SET mail_unsubscribed_at = COALESCE(mail_unsubscribed_at, now()) WHERE id::text = $1', [claim.visitorId])
    await ctx.deps.db.query('DELETE FROM reply_notices WHERE conversation_id IN (SELECT id FROM conversations WHERE visitor_id::text = $1)', [
      claim.visitorId,
    ])
  }
  const html = unsubscribePage(mailWords(reader.language, reader.store), reader.language ?? 'en', done)
  ctx.res.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(html),
    'Cache-Control': 'no-store',
    // The page has one form posting to itself and no script.
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
  })
  ctx.res.end(html)
}

/** Stands for the store's name on the page of a first-format link whose shopper is gone: it named no store. */
const SOME_STORE = 'this store'

/**
 * Who an unsubscribe link speaks to: the store, the language (the mail's, else the shopper's
 * latest chat's), and whether the shopper is still here. A shopper merged into an account at
 * sign-in, or erased, is gone with their address, so no more mail goes to it: the link is done.
 */
async function linkReader(db: Queryable, claim: UnsubscribeClaim) {
  const [row] = await db.query<{ store: string; here: boolean; language: string | null }>(
    `SELECT s.name AS store, v.id IS NOT NULL AS here,
            (SELECT c.language FROM conversations c WHERE c.visitor_id = v.id ORDER BY c.created_at DESC LIMIT 1) AS language
     FROM sites s LEFT JOIN visitors v ON v.id::text = $1 AND v.site_id = s.id
     WHERE s.id = COALESCE($2::uuid, (SELECT site_id FROM visitors WHERE id::text = $1))`,
    [claim.visitorId, claim.siteId],
  )
  return { store: row?.store ?? SOME_STORE, language: claim.language ?? row?.language ?? null, here: row?.here ?? false }
}

export const mailRoutes: Route[] = [
  fromStorePage('GET', '/api/sites/:key/visitor/email', getEmail),
  fromStorePage('PUT', '/api/sites/:key/visitor/email', setEmail),
  preflight('/api/sites/:key/visitor/email'),
  fromStorePage('POST', '/api/sites/:key/transcript', transcript),
  preflight('/api/sites/:key/transcript'),
  fromStorePage('POST', '/api/sites/:key/transcript/text', transcriptTextOf),
  preflight('/api/sites/:key/transcript/text'),
  fromStorePage('POST', '/api/sites/:key/resume', resume),
  preflight('/api/sites/:key/resume'),
  publicRoute('GET', '/api/mail/unsubscribe', unsubscribe),
  publicRoute('POST', '/api/mail/unsubscribe', unsubscribe),
]
