import { randomUUID } from 'node:crypto'
import type { CheckInAnswer } from '@attune/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createStores } from '../accounts/stores.ts'
import type { Database } from '../db/database.ts'
import { migrate } from '../db/migrations.ts'
import { openPglite } from '../db/pglite.ts'
import { createLog, type ConversationLog } from '../log.ts'
import { shopperHistory } from './history.ts'

let db: Database
let log: ConversationLog

beforeAll(async () => {
  db = await openPglite()
  await migrate(db)
  log = createLog(db)
}, 60_000)
afterAll(async () => {
  await db?.close()
})

async function store() {
  return createStores(db).create({ name: `Shop ${randomUUID()}`, origins: ['https://shop.example'] })
}

async function visitor(siteId: string, externalId: string | null) {
  const id = randomUUID()
  await db.query('INSERT INTO visitors (id, site_id, external_id) VALUES ($1, $2, $3)', [id, siteId, externalId])
  return id
}

/** A conversation started on `day`, with the shopper's before and after answers. */
async function chat(siteId: string, visitorId: string, day: string, before?: Partial<CheckInAnswer>, after?: Partial<CheckInAnswer>) {
  const id = randomUUID()
  await db.query(`INSERT INTO conversations (id, site_id, visitor_id, status, created_at) VALUES ($1, $2, $3, 'resolved', $4)`, [
    id,
    siteId,
    visitorId,
    new Date(`${day}T09:00:00Z`),
  ])
  const author = { role: 'visitor', id: visitorId } as const
  for (const answer of [before && { phase: 'before', ...before }, after && { phase: 'after', ...after }]) {
    if (answer) await log.append(id, { kind: 'checkin.answered', author, clientId: randomUUID(), body: { answer } })
  }
  return id
}

describe('a shopper’s earlier chats', () => {
  it('lists the identified shopper’s earlier chats newest first with moods and reasons, leaving out the current one and later ones', async () => {
    const shop = await store()
    const me = await visitor(shop.id, 'user-1')
    const first = await chat(shop.id, me, '2026-10-01', { mood: 2, reason: 'unreachable', topic: 'order' }, { mood: 4, resolved: 'yes' })
    const second = await chat(shop.id, me, '2026-10-20', { mood: 1, reason: 'product', topic: 'order' }, { mood: 5 })
    const current = await chat(shop.id, me, '2026-11-01')
    await chat(shop.id, me, '2026-11-02') // a later chat is not "earlier"

    const history = await shopperHistory(db, log, shop.id, current)
    expect(history).toEqual({
      scope: 'shopper',
      total: 2,
      chats: [
        { id: second, startedAt: '2026-10-20T09:00:00.000Z', moodBefore: 1, moodAfter: 5, reason: 'product', topic: 'order', resolved: null },
        { id: first, startedAt: '2026-10-01T09:00:00.000Z', moodBefore: 2, moodAfter: 4, reason: 'unreachable', topic: 'order', resolved: 'yes' },
      ],
    })
  })

  it('never shows another store’s shopper with the same external id, nor answers about another store’s conversation', async () => {
    const shop = await store()
    const other = await store()
    const mine = await visitor(shop.id, 'same-id')
    const theirs = await visitor(other.id, 'same-id')
    await chat(other.id, theirs, '2026-10-01', { mood: 1 })
    const current = await chat(shop.id, mine, '2026-11-01')
    const elsewhere = await chat(other.id, theirs, '2026-11-01')

    expect(await shopperHistory(db, log, shop.id, current)).toEqual({ scope: 'shopper', total: 0, chats: [] })
    expect(await shopperHistory(db, log, shop.id, elsewhere)).toBeNull()
    expect(await shopperHistory(db, log, shop.id, 'not-a-uuid')).toBeNull()
  })

  it('an anonymous shopper’s history is this device’s only', async () => {
    const shop = await store()
    const me = await visitor(shop.id, null)
    await chat(shop.id, me, '2026-10-01', { mood: 3 })
    const current = await chat(shop.id, me, '2026-11-01')
    const history = await shopperHistory(db, log, shop.id, current)
    expect(history?.scope).toBe('device')
    expect(history?.chats.map((c) => c.moodBefore)).toEqual([3])
  })

  it('lists at most ten, and says how many there were', async () => {
    const shop = await store()
    const me = await visitor(shop.id, 'loyal')
    for (let day = 1; day <= 12; day++) await chat(shop.id, me, `2026-10-${String(day).padStart(2, '0')}`)
    const current = await chat(shop.id, me, '2026-11-01')
    const history = await shopperHistory(db, log, shop.id, current)
    expect(history?.chats).toHaveLength(10)
    expect(history?.total).toBe(12)
    expect(history?.chats[0]?.startedAt).toBe('2026-10-12T09:00:00.000Z')
  })
})
