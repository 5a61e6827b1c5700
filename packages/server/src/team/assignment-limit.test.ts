import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createActiveConversations } from '../active-conversations.ts'
import { createMemoryBus } from '../bus.ts'
import { createConversations } from '../conversations.ts'
import type { Database } from '../db/database.ts'
import { migrate } from '../db/migrations.ts'
import { createLog } from '../log.ts'
import { databaseEngines, recording } from '../test-db.ts'
import { createAssignment } from './assignment.ts'

/** Server processes sharing the database, each with its own memory and bus (decision 013). */
const PROCESSES = 4
/** A team with room for fewer conversations than its shoppers open at once. */
const AGENTS = 3
const LIMIT = 1
const SHOPPERS = 8
/** Each round is a fresh store raced again: on the old code nearly every one overshot. */
const ROUNDS = 10

describe.each(databaseEngines())('the assignment limit, with several processes at once, on $name', ({ open }) => {
  let db: Database
  let stop: () => Promise<void>
  beforeAll(async () => {
    ;({ db, stop } = await open())
    await migrate(db)
  }, 60_000)
  afterAll(async () => {
    await db.close()
    await stop()
  })

  /** A store in automatic mode whose agents are all online, and its shoppers' conversations, none assigned yet. */
  async function busyStore(): Promise<{ siteId: string; agents: string[]; conversationIds: string[] }> {
    const siteId = randomUUID()
    await db.query(`INSERT INTO sites (id, key, name, assignment_mode, assignment_limit) VALUES ($1, $2, 'Busy shop', 'auto', $3)`, [
      siteId,
      siteId,
      LIMIT,
    ])
    const agents = Array.from({ length: AGENTS }, () => randomUUID())
    for (const id of agents) {
      await db.query(`INSERT INTO people (id, email, name, password_hash) VALUES ($1, $2, 'Agent', '-')`, [id, `${id}@team.test`])
      await db.query(`INSERT INTO memberships (person_id, site_id, role) VALUES ($1, $2, 'agent')`, [id, siteId])
    }
    const conversationIds = Array.from({ length: SHOPPERS }, () => randomUUID())
    for (const id of conversationIds) {
      await db.query('INSERT INTO visitors (id, site_id) VALUES ($1, $2)', [id, siteId])
      await db.query('INSERT INTO conversations (id, site_id, visitor_id) VALUES ($1, $2, $3)', [id, siteId, id])
    }
    return { siteId, agents, conversationIds }
  }

  const clock = Date.now()

  /** A server process's assignment: its own bus and kept conversations, the team online in its presence. */
  function aProcess(agents: readonly string[], on: Database = db) {
    const bus = createMemoryBus()
    const conversations = createConversations(on, { bus })
    const active = createActiveConversations({ conversations, log: createLog(on), bus, window: 10 })
    const presence = {
      online: async () => [...agents],
      holding: async () => new Map(agents.map((id) => [id, 'here' as const])),
    }
    // A clock that stands still: "nobody free" (hand-out.ts) lasts however slow the machine.
    return createAssignment({ db: on, presence, conversations, active, bus, now: () => clock })
  }

  it('of many shoppers written in at once across processes, no agent is given more than the limit, and the room is filled', async () => {
    for (let round = 1; round <= ROUNDS; round++) {
      const { siteId, agents, conversationIds } = await busyStore()
      const processes = Array.from({ length: PROCESSES }, () => aProcess(agents))
      // Every shopper's first message, each taken by one of the processes, all at the same moment.
      const given = await Promise.all(conversationIds.map((id, i) => processes[i % PROCESSES]!.afterShopperMessage(siteId, id)))

      const rows = await db.query<{ id: string; assignee_id: string | null }>('SELECT id, assignee_id FROM conversations WHERE site_id = $1', [
        siteId,
      ])
      // Full, and not one over: each agent holds exactly their limit.
      const held = agents.map((id) => rows.filter((r) => r.assignee_id === id).length)
      expect({ round, held }).toEqual({ round, held: agents.map(() => LIMIT) })
      // Each conversation is where the look that handed it out said it went, or still waits.
      const assigneeOf = new Map(rows.map((r) => [r.id, r.assignee_id]))
      expect(given).toEqual(conversationIds.map((id) => assigneeOf.get(id)))
    }
  }, 120_000)

  it('takes no lock for a message whose assignee is there, nor while everyone online is full', async () => {
    const { siteId, agents, conversationIds } = await busyStore()
    const { db: watched, statements, counter } = recording(db)
    const elsewhere = aProcess(agents, watched)
    const given = []
    for (const id of conversationIds) given.push(await elsewhere.afterShopperMessage(siteId, id))
    expect(given.map((to) => to !== null)).toEqual(conversationIds.map((_, i) => i < AGENTS * LIMIT))
    const assigned = conversationIds.slice(0, AGENTS * LIMIT)
    const waiting = conversationIds.slice(AGENTS * LIMIT)
    statements.length = 0
    counter.transactions = 0

    // Their shoppers write again: the assigned stay with an agent who is there, the rest wait.
    for (const id of [...assigned, ...waiting]) expect(await elsewhere.afterShopperMessage(siteId, id)).toBeNull()
    expect(counter.transactions).toBe(0)
    expect(statements.filter((sql) => sql.includes('pg_advisory'))).toEqual([])
  })
})
