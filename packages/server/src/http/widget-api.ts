import { originAllowed } from '../origins.ts'
import { siteDetails } from '../site-details.ts'
import type { Site } from '../sites.ts'
import { HttpError, HttpErrorCode, sendError, sendJson } from './respond.ts'
import { publicRoute, type RequestContext, type Route } from './routes.ts'

/** CORS headers of the widget's public GETs: readable cross-origin only by the site's own pages. */
export function siteCors(site: Pick<Site, 'allowedOrigins'> | null, origin: string | undefined): Record<string, string> {
  const cors: Record<string, string> = { Vary: 'Origin' }
  if (site && origin && originAllowed(origin, site.allowedOrigins)) {
    cors['Access-Control-Allow-Origin'] = origin
    cors['Access-Control-Allow-Methods'] = 'GET, OPTIONS'
    cors['Access-Control-Max-Age'] = '600'
  }
  return cors
}

/** The store's public details (a visitor's welcome carries them too). Readable cross-origin only by the site's own pages. */
async function siteConfig({ req, res, params, deps }: RequestContext) {
  const site = await deps.directory.siteByKey(params.key!)
  const cors = siteCors(site, req.headers.origin)
  if (req.method === 'OPTIONS') {
    res.writeHead(204, cors).end()
    return
  }
  if (req.method !== 'GET') throw new HttpError(HttpErrorCode.MethodNotAllowed, 'Use GET.')
  if (!site) return sendError(res, HttpErrorCode.NotFound, 'No such site.', cors)
  sendJson(res, 200, siteDetails(site), cors)
}

export const widgetRoutes: Route[] = [publicRoute('GET', '/api/sites/:key', siteConfig), publicRoute('OPTIONS', '/api/sites/:key', siteConfig)]
