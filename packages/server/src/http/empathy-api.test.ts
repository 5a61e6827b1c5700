import { randomUUID } from 'node:crypto'
import {
  DEFAULT_HOURS,
  DeletedResponseSchema,
  InsightsResponseSchema,
  InvalidSettingsBodySchema,
  SettingsBodySchema,
  SiteResponseSchema,
  type BusinessHours,
  type CheckInAnswer,
  type CheckInPhase,
} from '@attune/protocol'
import * as v from 'valibot'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { migrate } from '../db/migrations.ts'
import { openPglite } from '../db/pglite.ts'
import { createLog } from '../log.ts'
import { seedDemo } from '../seed.ts'
import { createAttuneServer, type AttuneServer } from '../server.ts'
import { tempDir } from '../test-db.ts'
import { demoAgentCookie } from '../gateway/test-client.ts'

/*
 * A hand-computed fixture: four conversations of the demo store.
 *   A  th   2026-11-20  before 1 (unreachable, order) · during "Not yet" · after 4, resolved yes, effort 6
 *   B  en   2026-11-20  before 2 (product, product)   ·                  · after 1, resolved partly
 *   C  en   2026-11-21  before 4                       · during "Yes"     · after 5, resolved yes, effort 7
 *   D  fil  2026-11-21  before asked and skipped       ·                  · after asked, not answered
 * All four start at 09:00Z. Three more, days later, sit at the edges of a Bangkok day (UTC+7):
 *   E  en   2026-11-24T19:00Z, 02:00 on the 25th in Bangkok · after 4, comment "Answered at 2 a.m."
 *   F  en   2026-11-25T09:00Z, 16:00 on the 25th in Bangkok
 *   G  en   2026-11-25T20:00Z, 03:00 on the 26th in Bangkok  · after 3, comment "Fine in the end"
 */
let server: AttuneServer
let dir: Awaited<ReturnType<typeof tempDir>>
let cookie = ''
const ids: Record<string, string> = {}

async function seedFixture(path: string) {
  const db = await openPglite(path)
  await migrate(db)
  await seedDemo(db)
  const log = createLog(db)
  const [site] = await db.query<{ id: string }>(`SELECT id FROM sites WHERE key = 'demo'`)
  const [agent] = await db.query<{ id: string }>(`SELECT id FROM people WHERE email = 'agent@demo.store'`)
  const system = { role: 'system', id: 'attune' } as const
  async function conversation(name: string, startedAt: string, language: string, steps: (log: Steps) => Promise<void>) {
    const id = randomUUID()
    const visitorId = randomUUID()
    ids[name] = id
    await db.query('INSERT INTO visitors (id, site_id) VALUES ($1, $2)', [visitorId, site!.id])
    await db.query(`INSERT INTO conversations (id, site_id, visitor_id, status, language, created_at) VALUES ($1, $2, $3, 'resolved', $4, $5)`, [
      id,
      site!.id,
      visitorId,
      language,
      new Date(startedAt),
    ])
    const visitor = { role: 'visitor', id: visitorId } as const
    await steps({
      ask: (phase) =>
        log.append(id, { kind: 'checkin.asked', author: system, clientId: randomUUID(), body: { phase, trigger: 'open' } }).then(() => {}),
      answer: (answer) => log.append(id, { kind: 'checkin.answered', author: visitor, clientId: randomUUID(), body: { answer } }).then(() => {}),
      skip: (phase) => log.append(id, { kind: 'checkin.skipped', author: visitor, clientId: randomUUID(), body: { phase } }).then(() => {}),
      reply: () =>
        log.append(id, { kind: 'message', author: { role: 'agent', id: agent!.id }, clientId: randomUUID(), body: { text: 'hi' } }).then(() => {}),
    })
  }
  type Steps = {
    ask(p: CheckInPhase): Promise<void>
    answer(a: CheckInAnswer): Promise<void>
    skip(p: CheckInPhase): Promise<void>
    reply(): Promise<void>
  }
  await conversation('A', '2026-11-20T09:00:00Z', 'th-TH', async (c) => {
    await c.ask('before')
    await c.answer({ phase: 'before', mood: 1, reason: 'unreachable', topic: 'order' })
    await c.reply()
    await c.ask('during')
    await c.answer({ phase: 'during', understood: false })
    await c.ask('after')
    await c.answer({ phase: 'after', mood: 4, resolved: 'yes', effort: 6 })
  })
  await conversation('B', '2026-11-20T09:00:00Z', 'en', async (c) => {
    await c.ask('before')
    await c.answer({ phase: 'before', mood: 2, reason: 'product', topic: 'product' })
    await c.ask('after')
    await c.answer({ phase: 'after', mood: 1, resolved: 'partly', comment: 'Still broken, "again"' })
  })
  await conversation('C', '2026-11-21T09:00:00Z', 'en', async (c) => {
    await c.ask('before')
    await c.answer({ phase: 'before', mood: 4 })
    await c.ask('during')
    await c.answer({ phase: 'during', understood: true })
    await c.ask('after')
    await c.answer({ phase: 'after', mood: 5, resolved: 'yes', effort: 7 })
  })
  await conversation('D', '2026-11-21T09:00:00Z', 'fil', async (c) => {
    await c.ask('before')
    await c.skip('before')
    await c.ask('after')
  })
  await conversation('E', '2026-11-24T19:00:00Z', 'en', async (c) => {
    await c.ask('after')
    await c.answer({ phase: 'after', mood: 4, comment: 'Answered at 2 a.m.' })
  })
  await conversation('F', '2026-11-25T09:00:00Z', 'en', async (c) => {
    await c.ask('before')
  })
  await conversation('G', '2026-11-25T20:00:00Z', 'en', async (c) => {
    await c.ask('after')
    await c.answer({ phase: 'after', mood: 3, comment: 'Fine in the end' })
  })
  await db.close()
}

beforeAll(async () => {
  dir = await tempDir()
  await seedFixture(dir.path)
  server = await createAttuneServer({ demo: true, port: 0, host: '127.0.0.1', dataDir: dir.path })
  cookie = await demoAgentCookie(server.url)
})
afterAll(async () => {
  await server.close()
  await dir.remove()
})

// JSON bodies are checked field by field below; `any` keeps the assertions readable.
type JsonResponse = Omit<Response, 'json'> & { json(): Promise<any> }
const request = (path: string, init: RequestInit = {}) => fetch(`${server.url}${path}`, init) as Promise<JsonResponse>
const get = (path: string, withCookie = true) => request(path, withCookie ? { headers: { cookie } } : {})

describe('GET /api/insights', () => {
  it('computes every figure exactly as worked out by hand', async () => {
    const res = await get('/api/insights?from=2026-11-20&to=2026-11-21')
    expect(res.status).toBe(200)
    const { summary, conversations, byDay, options } = await res.json()
    expect(summary.conversations).toBe(4)
    // Changes: A 4−1 = +3, B 1−2 = −1, C 5−4 = +1, D none → (3 − 1 + 1) / 3 = 1.
    expect(summary.meanChange).toEqual({ value: 1, n: 3 })
    // Started ≤ 2 and answered after: A (1→4, recovered) and B (2→1, not) → 1 / 2.
    expect(summary.moodRecoveryRate).toEqual({ value: 0.5, count: 1, n: 2 })
    // During answers: A "Not yet", C "Yes" → 1 / 2.
    expect(summary.feltUnderstoodRate).toEqual({ value: 0.5, count: 1, n: 2 })
    // Resolved answers: A yes, B partly, C yes → yes 2 / 3, partly 1 / 3.
    expect(summary.resolutionRate).toMatchObject({ count: 2, n: 3 })
    expect(summary.resolutionRate.value).toBeCloseTo(2 / 3)
    expect(summary.partlyResolvedRate).toMatchObject({ count: 1, n: 3 })
    // Effort: A 6, C 7 → 6.5.
    expect(summary.meanEffort).toEqual({ value: 6.5, n: 2 })
    // Ending 4 or 5 among after answers: A 4, C 5 of A, B, C → 2 / 3.
    expect(summary.satisfaction).toMatchObject({ count: 2, n: 3 })
    // Before: asked 4, answered 3 (D skipped); during: asked 2, answered 2; after: asked 4, answered 3.
    expect(summary.answerRate).toEqual({
      before: { value: 0.75, count: 3, n: 4 },
      during: { value: 1, count: 2, n: 2 },
      after: { value: 0.75, count: 3, n: 4 },
    })
    expect(summary.answerRateByLanguage.fil.before).toEqual({ value: 0, count: 0, n: 1 })
    expect(summary.answerRateByLanguage.th.after).toEqual({ value: 1, count: 1, n: 1 })
    // The start × end matrix: [before−1][after−1].
    const matrix = Array.from({ length: 5 }, () => [0, 0, 0, 0, 0])
    matrix[0]![3] = 1 // A 1 → 4
    matrix[1]![0] = 1 // B 2 → 1
    matrix[3]![4] = 1 // C 4 → 5
    expect(summary.startEndMatrix).toEqual(matrix)
    expect(summary.veryUpsetAtEnd).toEqual([ids.B])
    expect(conversations.find((c: { id: string }) => c.id === ids.A)).toMatchObject({
      language: 'th',
      moodBefore: 1,
      moodAfter: 4,
      change: 3,
      topic: 'order',
      reason: 'unreachable',
    })
    expect(byDay.map((d: { day: string; summary: { conversations: number } }) => [d.day, d.summary.conversations])).toEqual([
      ['2026-11-20', 2],
      ['2026-11-21', 2],
    ])
    expect(options.languages).toEqual(['en', 'fil', 'th'])
  })

  it("answers the protocol's InsightsResponse", async () => {
    const body = await (await get('/api/insights?from=2026-11-20&to=2026-11-21&tz=Asia/Bangkok')).json()
    expect(v.safeParse(InsightsResponseSchema, body).issues).toBeUndefined()
    // Bangkok's midnights, 17:00Z the evening before, and the zone the days were read in.
    expect(body.range).toEqual({ from: '2026-11-19T17:00:00.000Z', to: '2026-11-21T17:00:00.000Z', timeZone: 'Asia/Bangkok' })
  })

  it("keeps a Bangkok manager's day whole: 02:00 counts, 03:00 the next day does not, and no day was never asked for", async () => {
    const body = await (await get('/api/insights?from=2026-11-25&to=2026-11-25&tz=Asia/Bangkok')).json()
    expect(body.conversations.map((c: { id: string }) => c.id)).toEqual([ids.E, ids.F])
    expect(body.byDay.map((d: { day: string; summary: { conversations: number } }) => [d.day, d.summary.conversations])).toEqual([['2026-11-25', 2]])
  })

  it('the feedback list and the CSV cover the same Bangkok day', async () => {
    const query = 'from=2026-11-25&to=2026-11-25&tz=Asia/Bangkok'
    const feedback = (await (await get(`/api/feedback?${query}`)).json()).feedback
    expect(feedback.map((f: { conversationId: string; comment: string }) => [f.conversationId, f.comment])).toEqual([[ids.E, 'Answered at 2 a.m.']])
    const rows = (await (await get(`/api/insights.csv?${query}`)).text()).trim().split('\r\n').slice(1)
    expect(rows.map((row) => row.split(',')[0])).toEqual([ids.E, ids.F])
  })

  it('cuts New York days at local midnight across the November change', async () => {
    // 1 November 2026: 02:00 EDT (UTC−4) becomes 01:00 EST (UTC−5), so the day has 25 hours.
    const body = await (await get('/api/insights?from=2026-10-31&to=2026-11-01&tz=America/New_York')).json()
    expect(body.range).toEqual({ from: '2026-10-31T04:00:00.000Z', to: '2026-11-02T05:00:00.000Z', timeZone: 'America/New_York' })
  })

  it("reads a store's figures in the store's own zone, whoever asks and wherever they are", async () => {
    const putHours = (hours: BusinessHours) =>
      request('/api/store/hours', { method: 'PUT', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ hours }) })
    expect((await putHours({ ...DEFAULT_HOURS, timeZone: 'Asia/Bangkok' })).status).toBe(200)
    try {
      const body = await (await get('/api/insights?from=2026-11-25&to=2026-11-25&tz=America/New_York')).json()
      expect(body.range.timeZone).toBe('Asia/Bangkok')
      expect(body.conversations.map((c: { id: string }) => c.id)).toEqual([ids.E, ids.F])
      expect(body.byDay.map((d: { day: string }) => d.day)).toEqual(['2026-11-25'])
      const feedback = (await (await get('/api/feedback?from=2026-11-25&to=2026-11-25&tz=America/New_York')).json()).feedback
      expect(feedback.map((f: { conversationId: string }) => f.conversationId)).toEqual([ids.E])
    } finally {
      await putHours(DEFAULT_HOURS)
    }
  })

  it('filters by language and topic', async () => {
    const th = await (await get('/api/insights?from=2026-11-20&to=2026-11-21&language=th')).json()
    expect(th.summary.conversations).toBe(1)
    const product = await (await get('/api/insights?from=2026-11-20&to=2026-11-21&topic=product')).json()
    expect(product.conversations.map((c: { id: string }) => c.id)).toEqual([ids.B])
    const none = await (await get('/api/insights?from=2026-01-01&to=2026-01-02')).json()
    expect(none.summary.meanChange).toEqual({ value: null, n: 0 })
  })

  it('exports the same records as CSV, one row per conversation', async () => {
    const res = await get('/api/insights.csv?from=2026-11-20&to=2026-11-21')
    expect(res.headers.get('content-type')).toContain('text/csv')
    expect(res.headers.get('content-disposition')).toContain('attachment')
    const lines = (await res.text()).trim().split('\r\n')
    expect(lines).toHaveLength(5)
    expect(lines[0]).toContain('moodBefore')
  })

  it('answers bad filters with a typed 400 and strangers with 401', async () => {
    for (const query of ['from=yesterday', 'from=2026-11-22&to=2026-11-01', 'tz=Mars/Olympus']) {
      const res = await get(`/api/insights?${query}`)
      expect(res.status).toBe(400)
      expect(await res.json()).toMatchObject({ error: { code: 'bad_request' } })
    }
    // The query schema names each field it refuses.
    const both = await (await get('/api/insights?from=yesterday&to=tomorrow')).json()
    expect(both.error.message).toBe('from: Dates are YYYY-MM-DD. to: Dates are YYYY-MM-DD.')
    expect((await get('/api/insights', false)).status).toBe(401)
  })

  it('answers a range outside 2000–2100 or over 400 days with a typed 400 that says why (issue 11)', async () => {
    const refusals = {
      'from=1000-01-01&to=9999-12-31': 'from: Dates are in the years 2000 to 2100. to: Dates are in the years 2000 to 2100.',
      'from=2025-02-30': 'from: That day is not in the calendar.',
      'from=2024-01-01&to=2026-01-01': 'to: A range is at most 400 days.',
      // One side left to its default (today) is bounded too.
      'from=2000-01-01': 'A range is at most 400 days.',
    }
    for (const [query, message] of Object.entries(refusals)) {
      const res = await get(`/api/insights?${query}`)
      expect(res.status, query).toBe(400)
      expect(await res.json()).toEqual({ error: { code: 'bad_request', message } })
    }
    expect((await get('/api/insights.csv?from=1000-01-01&to=9999-12-31')).status).toBe(400)
    expect((await get('/api/insights?from=2025-11-22&to=2026-12-26')).status).toBe(200)
  })
})

describe('store settings and erasure', () => {
  it('validates settings before saving and reports every issue', async () => {
    const put = (settings: unknown) =>
      request('/api/settings', { method: 'PUT', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ settings }) })
    const bad = await put({ waitSeconds: 0, nonsense: true })
    expect(bad.status).toBe(400)
    const refusal = v.parse(InvalidSettingsBodySchema, await bad.json())
    expect(refusal.error.issues.map((issue) => issue.path)).toEqual(['waitSeconds', 'nonsense'])
    const good = await put({ waitSeconds: 45, effortItem: true })
    expect(v.parse(SettingsBodySchema, await good.json()).settings).toMatchObject({ waitSeconds: 45, effortItem: true })
    expect(v.parse(SettingsBodySchema, await (await get('/api/settings')).json()).settings).toMatchObject({ waitSeconds: 45 })
    const unwrapped = await request('/api/settings', {
      method: 'PUT',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ waitSeconds: 45 }),
    })
    expect(await unwrapped.json()).toMatchObject({ error: { code: 'bad_request', message: expect.stringContaining('settings') } })
    const site = v.parse(SiteResponseSchema, await (await request('/api/sites/demo')).json())
    expect(site.checkIns).toMatchObject({ effortItem: true, topics: ['order', 'product', 'returns', 'payment', 'other'] })
  })

  it("deletes a shopper's conversations and answers with their data", async () => {
    const range = '/api/insights?from=2026-11-20&to=2026-11-21'
    const [fil] = (await (await get(`${range}&language=fil`)).json()).conversations
    const erase = (id: string) => fetch(`${server.url}/api/visitors/${id}`, { method: 'DELETE', headers: { cookie } })
    const erased = await erase(fil.visitorId)
    expect(erased.status).toBe(200)
    expect(v.is(DeletedResponseSchema, await erased.json())).toBe(true)
    const after = await (await get(range)).json()
    expect(after.summary.conversations).toBe(3)
    expect(after.conversations.some((c: { id: string }) => c.id === ids.D)).toBe(false)
    expect((await erase(fil.visitorId)).status).toBe(404)
    expect((await erase(randomUUID())).status).toBe(404)
  })
})
