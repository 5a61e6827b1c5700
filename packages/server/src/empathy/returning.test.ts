import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createStores } from '../accounts/stores.ts'
import type { Database } from '../db/database.ts'
import { migrate } from '../db/migrations.ts'
import { openPglite } from '../db/pglite.ts'
import { createLog, type ConversationLog } from '../log.ts'
import { insights } from './insights.ts'

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

describe('insights: returning shoppers and complaint risk', () => {
  it('follows each shopper across their chats in the range, and counts complaint cues per conversation', async () => {
    const shop = await createStores(db).create({ name: 'Returning', origins: ['https://shop.example'] })
    const shoppers = [randomUUID(), randomUUID(), randomUUID()]
    for (const id of shoppers) await db.query('INSERT INTO visitors (id, site_id) VALUES ($1, $2)', [id, shop.id])
    const chat = async (visitor: string, day: string, before: number, after: number | null) => {
      const id = randomUUID()
      await db.query(`INSERT INTO conversations (id, site_id, visitor_id, status, created_at) VALUES ($1, $2, $3, 'resolved', $4)`, [
        id,
        shop.id,
        visitor,
        new Date(`${day}T09:00:00Z`),
      ])
      const author = { role: 'visitor', id: visitor } as const
      await log.append(id, { kind: 'checkin.answered', author, clientId: randomUUID(), body: { answer: { phase: 'before', mood: before } } })
      if (after !== null)
        await log.append(id, { kind: 'checkin.answered', author, clientId: randomUUID(), body: { answer: { phase: 'after', mood: after } } })
      return id
    }
    const [a, b, c] = shoppers as [string, string, string]
    await chat(a, '2026-11-02', 1, 2)
    const threatened = await chat(a, '2026-11-10', 3, 4) // a: 2 → 4, improving
    await chat(b, '2026-11-03', 4, 5)
    await chat(b, '2026-11-11', 2, 2) // b: 5 → 2, worsening
    await chat(c, '2026-11-04', 3, null) // c came once: not returning
    await db.query(`INSERT INTO complaint_cues (conversation_id, seq, site_id, detail) VALUES ($1, 1, $2, 'review'), ($1, 2, $2, 'review')`, [
      threatened,
      shop.id,
    ])

    const range = { from: Date.parse('2026-11-01T00:00:00Z'), to: Date.parse('2026-12-01T00:00:00Z'), timeZone: 'UTC', filter: {} }
    const { body, records } = await insights(db, log, shop.id, range)
    expect(body.returning.summary).toMatchObject({ shoppers: 2, improving: { count: 1, n: 2 }, steady: { count: 0 }, worsening: { count: 1 } })
    expect(body.returning.summary.meanFirst.value).toBeCloseTo((2 + 5) / 2)
    expect(body.returning.summary.meanLatest.value).toBeCloseTo((4 + 2) / 2)
    expect(body.returning.byWeek.map((w) => [w.week, w.trend.shoppers])).toEqual([['2026-11-09', 2]])
    expect(body.complaints).toEqual({ messages: 2, conversations: 1, conversationIds: [threatened] })
    expect(records.find((r) => r.id === threatened)).toMatchObject({ visitorId: a, complaintCues: 2 })
  })
})
