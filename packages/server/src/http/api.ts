import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Invites } from '../accounts/invites.ts'
import type { People } from '../accounts/people.ts'
import type { Stores } from '../accounts/stores.ts'
import { AccountError } from '../accounts/errors.ts'
import { readCookie, SESSION_COOKIE, type Sessions } from '../auth/sessions.ts'
import { GateFull } from '../auth/gate.ts'
import type { SignInThrottle } from '../auth/throttle.ts'
import type { Bus } from '../bus.ts'
import { DatabaseUnavailable, type Database } from '../db/database.ts'
import type { ConversationLog } from '../log.ts'
import { Refused, type RefusalReason } from '../refused.ts'
import type { Directory } from '../sites.ts'
import type { Uploads } from '../uploads.ts'
import type { Conversations } from '../conversations.ts'
import type { AgentCare } from '../empathy/agent-care.ts'
import type { CareAnswers } from '../empathy/care-answers.ts'
import type { Presence } from '../gateway/presence.ts'
import type { Assignment } from '../team/assignment.ts'
import type { StoreHours } from '../store-hours.ts'
import type { Webhooks } from '../webhooks/webhooks.ts'
import { accountRoutes } from './account-api.ts'
import { careRoutes } from './agent-care-api.ts'
import { cannedRoutes } from './canned-api.ts'
import { empathyRoutes } from './empathy-api.ts'
import { historyRoutes } from './history-api.ts'
import { followUpRoutes } from './follow-up-api.ts'
import { greetingRoutes } from './greetings-api.ts'
import { hoursRoutes, launcherRoutes } from './hours-api.ts'
import { mailRoutes } from './mail-api.ts'
import type { MailService } from '../mail/service.ts'
import { fromOwnOrigin, type NetworkConfig } from './proxy.ts'
import { HttpError, HttpErrorCode, sendError } from './respond.ts'
import { createRouteTable, type Route } from './routes.ts'
import { storeRoutes } from './store-api.ts'
import { teamRoutes } from './team-api.ts'
import { uploadRoutes } from './uploads-api.ts'
import { widgetRoutes } from './widget-api.ts'
import { requestLog } from '../logger.ts'
import { webhookRoutes } from './webhooks-api.ts'
import { searchRoutes } from './search-api.ts'
import { noteRoutes } from './notes-api.ts'
import { assignmentRoutes } from './assignment-api.ts'

export type ApiDeps = {
  directory: Directory
  sessions: Sessions
  db: Database
  log: ConversationLog
  uploads: Uploads
  secret: string
  stores: Stores
  people: People
  invites: Invites
  bus: Bus
  throttle: SignInThrottle
  network: NetworkConfig
  conversations: Conversations
  /** Agent care (issue 16): abuse flags, offers and hand-offs; the agents' answers. */
  care: AgentCare
  careAnswers: CareAnswers
  /** Business hours (issue 15) and how many agents are online: the launcher's answer. */
  hours: StoreHours
  presence: Presence
  /** Who answers which conversation (issue 14). */
  assignment: Assignment
  /** The clock (tests pass a fake one). */
  now: () => number
  /** A store's webhook endpoints, their queue and delivery log (issue 15). */
  webhooks: Webhooks
  /** Outgoing mail (issue 15): the queue, reply emails, the worker. */
  mail: MailService
}

/** Every JSON API route, with who may call it; the role-matrix test walks this list. */
export const API_ROUTES: readonly Route[] = [
  ...accountRoutes,
  ...storeRoutes,
  ...teamRoutes,
  ...empathyRoutes,
  ...careRoutes,
  ...historyRoutes,
  ...followUpRoutes,
  ...greetingRoutes,
  ...uploadRoutes,
  ...widgetRoutes,
  ...hoursRoutes,
  ...launcherRoutes,
  ...webhookRoutes,
  ...mailRoutes,
  ...searchRoutes,
  ...noteRoutes,
  ...cannedRoutes,
  ...assignmentRoutes,
]

const table = createRouteTable(API_ROUTES)
const STATE_CHANGING = new Set(['POST', 'PUT', 'DELETE'])
/** Routes a store's own pages call (the widget's): they check the site's allowed origins themselves. */
const FROM_STORE_PAGES = new Set<Route>([
  ...uploadRoutes,
  ...widgetRoutes,
  ...launcherRoutes,
  ...mailRoutes.filter((r) => r.path.startsWith('/api/sites/')),
])

/**
 * Cross-site request forgery (issue 11): the session cookie rides along on another site's form or
 * fetch, and sign-in can be forced too; their Origin gives them away. A Bearer token is never
 * sent by a browser on its own, so it needs no check; the widget's routes take other origins as
 * long as no session cookie comes with them.
 */
function forged(req: IncomingMessage, route: Route, deps: ApiDeps): boolean {
  if (!STATE_CHANGING.has(route.method) || req.headers.authorization || fromOwnOrigin(req, deps.network)) return false
  return !FROM_STORE_PAGES.has(route) || readCookie(req.headers.cookie, SESSION_COOKIE) !== undefined
}

/** What the API answers a change the store's rules refuse (refused.ts), whichever route it came from. */
const REFUSALS = {
  not_found: HttpErrorCode.NotFound,
  taken: HttpErrorCode.Conflict,
  full: HttpErrorCode.Conflict,
  not_eligible: HttpErrorCode.Conflict,
  already_sent: HttpErrorCode.Conflict,
  no_comment: HttpErrorCode.Conflict,
} as const satisfies Record<RefusalReason, HttpErrorCode>

/** The JSON API under /api/. Returns false when the path is not the API's. */
export async function handleApi(req: IncomingMessage, res: ServerResponse, path: string, deps: ApiDeps): Promise<boolean> {
  if (!path.startsWith('/api/')) return false
  try {
    const found = table.match(req.method ?? 'GET', path)
    if (found === null) throw new HttpError(HttpErrorCode.NotFound, 'No such API route.')
    if (found === 'method_not_allowed') throw new HttpError(HttpErrorCode.MethodNotAllowed, 'This route does not take that method.')
    if (forged(req, found.route, deps)) {
      throw new HttpError(HttpErrorCode.Forbidden, 'Requests that change something must come from this server’s own pages.')
    }
    await found.route.handle({ req, res, url: new URL(req.url ?? path, 'http://local'), params: found.params, deps })
  } catch (error) {
    if (res.headersSent) return (res.destroy(), true)
    if (error instanceof HttpError) sendError(res, error.code, error.message, {}, error.retryAfterSeconds)
    else if (error instanceof AccountError) sendError(res, error.code, error.message)
    else if (error instanceof Refused) sendError(res, REFUSALS[error.reason as RefusalReason], error.message)
    else if (error instanceof GateFull) sendError(res, HttpErrorCode.Unavailable, 'Too many sign-ins at once; try again in a moment.', {}, 2)
    else if (error instanceof DatabaseUnavailable)
      sendError(res, HttpErrorCode.Unavailable, 'The database is not answering; try again in a moment.', {}, 5)
    else {
      requestLog(req).error({ err: error }, 'API error')
      sendError(res, HttpErrorCode.Internal, 'Something went wrong.')
    }
  }
  return true
}
