import { randomUUID } from 'node:crypto'
import { CareDaysResponseSchema, DEFAULT_HOURS } from '@attune/protocol'
import * as v from 'valibot'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPeople, type PersonRecord } from '../accounts/people.ts'
import { createStores, type StoreRecord } from '../accounts/stores.ts'
import { createSessions, SESSION_COOKIE } from '../auth/sessions.ts'
import { createConversations } from '../conversations.ts'
import type { Database } from '../db/database.ts'
import { openPglite } from '../db/pglite.ts'
import { createAttuneServer, type AttuneServer } from '../server.ts'
import { createStoreHours } from '../store-hours.ts'

let db: Database
let server: AttuneServer
let clock = Date.parse('2026-12-01T09:00:00Z')
let stores = 0

beforeAll(async () => {
  db = await openPglite()
  server = await createAttuneServer({ port: 0, host: '127.0.0.1', database: db, now: () => clock })
}, 120_000)

afterAll(async () => {
  await server?.close()
  await db?.close()
})

type Member = PersonRecord & { cookie: string }

/** A store with a manager and `agents` agents, each signed in; in `timeZone` when given (its business hours' zone). */
async function team(agents: number, timeZone?: string) {
  const n = ++stores
  const store = await createStores(db).create({ name: `Answers ${n}`, origins: [] })
  if (timeZone) await createStoreHours(db).set(store.id, { ...DEFAULT_HOURS, timeZone })
  const people = createPeople(db)
  const sessions = createSessions(db)
  const member = async (name: string, role: 'manager' | 'agent'): Promise<Member> => {
    const person = await people.create({ email: `${name}-${n}@answers.test`, name, password: 'correct horse battery' })
    await people.join(store.id, person.id, role)
    return { ...person, cookie: `${SESSION_COOKIE}=${await sessions.create(person.id, store.id)}` }
  }
  const manager = await member('manager', 'manager')
  const team: Member[] = []
  for (let i = 0; i < agents; i++) team.push(await member(`agent${i}`, 'agent'))
  return { store, manager, agents: team }
}

/** An offer as the server makes one at the end of a hard conversation. */
async function offerTo(store: StoreRecord, person: PersonRecord): Promise<string> {
  const [visitor] = await db.query<{ id: string }>(`INSERT INTO visitors (id, site_id) VALUES (gen_random_uuid(), $1) RETURNING id`, [store.id])
  const { conversation } = await createConversations(db).openFor(store.id, visitor!.id)
  const id = randomUUID()
  await db.query('INSERT INTO care_offers (id, site_id, person_id, conversation_id, created_at) VALUES ($1, $2, $3, $4, $5)', [
    id,
    store.id,
    person.id,
    conversation.id,
    new Date(clock).toISOString(),
  ])
  return id
}

const post = (cookie: string, body: unknown) =>
  fetch(`${server.url}/api/care/answers`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify(body),
  })

async function answer(store: StoreRecord, person: Member, mood: number) {
  const response = await post(person.cookie, { offerId: await offerTo(store, person), mood })
  expect(response.status).toBe(200)
}

const DAY_MS = 24 * 60 * 60 * 1000

/** The days as read the next morning: a day is shown only once it is over. */
const days = async (cookie: string, query = '?from=2026-12-01&to=2026-12-02') => {
  clock += DAY_MS
  try {
    const response = await fetch(`${server.url}/api/care/days${query}`, { headers: { cookie } })
    return { status: response.status, text: await response.text() }
  } finally {
    clock -= DAY_MS
  }
}

describe("an agent's own answer", () => {
  it('is taken once, for an offer made to them in this store only', async () => {
    const { store, agents } = await team(2)
    const [me, colleague] = agents as [Member, Member]
    const offerId = await offerTo(store, me)
    expect((await post(colleague.cookie, { offerId, mood: 2 })).status).toBe(404)
    expect(await (await post(me.cookie, { offerId, mood: 2 })).json()).toEqual({ recorded: true })
    expect((await post(me.cookie, { offerId, mood: 4 })).status).toBe(404)
    expect((await post(me.cookie, { offerId: randomUUID(), mood: 4 })).status).toBe(404)
    const rows = await db.query<{ mood: number }>('SELECT mood FROM care_answers WHERE site_id = $1', [store.id])
    expect(rows).toEqual([{ mood: 2 }])
  })

  it('lapses a day after the offer', async () => {
    const { store, agents } = await team(1)
    const offerId = await offerTo(store, agents[0]!)
    clock += 24 * 60 * 60 * 1000 + 1
    expect((await post(agents[0]!.cookie, { offerId, mood: 3 })).status).toBe(404)
    clock = Date.parse('2026-12-01T09:00:00Z')
  })

  it('a mood outside the five faces or a malformed offer is a typed 400, and nothing is stored', async () => {
    const { store, agents } = await team(1)
    const offerId = await offerTo(store, agents[0]!)
    for (const body of [{ offerId, mood: 6 }, { offerId, mood: 2.5 }, { offerId: 'x', mood: 3 }, { mood: 3 }]) {
      const response = await post(agents[0]!.cookie, body)
      expect(response.status).toBe(400)
      expect(await response.json()).toMatchObject({ error: { code: 'bad_request' } })
    }
    expect(await db.query('SELECT 1 FROM care_answers WHERE site_id = $1', [store.id])).toEqual([])
  })
})

describe("the team's care by day", () => {
  it('shows a day only with at least five answers from at least three people, and never one answer', async () => {
    const { store, manager, agents } = await team(3)
    const [a, b, c] = agents as [Member, Member, Member]
    await answer(store, a, 1)
    // One answer: the day is listed as not enough, without a count or a mood.
    const one = await days(manager.cookie)
    expect(JSON.parse(one.text)).toEqual({ days: [{ day: '2026-12-01', enough: false }], minAnswers: 5, minPeople: 3 })
    for (const [person, mood] of [
      [a, 2],
      [b, 4],
      [b, 5],
    ] as const)
      await answer(store, person, mood)
    expect(JSON.parse((await days(manager.cookie)).text).days).toEqual([{ day: '2026-12-01', enough: false }])
    // Five answers from two people is still not enough: each could read the other's.
    await answer(store, a, 3)
    expect(JSON.parse((await days(manager.cookie)).text).days).toEqual([{ day: '2026-12-01', enough: false }])
    await answer(store, c, 3)
    const shown = await days(manager.cookie)
    expect(v.parse(CareDaysResponseSchema, JSON.parse(shown.text)).days).toEqual([{ day: '2026-12-01', enough: true, answers: 6, mean: 3 }])
    // No person, name or offer in the answer.
    for (const person of agents) expect(shown.text).not.toContain(person.id)
    expect(shown.text).not.toMatch(/agent\d|person|offer/)
  })

  it('never shows today, however many answered: its figures would move answer by answer', async () => {
    const { store, manager, agents } = await team(3)
    for (const person of agents) for (let i = 0; i < 2; i++) await answer(store, person, 4)
    const today = await fetch(`${server.url}/api/care/days?from=2026-12-01&to=2026-12-01`, { headers: { cookie: manager.cookie } })
    expect(((await today.json()) as { days: unknown[] }).days).toEqual([])
    expect(JSON.parse((await days(manager.cookie)).text).days).toEqual([{ day: '2026-12-01', enough: true, answers: 6, mean: 4 }])
  })

  it('counts this store only', async () => {
    const [mine, theirs] = [await team(1), await team(3)]
    for (const person of theirs.agents) for (let i = 0; i < 2; i++) await answer(theirs.store, person, 5)
    expect(JSON.parse((await days(mine.manager.cookie)).text).days).toEqual([])
  })

  it('is refused to agents, and to everyone signed out', async () => {
    const { agents } = await team(1)
    expect((await days(agents[0]!.cookie)).status).toBe(403)
    expect((await days('')).status).toBe(401)
  })

  it('a range backwards or of bad days is a typed 400', async () => {
    const { manager } = await team(0)
    for (const query of ['?from=2026-12-02&to=2026-12-01', '?from=2026-13-01', '?to=yesterday']) {
      const response = await days(manager.cookie, query)
      expect(response.status, query).toBe(400)
      expect(JSON.parse(response.text)).toMatchObject({ error: { code: 'bad_request' } })
    }
  })
})

describe("the team's care days are the store's days (decision 047)", () => {
  /** The days as the server reads them at `at`, the default range when `query` is left out. */
  async function daysAt(at: string, cookie: string, query = '') {
    const kept = clock
    clock = Date.parse(at)
    try {
      const response = await fetch(`${server.url}/api/care/days${query}`, { headers: { cookie } })
      return ((await response.json()) as { days: unknown[] }).days
    } finally {
      clock = kept
    }
  }

  async function answerAt(at: string, store: StoreRecord, person: Member) {
    const kept = clock
    clock = Date.parse(at)
    try {
      await answer(store, person, 3)
    } finally {
      clock = kept
    }
  }

  it("puts a Bangkok answer at 01:30 on the store's day, and shows that day once it is over there", async () => {
    const { store, manager, agents } = await team(1, 'Asia/Bangkok')
    // 18:30Z on 1 December is 01:30 on the 2nd in Bangkok.
    await answerAt('2026-12-01T18:30:00Z', store, agents[0]!)
    // 17:30Z on the 2nd: still the 2nd in UTC, already the 3rd in Bangkok, so the 2nd is over.
    expect(await daysAt('2026-12-02T17:30:00Z', manager.cookie)).toEqual([{ day: '2026-12-02', enough: false }])
    // Half an hour earlier it is still the 2nd in Bangkok: the day is not shown yet.
    expect(await daysAt('2026-12-02T16:30:00Z', manager.cookie)).toEqual([])
  })

  it('counts New York days across the November change: 23:30 on the 25-hour 1 November is still the 1st', async () => {
    const { store, manager, agents } = await team(1, 'America/New_York')
    // 04:30Z on 2 November is 23:30 EST on the 1st, the clocks having gone back at 06:00Z.
    await answerAt('2026-11-02T04:30:00Z', store, agents[0]!)
    // At 04:45Z UTC's today is the 2nd and New York's still the 1st: no day is over there yet.
    expect(await daysAt('2026-11-02T04:45:00Z', manager.cookie)).toEqual([])
    expect(await daysAt('2026-11-02T12:00:00Z', manager.cookie)).toEqual([{ day: '2026-11-01', enough: false }])
    expect(await daysAt('2026-11-02T12:00:00Z', manager.cookie, '?from=2026-11-02&to=2026-11-02')).toEqual([])
  })

  it('keeps UTC days for a store that named no zone of its own', async () => {
    const { store, manager, agents } = await team(1)
    await answerAt('2026-12-01T18:30:00Z', store, agents[0]!)
    expect(await daysAt('2026-12-02T01:00:00Z', manager.cookie)).toEqual([{ day: '2026-12-01', enough: false }])
  })
})
