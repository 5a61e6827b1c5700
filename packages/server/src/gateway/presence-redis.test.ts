import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createPeople } from '../accounts/people.ts'
import { createStores } from '../accounts/stores.ts'
import { createActiveConversations } from '../active-conversations.ts'
import { topics } from '../bus.ts'
import { createConversations } from '../conversations.ts'
import type { Database } from '../db/database.ts'
import { migrate } from '../db/migrations.ts'
import { openPglite } from '../db/pglite.ts'
import { findRedisServer, startLocalRedis, type LocalRedis } from '../local-redis.ts'
import { createLog } from '../log.ts'
import { connectRedis, type RedisLink } from '../redis.ts'
import { createAssignment } from '../team/assignment.ts'
import { createPresence } from './presence.ts'

// Two server processes on one database and one Redis, as the server makes them (presence on the
// Redis link's bus and parts, assignment on that presence), when Redis restarts under them.
const redisBin = findRedisServer()
let db: Database
let redis: LocalRedis | undefined
const links: RedisLink[] = []
let stores = 0

beforeAll(async () => {
  db = await openPglite()
  await migrate(db)
}, 60_000)
afterEach(async () => {
  await Promise.allSettled(links.splice(0).map((link) => link.close()))
  await redis?.stop()
})
afterAll(async () => {
  await db?.close()
})

/** A store whose team is Ann and Ben, agents. */
async function store() {
  const n = ++stores
  const { id: siteId } = await createStores(db).create({ name: `Restart ${n}`, origins: [] })
  const people = createPeople(db)
  const [ann, ben] = await Promise.all(
    ['ann', 'ben'].map((name) => people.create({ email: `${name}-${n}@restart.test`, name, password: 'a long enough password' })),
  )
  await people.join(siteId, ann!.id, 'agent')
  await people.join(siteId, ben!.id, 'agent')
  return { siteId, ann: ann!.id, ben: ben!.id }
}

/**
 * A server process's presence and assignment on its own Redis link, with what its shoppers of the
 * store are told (`told`) and its waits for offline assignees held for the test (`graces`).
 */
async function serverProcess(siteId: string) {
  const link = await connectRedis(redis!.url, { onError: () => {} })
  links.push(link)
  const { bus } = link
  const presence = createPresence(bus, db, link.shares)
  const conversations = createConversations(db, { bus })
  const active = createActiveConversations({ conversations, log: createLog(db), bus, window: 10 })
  const graces: (() => Promise<unknown>)[] = []
  const later = (task: () => Promise<unknown>) => (graces.push(task), () => {})
  const assignment = createAssignment({ db, presence, conversations, active, bus, later })
  const told: number[] = []
  bus.subscribe(topics.presence(siteId), (frame) => frame.type === 'presence' && told.push(frame.agentsOnline))
  const online = async () => (await presence.online(siteId)).sort()
  return { link, presence, assignment, graces, told, online }
}

/** A shopper's open conversation, held by `personId`. */
async function heldBy(siteId: string, personId: string): Promise<string> {
  const [visitor] = await db.query<{ id: string }>('INSERT INTO visitors (id, site_id) VALUES (gen_random_uuid(), $1) RETURNING id', [siteId])
  const { conversation } = await createConversations(db).openFor(siteId, visitor!.id)
  await db.query('UPDATE conversations SET assignee_id = $2 WHERE id = $1', [conversation.id, personId])
  return conversation.id
}

const assigneeOf = async (conversationId: string) =>
  (await db.query<{ assignee_id: string | null }>('SELECT assignee_id FROM conversations WHERE id = $1', [conversationId]))[0]?.assignee_id

/** Generous: a process comes back within the client's retry (2 s), on a machine that may be busy. */
const WAIT = { timeout: 30_000 }

describe.runIf(redisBin)('presence over two processes when Redis restarts', () => {
  it('Redis back without its data: the agents online count again on both, shoppers are told so, and a chat held by one stays hers', async () => {
    redis = await startLocalRedis(redisBin!)
    const { siteId, ann, ben } = await store()
    const a = await serverProcess(siteId)
    const b = await serverProcess(siteId)
    const chat = await heldBy(siteId, ann)
    b.presence.join(siteId, ann)
    await expect.poll(a.online, WAIT).toEqual([ann])

    await redis.down()
    await redis.up()
    await expect.poll(() => a.link.shares.sum('nothing'), WAIT).not.toBeNull()
    // Ben opens his inbox on the first process in the first moments after the restart.
    a.presence.join(siteId, ben)

    const both = [ann, ben].sort()
    await expect.poll(a.online, WAIT).toEqual(both)
    await expect.poll(b.online, WAIT).toEqual(both)
    await expect.poll(() => a.told.at(-1), WAIT).toBe(2)
    await expect.poll(() => b.told.at(-1), WAIT).toBe(2)
    // A shopper arriving now, on either process, is told both.
    expect(await a.presence.count(siteId)).toBe(2)
    expect(await b.presence.count(siteId)).toBe(2)

    // Her shopper writes: Ann is here, so no wait for an offline assignee begins, and the chat stays hers.
    expect(await a.assignment.afterShopperMessage(siteId, chat)).toBeNull()
    expect(a.graces).toEqual([])
    expect(await assigneeOf(chat)).toBe(ann)
  }, 120_000)

  it('Redis back with the data it kept: an inbox closed while it was away stops counting, and shoppers are told so', async () => {
    redis = await startLocalRedis(redisBin!, { keepsData: true })
    const { siteId, ann } = await store()
    const a = await serverProcess(siteId)
    const b = await serverProcess(siteId)
    const leave = b.presence.join(siteId, ann)
    await expect.poll(a.online, WAIT).toEqual([ann])

    await redis.down()
    leave()
    await redis.up()

    await expect.poll(a.online, WAIT).toEqual([])
    await expect.poll(() => a.told.at(-1), WAIT).toBe(0)
    expect(await a.presence.count(siteId)).toBe(0)
  }, 120_000)
})
