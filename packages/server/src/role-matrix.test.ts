import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_HOURS, PROTOCOL_VERSION, type ClientFrameInput } from '@attune/protocol'
import { createInvites } from './accounts/invites.ts'
import { createPeople, type PersonRecord } from './accounts/people.ts'
import { createStores, type StoreRecord } from './accounts/stores.ts'
import { createSessions, SESSION_COOKIE } from './auth/sessions.ts'
import { createConversations } from './conversations.ts'
import { createGreetings } from './greetings.ts'
import { createCannedReplies } from './canned.ts'
import { openPglite } from './db/pglite.ts'
import type { Database } from './db/database.ts'
import { createLog } from './log.ts'
import { API_ROUTES } from './http/api.ts'
import { FRAME_HANDLERS } from './gateway/frames.ts'
import { TestClient } from './gateway/test-client.ts'
import { createAttuneServer, type AttuneServer } from './server.ts'
import { createResumeToken, createUnsubscribeToken } from './mail/links.ts'

/**
 * Who may do what, tried for real: every HTTP route and every frame, as each role of a store, as
 * the owner of another store, and signed out. A cell passes when the server did it (2xx, or a
 * frame answered without `forbidden`/`not_found`) and is refused when it answered 401, 403 or
 * 404 (another store's resources look missing). The table below is written by hand, not
 * derived from the grants, so a change to who may do what must change it too (and the matrix
 * in the server's README).
 */
const CALLERS = ['owner', 'admin', 'manager', 'agent', 'other', 'anonymous'] as const
type Caller = (typeof CALLERS)[number]

// ✓ allowed, · refused, in the order of CALLERS. "other" is the owner of another store: routes
// without a resource act on their own store (checked: the answer never names this store).
const ROUTES: Record<string, string> = {
  'POST /api/agent/login': '✓ ✓ ✓ ✓ ✓ ✓',
  'POST /api/agent/logout': '✓ ✓ ✓ ✓ ✓ ✓',
  'GET /api/agent/me': '✓ ✓ ✓ ✓ ✓ ·',
  'POST /api/agent/store': '✓ ✓ ✓ ✓ · ·',
  'PUT /api/agent/password': '✓ ✓ ✓ ✓ ✓ ·',
  'PUT /api/agent/preferences': '✓ ✓ ✓ ✓ ✓ ·',
  'POST /api/invites/lookup': '✓ ✓ ✓ ✓ ✓ ✓',
  'POST /api/invites/accept': '✓ ✓ ✓ ✓ ✓ ✓',
  'GET /api/store': '✓ ✓ · · ✓ ·',
  'PUT /api/store': '✓ ✓ · · ✓ ·',
  'POST /api/store/identity-secret': '✓ ✓ · · ✓ ·',
  'POST /api/store/identity-secret/rotate': '✓ ✓ · · ✓ ·',
  'DELETE /api/store': '✓ · · · ✓ ·',
  'POST /api/store/transfer': '✓ · · · · ·',
  'GET /api/team': '✓ ✓ ✓ ✓ ✓ ·',
  'POST /api/team/invites': '✓ ✓ · · ✓ ·',
  'DELETE /api/team/invites/:id': '✓ ✓ · · · ·',
  'PUT /api/team/members/:id': '✓ ✓ · · · ·',
  'DELETE /api/team/members/:id': '✓ ✓ · · · ·',
  'GET /api/insights': '✓ ✓ ✓ · ✓ ·',
  'GET /api/insights.csv': '✓ ✓ ✓ · ✓ ·',
  'GET /api/settings': '✓ ✓ ✓ · ✓ ·',
  'PUT /api/settings': '✓ ✓ ✓ · ✓ ·',
  'DELETE /api/visitors/:id': '✓ ✓ ✓ · · ·',
  'GET /api/care/settings': '✓ ✓ · · ✓ ·',
  'PUT /api/care/settings': '✓ ✓ · · ✓ ·',
  // An agent's own answer, to an offer made to them; no route reads one answer back, to anyone.
  'POST /api/care/answers': '✓ ✓ ✓ ✓ · ·',
  'GET /api/care/days': '✓ ✓ ✓ · ✓ ·',
  'POST /api/conversations/:id/handoff': '✓ ✓ ✓ ✓ · ·',
  'GET /api/conversations/:id/shopper-history': '✓ ✓ ✓ ✓ · ·',
  // Search and the Resolved list (issue 14): another store's owner searches their own store.
  'GET /api/conversations/search': '✓ ✓ ✓ ✓ ✓ ·',
  'GET /api/follow-ups': '✓ ✓ ✓ ✓ ✓ ·',
  'POST /api/follow-ups/:conversationId': '✓ ✓ ✓ ✓ · ·',
  'GET /api/feedback': '✓ ✓ ✓ · ✓ ·',
  'POST /api/feedback/:conversationId/acted': '✓ ✓ ✓ · · ·',
  'GET /api/greetings': '✓ ✓ · · ✓ ·',
  'POST /api/greetings': '✓ ✓ · · ✓ ·',
  'PUT /api/greetings/:id': '✓ ✓ · · · ·',
  'DELETE /api/greetings/:id': '✓ ✓ · · · ·',
  'OPTIONS /api/uploads': '✓ ✓ ✓ ✓ ✓ ✓',
  'POST /api/uploads': '✓ ✓ ✓ ✓ · ·',
  // Without the signed link a message carries, a file is for its store's members only (issue 11, finding 6).
  'GET /api/uploads/:id': '✓ ✓ ✓ ✓ · ·',
  'HEAD /api/uploads/:id': '✓ ✓ ✓ ✓ · ·',
  'GET /api/sites/:key': '✓ ✓ ✓ ✓ ✓ ✓',
  'OPTIONS /api/sites/:key': '✓ ✓ ✓ ✓ ✓ ✓',
  'GET /api/store/hours': '✓ ✓ · · ✓ ·',
  'PUT /api/store/hours': '✓ ✓ · · ✓ ·',
  'GET /api/sites/:key/launcher': '✓ ✓ ✓ ✓ ✓ ✓',
  'OPTIONS /api/sites/:key/launcher': '✓ ✓ ✓ ✓ ✓ ✓',
  'GET /api/webhooks': '✓ ✓ · · ✓ ·',
  'POST /api/webhooks': '✓ ✓ · · ✓ ·',
  'POST /api/webhooks/:id/rotate': '✓ ✓ · · · ·',
  'POST /api/webhooks/:id/test': '✓ ✓ · · · ·',
  'DELETE /api/webhooks/:id': '✓ ✓ · · · ·',
  // Mail (issue 15). The shopper's own routes take their visitor token, never a member's session.
  'GET /api/sites/:key/visitor/email': '· · · · · ·',
  'PUT /api/sites/:key/visitor/email': '· · · · · ·',
  'OPTIONS /api/sites/:key/visitor/email': '✓ ✓ ✓ ✓ ✓ ✓',
  'POST /api/sites/:key/transcript': '· · · · · ·',
  'OPTIONS /api/sites/:key/transcript': '✓ ✓ ✓ ✓ ✓ ✓',
  'POST /api/sites/:key/transcript/text': '· · · · · ·',
  'OPTIONS /api/sites/:key/transcript/text': '✓ ✓ ✓ ✓ ✓ ✓',
  // The reopen and unsubscribe tokens of an email are the key: whoever holds the email may.
  'POST /api/sites/:key/resume': '✓ ✓ ✓ ✓ ✓ ✓',
  'OPTIONS /api/sites/:key/resume': '✓ ✓ ✓ ✓ ✓ ✓',
  'GET /api/mail/unsubscribe': '✓ ✓ ✓ ✓ ✓ ✓',
  'POST /api/mail/unsubscribe': '✓ ✓ ✓ ✓ ✓ ✓',
  // Private notes and tags (issue 14): everyone who converses; another store's look missing.
  'GET /api/conversations/:id/notes': '✓ ✓ ✓ ✓ · ·',
  'POST /api/conversations/:id/notes': '✓ ✓ ✓ ✓ · ·',
  'GET /api/tags': '✓ ✓ ✓ ✓ ✓ ·',
  'PUT /api/conversations/:id/tags': '✓ ✓ ✓ ✓ · ·',
  // Canned replies (issue 14): whoever converses reads them; managers and above write them (decision 027).
  'GET /api/canned-replies': '✓ ✓ ✓ ✓ ✓ ·',
  'POST /api/canned-replies': '✓ ✓ ✓ · ✓ ·',
  'PUT /api/canned-replies/:id': '✓ ✓ ✓ · · ·',
  'DELETE /api/canned-replies/:id': '✓ ✓ ✓ · · ·',
  // Presence and assignment (issue 14). Anyone may take a waiting conversation; managers and up
  // assign to anyone; its assignee transfers it (the world's agent holds one of their own).
  'GET /api/presence': '✓ ✓ ✓ ✓ ✓ ·',
  'PUT /api/presence': '✓ ✓ ✓ ✓ ✓ ·',
  'GET /api/store/assignment': '✓ ✓ · · ✓ ·',
  'PUT /api/store/assignment': '✓ ✓ · · ✓ ·',
  'POST /api/conversations/:id/take': '✓ ✓ ✓ ✓ · ·',
  'POST /api/conversations/:id/assign': '✓ ✓ ✓ · · ·',
  'POST /api/conversations/:id/transfer': '✓ ✓ ✓ ✓ · ·',
}

// The frames of the inbox's connection (/v1/agent), on a conversation of this store. The
// shopper's own frames are refused to every member; signed out, the upgrade itself is refused.
const FRAMES: Record<string, string> = {
  ping: '✓ ✓ ✓ ✓ ✓ ·',
  resume: '✓ ✓ ✓ ✓ · ·',
  history: '✓ ✓ ✓ ✓ · ·',
  send: '✓ ✓ ✓ ✓ · ·',
  typing: '✓ ✓ ✓ ✓ · ·',
  read: '✓ ✓ ✓ ✓ · ·',
  resolve: '✓ ✓ ✓ ✓ · ·',
  ask: '✓ ✓ ✓ ✓ · ·',
  identify: '· · · · · ·',
  context: '· · · · · ·',
  open: '· · · · · ·',
  answer: '· · · · · ·',
  skip: '· · · · · ·',
  end: '· · · · · ·',
}

// What the server pushes to the inbox's connection on its own, by who hears it: a shopper's
// public-complaint threat alerts the store's managers, admins and owners (issue 16).
const NOTICES: Record<string, string> = {
  alert: '✓ ✓ ✓ · · ·',
  // A private note (issue 14) reaches every member's inbox of its store; never a visitor (notes-api.test.ts).
  note: '✓ ✓ ✓ ✓ · ·',
}

const allowed = (row: string, caller: Caller) => row.split(' ')[CALLERS.indexOf(caller)] === '✓'

const PASSWORD = 'correct horse battery'
/** Port 9 (discard) refuses at once: the test events the matrix queues fail fast and quietly. */
const HOOK_URL = 'http://127.0.0.1:9/attune'
/** Pinned, so the tests can sign what mail links carry. */
const SECRET = 'role-matrix-secret-'.padEnd(40, 'x')

/** One store with a member of each role, a shopper's conversation, a file and an invitation. */
type World = {
  store: StoreRecord
  other: StoreRecord
  people: Record<Exclude<Caller, 'anonymous'>, PersonRecord> & { extra: PersonRecord }
  cookies: Partial<Record<Caller, string>>
  conversationId: string
  /** Another shopper's chat that ended very upset, with a comment: on the follow-up list. */
  upsetConversationId: string
  visitorId: string
  uploadId: string
  inviteId: string
  inviteToken: string
  secondInviteToken: string
  /** A care offer made to each member on the conversation (issue 16). */
  careOffers: Partial<Record<Caller, string>>
  /** A webhook endpoint of the store (issue 15); nothing listens on its port. */
  webhookId: string
  /** What a reply email's links carry, for the conversation's shopper (issue 15). */
  resumeToken: string
  unsubscribeToken: string
  /** A proactive greeting of the store (issue 15). */
  greetingId: string
  /** A canned reply of the store (issue 14). */
  cannedId: string
  /** A shopper's chat assigned to the store's agent (issue 14): theirs to transfer. */
  assignedConversationId: string
}

let db: Database
let server: AttuneServer
let team: Record<Exclude<Caller, 'anonymous'>, PersonRecord> & { extra: PersonRecord }
let worlds = 0

beforeAll(async () => {
  db = await openPglite()
  server = await createAttuneServer({ port: 0, host: '127.0.0.1', database: db, secret: SECRET, webhooks: { allowLoopback: true } })
  const people = createPeople(db)
  const make = (name: string) => people.create({ email: `${name}@matrix.test`, name, password: PASSWORD })
  const [owner, admin, manager, agent, other, extra] = await Promise.all(['owner', 'admin', 'manager', 'agent', 'other', 'extra'].map(make))
  team = { owner: owner!, admin: admin!, manager: manager!, agent: agent!, other: other!, extra: extra! }
}, 120_000)

afterAll(async () => {
  await server?.close()
  await db?.close()
})

/** A fresh store for one cell, so a cell that deletes or transfers leaves the next one whole. */
async function world(): Promise<World> {
  const n = ++worlds
  const stores = createStores(db)
  const people = createPeople(db)
  const store = await stores.create({ name: `Store ${n}`, origins: ['http://127.0.0.1:*'] })
  const other = await stores.create({ name: `Other ${n}`, origins: ['http://127.0.0.1:*'] })
  for (const role of ['owner', 'admin', 'manager', 'agent'] as const) await people.join(store.id, team[role].id, role)
  await people.join(store.id, team.extra.id, 'agent')
  await people.join(other.id, team.other.id, 'owner')
  const sessions = createSessions(db)
  const cookies: World['cookies'] = {}
  for (const role of ['owner', 'admin', 'manager', 'agent'] as const)
    cookies[role] = `${SESSION_COOKIE}=${await sessions.create(team[role].id, store.id)}`
  cookies.other = `${SESSION_COOKIE}=${await sessions.create(team.other.id, other.id)}`

  const [visitor] = await db.query<{ id: string }>(`INSERT INTO visitors (id, site_id) VALUES (gen_random_uuid(), $1) RETURNING id`, [store.id])
  const { conversation } = await createConversations(db).openFor(store.id, visitor!.id)
  await createLog(db).append(conversation.id, {
    kind: 'message',
    author: { role: 'visitor', id: visitor!.id },
    clientId: `c${n}`,
    body: { text: 'hello' },
  })
  const upset = await upsetChat(store.id, n)
  const [assigned] = await db.query<{ id: string }>(`INSERT INTO visitors (id, site_id) VALUES (gen_random_uuid(), $1) RETURNING id`, [store.id])
  const { conversation: theirs } = await createConversations(db).openFor(store.id, assigned!.id)
  await db.query('UPDATE conversations SET assignee_id = $2 WHERE id = $1', [theirs.id, team.agent.id])
  const uploaded = await fetch(`${server.url}/api/uploads?siteKey=${store.key}`, {
    method: 'POST',
    headers: { cookie: cookies.owner!, 'content-type': 'text/plain' },
    body: 'a file',
  })
  const { attachment } = (await uploaded.json()) as { attachment: { id: string } }
  const invites = createInvites(db)
  const first = await invites.create(store.id, { email: `invited${n}@matrix.test`, role: 'agent', invitedBy: null })
  const second = await invites.create(store.id, { email: `joiner${n}@matrix.test`, role: 'agent', invitedBy: null })
  const careOffers: World['careOffers'] = {}
  for (const role of ['owner', 'admin', 'manager', 'agent'] as const) {
    const [offer] = await db.query<{ id: string }>(
      'INSERT INTO care_offers (id, site_id, person_id, conversation_id, created_at) VALUES (gen_random_uuid(), $1, $2, $3, now()) RETURNING id',
      [store.id, team[role].id, conversation.id],
    )
    careOffers[role] = offer!.id
  }
  const [webhook] = await db.query<{ id: string }>(
    `INSERT INTO webhook_endpoints (id, site_id, url, events, secret) VALUES (gen_random_uuid(), $1, $2, '{message.created}', 'whsec_m') RETURNING id`,
    [store.id, HOOK_URL],
  )
  const greeting = await createGreetings(db).create(store.id, GREETING)
  const canned = await createCannedReplies(db).create(store.id, CANNED)
  return {
    cannedId: canned.id,
    webhookId: webhook!.id,
    greetingId: greeting.id,
    assignedConversationId: theirs.id,
    careOffers,
    store,
    other,
    people: team,
    cookies,
    conversationId: conversation.id,
    upsetConversationId: upset,
    visitorId: visitor!.id,
    uploadId: attachment.id,
    inviteId: first.invite.id,
    inviteToken: first.token,
    secondInviteToken: second.token,
    resumeToken: createResumeToken(SECRET, { conversationId: conversation.id, visitorId: visitor!.id }, Date.now()),
    unsubscribeToken: createUnsubscribeToken(SECRET, { visitorId: visitor!.id, siteId: store.id, language: null }),
  }
}

/** A shopper's chat that ended very upset, with a comment: what a follow-up and an "acted on" need. */
async function upsetChat(storeId: string, n: number): Promise<string> {
  const [visitor] = await db.query<{ id: string }>(`INSERT INTO visitors (id, site_id) VALUES (gen_random_uuid(), $1) RETURNING id`, [storeId])
  const { conversation } = await createConversations(db).openFor(storeId, visitor!.id)
  const log = createLog(db)
  const author = { role: 'visitor', id: visitor!.id } as const
  await log.append(conversation.id, { kind: 'message', author, clientId: `u${n}`, body: { text: 'lost parcel' } })
  await log.append(conversation.id, { kind: 'conversation.resolved', author, clientId: `r${n}`, body: {} })
  await log.append(conversation.id, {
    kind: 'checkin.asked',
    author: { role: 'system', id: 'attune' },
    clientId: `k${n}`,
    body: { phase: 'after', trigger: 'end_chat' },
  })
  await log.append(conversation.id, {
    kind: 'checkin.answered',
    author,
    clientId: `a${n}`,
    body: { answer: { phase: 'after', mood: 1, comment: 'Too slow' } },
  })
  await db.query(`UPDATE conversations SET status = 'resolved' WHERE id = $1`, [conversation.id])
  return conversation.id
}

type Call = { path: string; body?: unknown; headers?: Record<string, string> }

const CANNED = { title: 'Sizes', shortcut: 'sizes', language: 'en', texts: { en: 'Our size chart: {store_name}/sizes' } } as const
const GREETING = { enabled: false, condition: { kind: 'second_visit' }, language: 'en', texts: { en: 'Welcome back!' } } as const

/** A request each route would carry out for a member allowed to make it. */
function callFor(route: string, w: World, caller: Caller): Call {
  const email = caller === 'anonymous' ? w.people.agent.email : w.people[caller].email
  const calls: Record<string, Call> = {
    'POST /api/agent/login': { path: '/api/agent/login', body: { email, password: PASSWORD } },
    'POST /api/agent/logout': { path: '/api/agent/logout' },
    'GET /api/agent/me': { path: '/api/agent/me' },
    'POST /api/agent/store': { path: '/api/agent/store', body: { siteKey: w.store.key } },
    'PUT /api/agent/password': { path: '/api/agent/password', body: { currentPassword: PASSWORD, newPassword: PASSWORD } },
    'PUT /api/agent/preferences': { path: '/api/agent/preferences', body: { thaiVoice: 'male' } },
    'POST /api/invites/lookup': { path: '/api/invites/lookup', body: { token: w.inviteToken } },
    'POST /api/invites/accept': { path: '/api/invites/accept', body: { token: w.secondInviteToken, name: 'New', password: PASSWORD } },
    'GET /api/store': { path: '/api/store' },
    'PUT /api/store': { path: '/api/store', body: { name: 'Renamed' } },
    'POST /api/store/identity-secret': { path: '/api/store/identity-secret' },
    'POST /api/store/identity-secret/rotate': { path: '/api/store/identity-secret/rotate' },
    'DELETE /api/store': { path: '/api/store', body: { confirmName: caller === 'other' ? w.other.name : w.store.name } },
    'POST /api/store/transfer': { path: '/api/store/transfer', body: { personId: w.people.admin.id } },
    'GET /api/team': { path: '/api/team' },
    'POST /api/team/invites': { path: '/api/team/invites', body: { email: `new-${caller}@matrix.test`, role: 'agent' } },
    'DELETE /api/team/invites/:id': { path: `/api/team/invites/${w.inviteId}` },
    'PUT /api/team/members/:id': { path: `/api/team/members/${w.people.extra.id}`, body: { role: 'manager' } },
    'DELETE /api/team/members/:id': { path: `/api/team/members/${w.people.extra.id}` },
    'GET /api/insights': { path: '/api/insights' },
    'GET /api/insights.csv': { path: '/api/insights.csv' },
    'GET /api/settings': { path: '/api/settings' },
    'PUT /api/settings': { path: '/api/settings', body: { settings: {} } },
    'DELETE /api/visitors/:id': { path: `/api/visitors/${w.visitorId}` },
    'GET /api/care/settings': { path: '/api/care/settings' },
    'PUT /api/care/settings': { path: '/api/care/settings', body: { enabled: true } },
    // Another store's owner tries the owner's offer of this store.
    'POST /api/care/answers': { path: '/api/care/answers', body: { offerId: w.careOffers[caller] ?? w.careOffers.owner, mood: 3 } },
    'GET /api/care/days': { path: '/api/care/days' },
    'POST /api/conversations/:id/handoff': { path: `/api/conversations/${w.conversationId}/handoff` },
    'GET /api/conversations/:id/shopper-history': { path: `/api/conversations/${w.conversationId}/shopper-history` },
    'GET /api/conversations/search': { path: '/api/conversations/search?q=lost%20parcel&status=resolved' },
    'GET /api/follow-ups': { path: '/api/follow-ups' },
    'POST /api/follow-ups/:conversationId': { path: `/api/follow-ups/${w.upsetConversationId}` },
    'GET /api/feedback': { path: '/api/feedback' },
    'POST /api/feedback/:conversationId/acted': { path: `/api/feedback/${w.upsetConversationId}/acted`, body: { note: 'We called the courier.' } },
    'GET /api/greetings': { path: '/api/greetings' },
    'POST /api/greetings': { path: '/api/greetings', body: GREETING },
    'PUT /api/greetings/:id': { path: `/api/greetings/${w.greetingId}`, body: { ...GREETING, enabled: true } },
    'DELETE /api/greetings/:id': { path: `/api/greetings/${w.greetingId}` },
    'OPTIONS /api/uploads': { path: `/api/uploads?siteKey=${w.store.key}`, headers: { origin: 'http://127.0.0.1:3000' } },
    'POST /api/uploads': { path: `/api/uploads?siteKey=${w.store.key}`, body: 'x', headers: { 'content-type': 'text/plain' } },
    'GET /api/uploads/:id': { path: `/api/uploads/${w.uploadId}` },
    'HEAD /api/uploads/:id': { path: `/api/uploads/${w.uploadId}` },
    'GET /api/sites/:key': { path: `/api/sites/${w.store.key}` },
    'OPTIONS /api/sites/:key': { path: `/api/sites/${w.store.key}`, headers: { origin: 'http://127.0.0.1:3000' } },
    'GET /api/store/hours': { path: '/api/store/hours' },
    'PUT /api/store/hours': { path: '/api/store/hours', body: { hours: { ...DEFAULT_HOURS, enabled: true, timeZone: 'Asia/Bangkok' } } },
    'GET /api/sites/:key/launcher': { path: `/api/sites/${w.store.key}/launcher` },
    'OPTIONS /api/sites/:key/launcher': { path: `/api/sites/${w.store.key}/launcher`, headers: { origin: 'http://127.0.0.1:3000' } },
    'GET /api/webhooks': { path: '/api/webhooks' },
    'POST /api/webhooks': { path: '/api/webhooks', body: { url: HOOK_URL, events: ['message.created'] } },
    'POST /api/webhooks/:id/rotate': { path: `/api/webhooks/${w.webhookId}/rotate` },
    'POST /api/webhooks/:id/test': { path: `/api/webhooks/${w.webhookId}/test` },
    'DELETE /api/webhooks/:id': { path: `/api/webhooks/${w.webhookId}` },
    'GET /api/sites/:key/visitor/email': { path: `/api/sites/${w.store.key}/visitor/email` },
    'PUT /api/sites/:key/visitor/email': { path: `/api/sites/${w.store.key}/visitor/email`, body: { email: 'ann@matrix.test' } },
    'OPTIONS /api/sites/:key/visitor/email': { path: `/api/sites/${w.store.key}/visitor/email`, headers: { origin: 'http://127.0.0.1:3000' } },
    'POST /api/sites/:key/transcript': {
      path: `/api/sites/${w.store.key}/transcript`,
      body: { conversationId: w.conversationId, email: 'ann@matrix.test' },
    },
    'OPTIONS /api/sites/:key/transcript': { path: `/api/sites/${w.store.key}/transcript`, headers: { origin: 'http://127.0.0.1:3000' } },
    'POST /api/sites/:key/transcript/text': { path: `/api/sites/${w.store.key}/transcript/text`, body: { conversationId: w.conversationId } },
    'OPTIONS /api/sites/:key/transcript/text': {
      path: `/api/sites/${w.store.key}/transcript/text`,
      headers: { origin: 'http://127.0.0.1:3000' },
    },
    'POST /api/sites/:key/resume': { path: `/api/sites/${w.store.key}/resume`, body: { token: w.resumeToken } },
    'OPTIONS /api/sites/:key/resume': { path: `/api/sites/${w.store.key}/resume`, headers: { origin: 'http://127.0.0.1:3000' } },
    'GET /api/mail/unsubscribe': { path: `/api/mail/unsubscribe?t=${w.unsubscribeToken}` },
    'POST /api/mail/unsubscribe': { path: `/api/mail/unsubscribe?t=${w.unsubscribeToken}` },
    'GET /api/conversations/:id/notes': { path: `/api/conversations/${w.conversationId}/notes` },
    'POST /api/conversations/:id/notes': { path: `/api/conversations/${w.conversationId}/notes`, body: { text: 'Called the courier.' } },
    'GET /api/tags': { path: '/api/tags' },
    'PUT /api/conversations/:id/tags': { path: `/api/conversations/${w.conversationId}/tags`, body: { tags: ['Refund'] } },
    'GET /api/canned-replies': { path: '/api/canned-replies' },
    // Each caller its own shortcut: "other" adds to their own store, where /sizes is free too.
    'POST /api/canned-replies': { path: '/api/canned-replies', body: { ...CANNED, shortcut: `sizes-${caller}` } },
    'PUT /api/canned-replies/:id': { path: `/api/canned-replies/${w.cannedId}`, body: { ...CANNED, title: 'Size chart' } },
    'DELETE /api/canned-replies/:id': { path: `/api/canned-replies/${w.cannedId}` },
    'GET /api/presence': { path: '/api/presence' },
    'PUT /api/presence': { path: '/api/presence', body: { status: 'away' } },
    'GET /api/store/assignment': { path: '/api/store/assignment' },
    'PUT /api/store/assignment': { path: '/api/store/assignment', body: { mode: 'manual', limit: 3 } },
    'POST /api/conversations/:id/take': { path: `/api/conversations/${w.conversationId}/take` },
    'POST /api/conversations/:id/assign': { path: `/api/conversations/${w.conversationId}/assign`, body: { personId: w.people.extra.id } },
    'POST /api/conversations/:id/transfer': {
      path: `/api/conversations/${w.assignedConversationId}/transfer`,
      body: { personId: w.people.extra.id, note: 'Asked about a refund' },
    },
  }
  return calls[route]!
}

async function request(route: string, w: World, caller: Caller) {
  const method = route.split(' ')[0]!
  const call = callFor(route, w, caller)
  const headers: Record<string, string> = { ...call.headers }
  if (w.cookies[caller]) headers.cookie = w.cookies[caller]!
  if (call.body !== undefined && !headers['content-type']) headers['content-type'] = 'application/json'
  const body = call.body === undefined ? undefined : typeof call.body === 'string' ? call.body : JSON.stringify(call.body)
  return fetch(server.url + call.path, { method, headers, ...(body !== undefined ? { body } : {}) })
}

describe('who may call each HTTP route', () => {
  it('the table names every route the server has, and no other', () => {
    expect(Object.keys(ROUTES).sort()).toEqual(API_ROUTES.map((r) => `${r.method} ${r.path}`).sort())
  })

  for (const [route, row] of Object.entries(ROUTES)) {
    for (const caller of CALLERS) {
      const expected = allowed(row, caller)
      it(`${route} as ${caller}: ${expected ? 'allowed' : 'refused'}`, async () => {
        const w = await world()
        const response = await request(route, w, caller)
        const text = await response.text()
        if (expected) {
          expect(response.ok, `${response.status} ${text}`).toBe(true)
          // Another store's owner acts on their own store only: nothing of this one comes back
          // (public routes aside: an invitation link is itself the key to join this store).
          const isPublic = API_ROUTES.find((r) => `${r.method} ${r.path}` === route)?.access === 'public'
          if (caller === 'other' && !isPublic) expect(text).not.toContain(w.store.key)
        } else {
          expect([401, 403, 404], `${response.status} ${text}`).toContain(response.status)
        }
      }, 60_000)
    }
  }
})

/** A valid frame of each type about this store's conversation. */
function frameFor(type: string, w: World): ClientFrameInput {
  const conversationId = w.conversationId
  const clientId = `frame-${type}-${Math.random().toString(36).slice(2)}`
  const frames: Record<string, ClientFrameInput> = {
    ping: { type: 'ping' },
    resume: { type: 'resume', conversationId, afterSeq: 0 },
    history: { type: 'history', conversationId, beforeSeq: 2 },
    send: { type: 'send', clientId, conversationId, text: 'hi' },
    typing: { type: 'typing', conversationId, typing: true },
    read: { type: 'read', conversationId, seq: 1 },
    resolve: { type: 'resolve', conversationId, clientId },
    ask: { type: 'ask', conversationId, clientId },
    identify: { type: 'identify', id: 'u1', userHash: 'a'.repeat(64) },
    context: { type: 'context', page: { url: 'https://shop.example/' } },
    open: { type: 'open' },
    answer: { type: 'answer', clientId, conversationId, answer: { phase: 'during', understood: true } },
    skip: { type: 'skip', clientId, conversationId, phase: 'during' },
    end: { type: 'end', clientId, conversationId },
  }
  return frames[type]!
}

describe('who may send each frame on the inbox connection', () => {
  it('the table names every frame the server serves, and no other', () => {
    expect(Object.keys(FRAMES).sort()).toEqual(Object.keys(FRAME_HANDLERS).sort())
  })

  for (const [type, row] of Object.entries(FRAMES)) {
    for (const caller of CALLERS) {
      const expected = allowed(row, caller)
      it(`${type} as ${caller}: ${expected ? 'allowed' : 'refused'}`, async () => {
        const w = await world()
        const url = server.url.replace('http', 'ws') + '/v1/agent'
        if (caller === 'anonymous') {
          await expect(TestClient.open(url)).rejects.toThrow('HTTP 401')
          return
        }
        const client = await TestClient.open(url, { cookie: w.cookies[caller]! })
        try {
          client.send({ type: 'hello', v: PROTOCOL_VERSION })
          await client.next('welcome')
          client.send(frameFor(type, w))
          // Frames are served in order: once the pong is back, any refusal of the frame is too.
          client.send({ type: 'ping' })
          await client.next('pong')
          const refusal = client.frames.find((f) => f.type === 'error' && ['forbidden', 'not_found', 'unauthorized'].includes(f.code))
          if (expected) expect(refusal).toBeUndefined()
          else expect(refusal, JSON.stringify(client.frames)).toBeDefined()
        } finally {
          await client.close()
        }
      }, 60_000)
    }
  }
})

describe('who hears each notice the server pushes to the inbox', () => {
  for (const [type, row] of Object.entries(NOTICES)) {
    for (const caller of CALLERS.filter((c) => c !== 'anonymous')) {
      const expected = allowed(row, caller)
      it(`${type} to ${caller}: ${expected ? 'heard' : 'not heard'}`, async () => {
        const w = await world()
        const inbox = await TestClient.agent(server.url, w.cookies[caller]!)
        const shopper = await TestClient.visitor(server.url, w.store.key, 'http://127.0.0.1:3000')
        try {
          shopper.send({ type: 'send', clientId: 'threat', text: 'I will leave a 1-star review' })
          const { conversationId } = await shopper.next('ack')
          // The shopper's frames are served in order: once the pong is back, any alert is out.
          shopper.send({ type: 'ping' })
          await shopper.next('pong')
          if (type === 'note') {
            // Written by the store's owner; the publish happens before the answer comes back.
            const written = await fetch(`${server.url}/api/conversations/${conversationId}/notes`, {
              method: 'POST',
              headers: { cookie: w.cookies.owner!, 'content-type': 'application/json' },
              body: JSON.stringify({ text: 'a note for the team' }),
            })
            expect(written.status).toBe(201)
            // The inbox passes a note on once it has read that it may see the conversation, a
            // statement already queued: a read queued after it answers after it (one database queue).
            expect((await fetch(`${server.url}/api/conversations/${conversationId}/notes`, { headers: { cookie: w.cookies.owner! } })).status).toBe(
              200,
            )
          }
          inbox.send({ type: 'ping' })
          await inbox.next('pong')
          const about = (f: (typeof inbox.frames)[number]) =>
            ('alert' in f && f.alert.conversationId === conversationId) || ('note' in f && f.note.conversationId === conversationId)
          const heard = inbox.frames.filter((f) => f.type === type && about(f))
          expect(heard).toHaveLength(expected ? 1 : 0)
          if (type === 'note') expect(shopper.frames.some((f) => JSON.stringify(f).includes('a note for the team'))).toBe(false)
        } finally {
          await Promise.all([inbox.close(), shopper.close()])
        }
      }, 60_000)
    }
  }
})
