import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMemoryBus, topics } from '../bus.ts'
import type { Database } from '../db/database.ts'
import { migrate } from '../db/migrations.ts'
import { openPglite } from '../db/pglite.ts'
import { createLog } from '../log.ts'
import { redactExpiredAnswers } from './retention.ts'

let db: Database
beforeAll(async () => {
  db = await openPglite()
  await migrate(db)
})
afterAll(() => db.close())

async function answeredDaysAgo(days: number, retentionDays?: number) {
  const siteId = randomUUID()
  const visitorId = randomUUID()
  const id = randomUUID()
  const settings = retentionDays ? { retentionDays } : {}
  await db.query('INSERT INTO sites (id, key, name, empathy_settings) VALUES ($1, $2, $3, $4)', [siteId, siteId, 'S', JSON.stringify(settings)])
  await db.query('INSERT INTO visitors (id, site_id) VALUES ($1, $2)', [visitorId, siteId])
  await db.query(`INSERT INTO conversations (id, site_id, visitor_id, empathy) VALUES ($1, $2, $3, '{"moodNow": 1}')`, [id, siteId, visitorId])
  const log = createLog(db)
  const answer = { phase: 'before', mood: 1, reason: 'treatment', comment: 'rude' }
  await log.append(id, { kind: 'checkin.answered', author: { role: 'visitor', id: visitorId }, clientId: 'a', body: { answer } })
  await db.query(`UPDATE events SET created_at = now() - make_interval(days => $2) WHERE conversation_id = $1`, [id, days])
  const read = async () => {
    const [event] = await log.readAfter(id, 0)
    const [conversation] = await db.query<{ empathy: unknown }>('SELECT empathy FROM conversations WHERE id = $1', [id])
    return { event, empathy: conversation?.empathy, seq: event?.seq }
  }
  return Object.assign(read, { id })
}

describe('retention of check-in answers', () => {
  it('redacts answers older than the store keeps them (90 days by default), keeping the log gapless', async () => {
    const old = await answeredDaysAgo(91)
    const fresh = await answeredDaysAgo(89)
    const shortKept = await answeredDaysAgo(8, 7)
    expect(await redactExpiredAnswers(db)).toBe(2)
    expect(await old()).toMatchObject({ event: { kind: 'checkin.answered', answer: { phase: 'before' } }, empathy: null, seq: 1 })
    expect(((await old()).event as { answer: object }).answer).toEqual({ phase: 'before' })
    expect(((await shortKept()).event as { answer: object }).answer).toEqual({ phase: 'before' })
    expect(await fresh()).toMatchObject({ event: { answer: { mood: 1, reason: 'treatment', comment: 'rude' } }, empathy: { moodNow: 1 } })
    // A second run finds nothing new to redact.
    expect(await redactExpiredAnswers(db)).toBe(0)
  })

  it('announces the conversations it redacted, so no process keeps their answers in memory (an edit is no event)', async () => {
    const bus = createMemoryBus()
    const announced: string[] = []
    bus.subscribe(
      topics.changes,
      (message) => message.type === 'changed' && message.what === 'conversation' && announced.push(message.conversationId),
    )
    const old = await answeredDaysAgo(120)
    await answeredDaysAgo(10) // not yet expired: not announced
    expect(await redactExpiredAnswers(db, bus)).toBe(1)
    expect(announced).toEqual([old.id])
  })
})
