import { randomUUID } from 'node:crypto'
import type { CheckInAnswer } from '@attune/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPeople } from '../accounts/people.ts'
import { createStores } from '../accounts/stores.ts'
import type { Database } from '../db/database.ts'
import { migrate } from '../db/migrations.ts'
import { openPglite } from '../db/pglite.ts'
import { createLog, type ConversationLog } from '../log.ts'
import { askFollowUpOnConnect, createFollowUps, ShopperOptedOut } from './follow-ups.ts'

let db: Database
let log: ConversationLog
let siteId = ''
let agentId = ''

beforeAll(async () => {
  db = await openPglite()
  await migrate(db)
  log = createLog(db)
  siteId = (await createStores(db).create({ name: 'Follow-ups', origins: ['https://shop.example'] })).id
  agentId = (await createPeople(db).create({ email: 'agent@follow-ups.test', name: 'Agent', password: 'correct horse battery' })).id
}, 120_000)

afterAll(() => db?.close())

/** A shopper of the store; `optedOut`: they turned off check-ins. */
async function aShopper(optedOut = false): Promise<string> {
  const id = randomUUID()
  await db.query('INSERT INTO visitors (id, site_id, checkins_opted_out) VALUES ($1, $2, $3)', [id, siteId, optedOut])
  return id
}

/** A resolved chat of `visitorId`, last active `daysAgo`, whose shopper answered the after-chat check-in so. */
async function endedChat(visitorId: string, daysAgo: number, answer: CheckInAnswer = { phase: 'after', mood: 1 }): Promise<string> {
  const id = randomUUID()
  await db.query(`INSERT INTO conversations (id, site_id, visitor_id, status) VALUES ($1, $2, $3, 'resolved')`, [id, siteId, visitorId])
  const system = { role: 'system', id: 'attune' } as const
  await log.append(id, { kind: 'checkin.asked', author: system, clientId: randomUUID(), body: { phase: 'after', trigger: 'agent' } })
  await log.append(id, { kind: 'checkin.answered', author: { role: 'visitor', id: visitorId }, clientId: randomUUID(), body: { answer } })
  await db.query(`UPDATE conversations SET updated_at = now() - make_interval(days => $2) WHERE id = $1`, [id, daysAgo])
  return id
}

const askedAt = async (conversationId: string) =>
  (await db.query<{ asked_at: Date | null }>('SELECT asked_at FROM follow_ups WHERE conversation_id = $1', [conversationId]))[0]?.asked_at

describe('the follow-up list', () => {
  it('keeps an upset chat of three days ago behind more fine chats since than one read takes', async () => {
    const shopper = await aShopper()
    const upset = await endedChat(shopper, 3)
    // 600 chats that ended without a word of trouble, all of yesterday.
    await db.query(
      `INSERT INTO conversations (id, site_id, visitor_id, status, updated_at)
       SELECT gen_random_uuid(), $1, $2, 'resolved', now() - interval '1 day' - n * interval '1 second' FROM generate_series(1, 600) n`,
      [siteId, shopper],
    )
    const list = await createFollowUps(db, log).list(siteId, null)
    expect(list.map((f) => f.conversationId)).toContain(upset)
  })
})

describe('sending a follow-up', () => {
  it('is refused, and nothing is kept, for a shopper who turned off check-ins', async () => {
    const chat = await endedChat(await aShopper(true), 1)
    await expect(createFollowUps(db, log).send(siteId, chat, agentId)).rejects.toBeInstanceOf(ShopperOptedOut)
    expect(await askedAt(chat)).toBeUndefined()
    expect((await db.query('SELECT 1 FROM follow_ups WHERE conversation_id = $1', [chat])).length).toBe(0)
  })
})

describe('asking a follow-up when the shopper connects', () => {
  async function sentFollowUp(): Promise<{ shopper: string; chat: string }> {
    const shopper = await aShopper()
    const chat = await endedChat(shopper, 1)
    await createFollowUps(db, log).send(siteId, chat, agentId)
    return { shopper, chat }
  }

  it('keeps the claim when the shopper was asked, so it is asked once', async () => {
    const { shopper, chat } = await sentFollowUp()
    expect(await askFollowUpOnConnect(db, { askFollowUp: async () => true }, shopper)).toBe(chat)
    expect(await askedAt(chat)).not.toBeNull()
    expect(await askFollowUpOnConnect(db, { askFollowUp: async () => true }, shopper)).toBeNull()
  })

  it('gives the claim back when the rules asked nothing, so the list does not say "asked" and the next connection tries again', async () => {
    const { shopper, chat } = await sentFollowUp()
    expect(await askFollowUpOnConnect(db, { askFollowUp: async () => false }, shopper)).toBeNull()
    expect(await askedAt(chat)).toBeNull()
    expect((await createFollowUps(db, log).one(siteId, chat))?.askedAt).toBeNull()
    expect(await askFollowUpOnConnect(db, { askFollowUp: async () => true }, shopper)).toBe(chat)
  })

  it('gives the claim back when the ask fails, and the shopper is still welcomed', async () => {
    const { shopper, chat } = await sentFollowUp()
    const failing = {
      askFollowUp: async (): Promise<boolean> => {
        throw new Error('the log is not answering')
      },
    }
    expect(await askFollowUpOnConnect(db, failing, shopper)).toBeNull()
    expect(await askedAt(chat)).toBeNull()
  })
})
