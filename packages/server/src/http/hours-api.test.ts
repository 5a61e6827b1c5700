import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_HOURS, type BusinessHours } from '@attune/protocol'
import { demoAgentCookie, TestClient } from '../gateway/test-client.ts'
import { createAttuneServer, type AttuneServer } from '../server.ts'
import type { Json } from './test-caller.ts'

// Issue 15: a store's business hours, set in the inbox, and the launcher's answer built from them.
const SHOP = 'http://localhost:5173'
// Monday 30 November 2026, 10:00 in Bangkok.
const NOW = Date.parse('2026-11-30T03:00:00Z')
let server: AttuneServer
let cookie = ''

beforeAll(async () => {
  server = await createAttuneServer({ demo: true, port: 0, host: '127.0.0.1', now: () => NOW })
  cookie = await demoAgentCookie(server.url)
}, 120_000)
afterAll(() => server?.close())

async function owner(method: string, body?: unknown): Promise<{ status: number; body: Json }> {
  const response = await fetch(`${server.url}/api/store/hours`, {
    method,
    headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  return { status: response.status, body: (await response.json()) as Json }
}

const launcher = (key = 'demo', origin = SHOP) => fetch(`${server.url}/api/sites/${key}/launcher`, { headers: { origin } })
const afternoons: BusinessHours = {
  ...DEFAULT_HOURS,
  enabled: true,
  timeZone: 'Asia/Bangkok',
  weekly: { ...DEFAULT_HOURS.weekly, mon: [{ start: '13:00', end: '17:00' }] },
  replyTime: 'hour',
}

describe('the launcher’s answer', () => {
  it('for a store without hours: open, attended only while an agent is online', async () => {
    const alone = await launcher()
    expect(alone.status).toBe(200)
    expect(await alone.json()).toEqual({ attended: false, open: true, greetings: [] })
    const agent = await TestClient.agent(server.url, cookie)
    try {
      // An inbox counts once its presence is announced, just after its welcome: the answer follows.
      await expect.poll(async () => ((await (await launcher()).json()) as { attended: boolean }).attended, { timeout: 10_000 }).toBe(true)
      expect(await (await launcher()).json()).toEqual({ attended: true, open: true, greetings: [] })
    } finally {
      await agent.close()
    }
  })

  it('is cacheable for a minute and readable only by the store’s own pages', async () => {
    const own = await launcher()
    expect(own.headers.get('cache-control')).toBe('public, max-age=60')
    expect(own.headers.get('access-control-allow-origin')).toBe(SHOP)
    expect(own.headers.get('vary')).toBe('Origin')
    expect((await launcher('demo', 'https://elsewhere.example')).headers.get('access-control-allow-origin')).toBeNull()
    const missing = await launcher('no-such-store')
    expect(missing.status).toBe(404)
    expect(missing.headers.get('cache-control')).toBe('no-store')
  })

  it('outside the hours: not open, not attended even with an agent online, and when it opens next', async () => {
    expect((await owner('PUT', { hours: afternoons })).status).toBe(200)
    const agent = await TestClient.agent(server.url, cookie)
    try {
      expect(await (await launcher()).json()).toEqual({
        attended: false,
        open: false,
        next: '2026-11-30T06:00:00Z',
        replyTime: 'hour',
        greetings: [],
      })
    } finally {
      await agent.close()
    }
  })
})

describe('the store’s hours', () => {
  it('are the defaults (not used) until set, then what was set', async () => {
    await owner('PUT', { hours: DEFAULT_HOURS })
    expect((await owner('GET')).body).toEqual({ hours: DEFAULT_HOURS })
    const saved = await owner('PUT', { hours: afternoons })
    expect(saved.body).toEqual({ hours: afternoons })
    expect((await owner('GET')).body).toEqual({ hours: afternoons })
  })

  const refusals: [string, Partial<BusinessHours> | Json, string][] = [
    ['a time zone that does not exist', { timeZone: 'Mars/Olympus' }, 'hours.timeZone'],
    ['an offset instead of a zone', { timeZone: '+07:00' }, 'hours.timeZone'],
    ['a range ending before it starts', { weekly: { ...DEFAULT_HOURS.weekly, tue: [{ start: '17:00', end: '09:00' }] } }, 'hours.weekly.tue.0'],
    [
      'ranges that overlap',
      {
        weekly: {
          ...DEFAULT_HOURS.weekly,
          wed: [
            { start: '09:00', end: '12:00' },
            { start: '11:00', end: '14:00' },
          ],
        },
      },
      'hours.weekly.wed',
    ],
    ['a time that is not HH:MM', { weekly: { ...DEFAULT_HOURS.weekly, thu: [{ start: '9am', end: '17:00' }] } }, 'hours.weekly.thu.0.start'],
    ['24:00 as a start', { weekly: { ...DEFAULT_HOURS.weekly, fri: [{ start: '24:00', end: '24:00' }] } }, 'hours.weekly.fri.0.start'],
    ['a date that does not exist', { closures: [{ from: '2026-02-30' }] }, 'hours.closures.0.from'],
    ['a closure ending before it starts', { closures: [{ from: '2026-12-31', to: '2026-12-24' }] }, 'hours.closures.0'],
    ['a reply time off the list', { replyTime: 'soon' }, 'hours.replyTime'],
    ['a week without Sunday', { weekly: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [] } }, 'hours.weekly.sun'],
  ]
  for (const [what, change, field] of refusals) {
    it(`refuse ${what} with a typed 400 naming ${field}, and keep the hours they had`, async () => {
      await owner('PUT', { hours: afternoons })
      const refused = await owner('PUT', { hours: { ...afternoons, ...change } })
      expect(refused.status).toBe(400)
      expect(refused.body.error.code).toBe('bad_request')
      expect(refused.body.error.message).toContain(`${field}:`)
      expect((await owner('GET')).body).toEqual({ hours: afternoons })
    })
  }
})
