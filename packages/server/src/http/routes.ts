import type { IncomingMessage, ServerResponse } from 'node:http'
import * as v from 'valibot'
import { can, ILL_FORMED_MESSAGE, isWellFormedText, type Permission } from '@attune/protocol'
import { readCookie, SESSION_COOKIE, type SessionAgent } from '../auth/sessions.ts'
import type { ApiDeps } from './api.ts'
import { HttpError, HttpErrorCode, readJson } from './respond.ts'

/**
 * Who may call a route: anyone (`public`: the widget's routes check the site's origins and the
 * visitor's token themselves), anyone signed in to a store (`signed_in`), or a member whose role
 * in the session's store grants the permission.
 */
export type Access = 'public' | 'signed_in' | Permission

export type RequestContext = {
  req: IncomingMessage
  res: ServerResponse
  url: URL
  /** The `:name` parts of the route's path, decoded. */
  params: Record<string, string>
  deps: ApiDeps
}

export type Route = {
  method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE' | 'OPTIONS'
  /** A path with `:name` parts, e.g. `/api/team/members/:id`. */
  path: string
  access: Access
  handle(ctx: RequestContext): Promise<void>
}

type MemberHandler = (ctx: RequestContext, agent: SessionAgent) => Promise<void>

/** A route anyone may call. */
export function publicRoute(method: Route['method'], path: string, handle: (ctx: RequestContext) => Promise<void>): Route {
  return { method, path, access: 'public', handle }
}

/** A route for a signed-in member of the session's store, checked before `handle` runs. */
export function memberRoute(method: Route['method'], path: string, access: Exclude<Access, 'public'>, handle: MemberHandler): Route {
  return {
    method,
    path,
    access,
    handle: async (ctx) => handle(ctx, await authorize(ctx, access)),
  }
}

/** The session's person if their role allows `access`: 401 when signed out, 403 when not allowed. */
async function authorize(ctx: RequestContext, access: Exclude<Access, 'public'>): Promise<SessionAgent> {
  const agent = await ctx.deps.sessions.find(readCookie(ctx.req.headers.cookie, SESSION_COOKIE))
  if (!agent) throw new HttpError(HttpErrorCode.Unauthorized, 'Sign in first.')
  if (access !== 'signed_in' && !can(agent.role, access)) {
    throw new HttpError(HttpErrorCode.Forbidden, `Your role (${agent.role}) in this store may not do that.`)
  }
  return agent
}

/**
 * Reads and validates a JSON body; every problem is named in one typed 400. The body must say it
 * is JSON: a cross-site form can send `text/plain` or form types without a CORS preflight, never
 * `application/json`, so a forged form never reaches a handler (issue 11; OWASP CSRF cheat sheet).
 */
export async function readBody<S extends v.GenericSchema>(req: IncomingMessage, schema: S): Promise<v.InferOutput<S>> {
  const type = req.headers['content-type']?.split(';')[0]?.trim().toLowerCase()
  if (type !== 'application/json') throw new HttpError(HttpErrorCode.UnsupportedType, 'Send the body as JSON, with Content-Type: application/json.')
  return validate(schema, await readJson(req))
}

/** Validates the query string (each name once; a repeated one keeps its last value), as readBody a body. */
export function readQuery<S extends v.GenericSchema>(url: URL, schema: S): v.InferOutput<S> {
  return validate(schema, Object.fromEntries(url.searchParams))
}

function validate<S extends v.GenericSchema>(schema: S, input: unknown): v.InferOutput<S> {
  // Every string a client sends, in a field the schema reads or not: PostgreSQL would refuse one
  // with NUL or an unpaired surrogate as a 500, wherever the route stores it.
  const illFormed = illFormedAt(input)
  if (illFormed !== null) throw new HttpError(HttpErrorCode.BadRequest, illFormed ? `${illFormed}: ${ILL_FORMED_MESSAGE}` : ILL_FORMED_MESSAGE)
  const parsed = v.safeParse(schema, input)
  if (parsed.success) return parsed.output
  const messages = parsed.issues.map((issue) => {
    const path = issue.path?.map((p) => String(p.key)).join('.')
    return path ? `${path}: ${issue.message}` : issue.message
  })
  throw new HttpError(HttpErrorCode.BadRequest, messages.join(' '))
}

type Compiled = { route: Route; pattern: RegExp; names: string[] }

/** Matches a request against the table: the route, 405 for a known path with another method, or null. */
export function createRouteTable(routes: readonly Route[]) {
  const compiled: Compiled[] = routes.map((route) => {
    const names: string[] = []
    const source = route.path.replace(/[.]/g, '\\.').replace(/:(\w+)/g, (_, name: string) => (names.push(name), '([^/]+)'))
    return { route, pattern: new RegExp(`^${source}$`), names }
  })
  return {
    match(method: string, path: string): { route: Route; params: Record<string, string> } | 'method_not_allowed' | null {
      let pathKnown = false
      for (const { route, pattern, names } of compiled) {
        const m = pattern.exec(path)
        if (!m) continue
        pathKnown = true
        if (route.method !== method) continue
        const params: Record<string, string> = {}
        names.forEach((name, i) => {
          try {
            params[name] = decodeURIComponent(m[i + 1]!)
          } catch {
            throw new HttpError(HttpErrorCode.BadRequest, `The ${name} in the path is not valid URL encoding.`)
          }
        })
        return { route, params }
      }
      return pathKnown ? 'method_not_allowed' : null
    },
  }
}

/** A place in a request's JSON: its value, its key, and the place that holds it. */
type Place = { value: unknown; key: string; parent: Place | null }

/**
 * The path of a string (a value or a key) PostgreSQL would refuse, '' for the input itself, or null
 * when there is none. A loop, not recursion: a 16 KB body nests 8,000 deep, past the call stack.
 */
function illFormedAt(input: unknown): string | null {
  const pending: Place[] = [{ value: input, key: '', parent: null }]
  for (let place = pending.pop(); place; place = pending.pop()) {
    if (typeof place.value === 'string' && !isWellFormedText(place.value)) return pathOf(place)
    if (typeof place.value !== 'object' || place.value === null) continue
    for (const [key, value] of Object.entries(place.value)) {
      const child = { value, key, parent: place }
      if (!isWellFormedText(key)) return pathOf(child)
      pending.push(child)
    }
  }
  return null
}

const pathOf = (place: Place): string => {
  const keys: string[] = []
  for (let at: Place | null = place; at?.parent; at = at.parent) keys.push(at.key)
  return keys.reverse().join('.')
}
