import * as v from 'valibot'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HttpErrorBodySchema } from '@attune/protocol'
import { createSessions, SESSION_COOKIE } from '../auth/sessions.ts'
import type { Database } from '../db/database.ts'
import { openPglite } from '../db/pglite.ts'
import { API_ROUTES } from '../http/api.ts'
import type { Route } from '../http/routes.ts'
import { createAttuneServer, type AttuneServer } from '../server.ts'
import { NASTY_STRINGS, NASTY_VALUES, seededRandom, storeDigest, storeWithChat, type StoreFixture } from './world.ts'

/**
 * Hostile HTTP, seeded and reproducible: every API route, called by another store's owner (the
 * caller who may do the most), with bodies that are not JSON, JSON of the wrong shape, fields of
 * every wrong kind, bodies over the limit, hostile path parts (the target store's ids among them)
 * and query strings. Every answer is a success or a typed error (`{ error: { code, message } }`
 * with a code the protocol names), never a 5xx; the target store's data is unchanged; the server
 * is up at the end. The frames' own fuzz run is fuzz.test.ts.
 */
const SEED = 'attune-http-fuzz-1'
const CALLS_PER_ROUTE = 24

/** Names of fields the routes read, so that a hostile body reaches past "unknown field". */
const FIELDS = [
  'email',
  'password',
  'currentPassword',
  'newPassword',
  'name',
  'role',
  'storeId',
  'token',
  'origins',
  'confirmName',
  'personId',
  'text',
  'url',
  'events',
  'enabled',
  'days',
  'timeZone',
  'message',
  'pattern',
  'delaySeconds',
  'language',
  'locale',
  'tags',
  'note',
  'status',
  'agentId',
  'conversationId',
  'answer',
  'topics',
  'effortItem',
  'thaiVoice',
  'sound',
  'mode',
  'title',
  'body',
  'from',
  'to',
  'q',
  'limit',
  'before',
  'cursor',
  'siteKey',
]
const HOSTILE_TEXT = [
  '',
  '{',
  '}{',
  'null',
  '[]',
  '"x"',
  '1e999',
  '{"a":',
  '\u0000',
  '[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]',
  // As deep as a body under the 16 KB limit goes: deeper than a recursive walk's stack.
  `{"name":${'['.repeat(8_000)}${']'.repeat(8_000)}}`,
  'undefined',
]

type Pick = <T>(items: readonly T[]) => T
type HostileCall = { path: string; init: RequestInit }

let db: Database
let server: AttuneServer
let target: StoreFixture
let caller: StoreFixture

beforeAll(async () => {
  db = await openPglite()
  server = await createAttuneServer({ port: 0, host: '127.0.0.1', database: db })
  target = await storeWithChat(server, db, 'Target')
  caller = await storeWithChat(server, db, 'Caller')
}, 120_000)

afterAll(async () => {
  await server?.close()
  await db?.close()
})

/** A value for a field: a hostile string or a value of the wrong kind. */
function hostileValue(pick: Pick, next: () => number): unknown {
  return next() < 0.5 ? pick(NASTY_STRINGS) : pick(NASTY_VALUES)
}

/**
 * A path part: the caller's own things (so a call reaches past "not found" into the route), the
 * target store's, things that do not exist, and hostile text.
 */
function hostilePart(pick: Pick, next: () => number): string {
  const part = pick([
    caller.key,
    caller.conversationId,
    caller.visitorId,
    target.conversationId,
    target.visitorId,
    target.key,
    crypto.randomUUID(),
    'not-a-uuid',
    '..',
    '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '%00',
    '%ff',
    '%ed%a0%80',
    'x'.repeat(300),
    // A lone surrogate has no UTF-8: it went in as bytes above.
    encodeURIComponent(String(hostileValue(pick, next)).replace(/[\ud800-\udfff]/g, '')),
  ])
  return part || 'empty'
}

/** One hostile call of `route`, by the caller store's owner (`cookie`: their session). */
function hostileCall(route: Route, cookie: string, pick: Pick, next: () => number): HostileCall {
  const path = route.path.replace(/:\w+/g, () => hostilePart(pick, next))
  const fromStorePage = route.path.startsWith('/api/sites/') || route.path.startsWith('/api/uploads')
  const headers: Record<string, string> = { cookie, origin: fromStorePage ? caller.origin : server.url }
  if (next() < 0.5)
    headers.authorization = `Bearer ${pick([caller.visitorToken, caller.visitorToken, target.visitorToken, '', 'x', 'a.b.c', 'x'.repeat(500)])}`
  const query = new URLSearchParams()
  for (let i = Math.floor(next() * 4); i > 0; i--) query.set(pick(FIELDS), String(hostileValue(pick, next)))
  const url = query.size > 0 ? `${path}?${query}` : path
  if (route.method === 'GET' || route.method === 'HEAD' || route.method === 'OPTIONS') return { path: url, init: { method: route.method, headers } }

  const kind = next()
  let body: string
  if (kind < 0.15) body = pick(HOSTILE_TEXT)
  else if (kind < 0.25) body = JSON.stringify(pick(NASTY_VALUES))
  else if (kind < 0.3) body = JSON.stringify({ text: 'x'.repeat(40 * 1024) })
  else if (kind < 0.35) body = '{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}'
  else {
    const fields: Record<string, unknown> = {}
    for (let i = 1 + Math.floor(next() * 5); i > 0; i--) fields[pick(FIELDS)] = hostileValue(pick, next)
    body = JSON.stringify(fields)
  }
  // Mostly JSON, as the routes ask; sometimes a type a cross-site form could send.
  headers['content-type'] =
    next() < 0.85 ? 'application/json' : pick(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])
  return { path: url, init: { method: route.method, headers, body } }
}

/** Whether a body is `{ error: { code, message } }` with a code the protocol names. */
function isTypedError(text: string): boolean {
  try {
    return v.is(HttpErrorBodySchema, JSON.parse(text))
  } catch {
    return false
  }
}

describe('a fuzz run of hostile HTTP calls', () => {
  it(`${CALLS_PER_ROUTE} calls to each of the ${API_ROUTES.length} API routes (seed ${SEED}): typed errors only, the other store unchanged`, async () => {
    const next = seededRandom(SEED)
    const pick: Pick = (items) => items[Math.floor(next() * items.length)]!
    const before = await storeDigest(db, target.key)
    const wrong: string[] = []
    const statuses = new Map<number, number>()

    const [callerStore] = await db.query<{ id: string }>('SELECT id FROM sites WHERE key = $1', [caller.key])
    for (const route of API_ROUTES) {
      // A session of its own for each route: a call that signs out or switches stores ends only it.
      const cookie = `${SESSION_COOKIE}=${await createSessions(db).create(caller.ownerId, callerStore!.id)}`
      for (let i = 0; i < CALLS_PER_ROUTE; i++) {
        const { path, init } = hostileCall(route, cookie, pick, next)
        const response = await fetch(server.url + path, init)
        const text = await response.text()
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
        const what = `${route.method} ${route.path} as ${init.method} ${path.slice(0, 120)}: ${response.status} ${text.slice(0, 160)}`
        if (response.status >= 500) wrong.push(what)
        else if (response.status >= 400 && init.method !== 'HEAD' && !isTypedError(text)) wrong.push(`untyped: ${what}`)
      }
    }

    console.log(
      `[http fuzz] answers by status: ${[...statuses]
        .sort(([a], [b]) => a - b)
        .map(([status, n]) => `${status}×${n}`)
        .join(', ')}`,
    )
    expect(wrong).toEqual([])
    expect(await storeDigest(db, target.key)).toBe(before)
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
  }, 300_000)
})
