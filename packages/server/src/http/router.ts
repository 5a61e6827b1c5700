import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname } from 'node:path'
import { handleApi, type ApiDeps } from './api.ts'
import { isReady, readiness } from './health.ts'
import { inboxHeaders } from './inbox-policy.ts'
import { sendLanding } from './landing.ts'
import { HttpErrorCode, securityHeaders, sendError, sendJson } from './respond.ts'
import { serveStatic } from './static.ts'
import { serveMetrics, type Metrics } from '../metrics.ts'
import { startRequestLog } from '../logger.ts'

/** Folders of the built front ends; `store` (the demo shop) is served only in demo mode. */
export type AssetDirs = { store?: string; inbox?: string; widget?: string; loader?: string }

export type RouterDeps = ApiDeps & {
  assets: AssetDirs
  version: string
  databaseKind: 'embedded' | 'postgres'
  metrics: Metrics
  /** `/metrics` is served only when set. */
  metricsToken?: string | undefined
}

const IMMUTABLE = 'public, max-age=31536000, immutable'
/**
 * Stores load the widget from their own origin, and module scripts and their chunks are fetched
 * in CORS mode (HTML spec, "fetch a single module script"): without this header no store but
 * the demo page on this origin could run the widget.
 */
const CROSS_ORIGIN_ASSET = { 'Access-Control-Allow-Origin': '*', 'Cross-Origin-Resource-Policy': 'cross-origin' }

/** The whole HTTP surface: liveness and readiness, JSON API, then static apps. */
export function createRequestHandler(deps: RouterDeps) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    securityHeaders(res, deps.network)
    const logger = startRequestLog(req, res)
    try {
      const url = new URL(req.url ?? '/', 'http://local')
      const path = url.pathname
      // Every handler below decodes the path; a malformed escape (`%E0%A4%A`, a lone `%`) is the
      // client's mistake, answered here once (issue 11).
      if (!decodes(path)) return sendError(res, HttpErrorCode.BadRequest, 'The path is not valid URL encoding.')
      // PostgreSQL refuses NUL in text: a store's key, an id or a query value holding one would
      // fail its query as a 500. No name holds one, so it is refused here once, for every route.
      if (holdsNul(url)) return sendError(res, HttpErrorCode.BadRequest, 'The address holds a NUL character (%00).')
      if (path === '/healthz') {
        sendJson(res, 200, { status: 'ok', version: deps.version, database: deps.databaseKind })
        return
      }
      if (path === '/readyz') {
        const state = await readiness(deps)
        const ready = isReady(state)
        sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'unavailable', ...state })
        return
      }
      if (path === '/metrics' && (await serveMetrics(req, res, deps.metrics, deps.metricsToken))) return
      if (await handleApi(req, res, path, deps)) return
      // The loader's URL is what stores paste into their pages, so it must never be cached for
      // long; the chunks it loads are content-hashed and can be cached forever.
      if (path === '/widget/loader.js') {
        await serveStatic(req, res, '/loader.js', {
          root: deps.assets.loader,
          cacheControl: 'no-cache',
          headers: CROSS_ORIGIN_ASSET,
        })
        return
      }
      if (path.startsWith('/widget/')) {
        await serveStatic(req, res, path.slice('/widget'.length), {
          root: deps.assets.widget,
          cacheControl: IMMUTABLE,
          headers: CROSS_ORIGIN_ASSET,
        })
        return
      }
      if (path === '/inbox' || path.startsWith('/inbox/')) {
        await serveStatic(req, res, path.slice('/inbox'.length) || '/', {
          root: deps.assets.inbox,
          cacheControl: 'public, max-age=3600',
          headers: inboxHeaders(req, deps.network),
          // Client-side routes fall back to the app; a missing asset (has an extension) stays a 404.
          fallback: extname(path) ? undefined : '/index.html',
        })
        return
      }
      if (!deps.assets.store && path === '/') return sendLanding(res)
      await serveStatic(req, res, path, { root: deps.assets.store, cacheControl: 'no-cache' })
    } catch (error) {
      logger.error({ err: error }, 'request failed')
      if (!res.headersSent) sendError(res, HttpErrorCode.Internal, 'Something went wrong.')
      else res.destroy()
    }
  }
}

/** Whether the decoded path or a query value holds NUL. (Decoding never makes a lone surrogate: its bytes are not UTF-8.) */
function holdsNul(url: URL): boolean {
  return decodeURIComponent(url.pathname).includes('\0') || [...url.searchParams.values()].some((value) => value.includes('\0'))
}

function decodes(path: string): boolean {
  try {
    decodeURIComponent(path)
    return true
  } catch {
    return false
  }
}
