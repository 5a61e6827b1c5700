import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPeople } from '../accounts/people.ts'
import { createStores } from '../accounts/stores.ts'
import { createMemoryBus, topics, type Bus } from '../bus.ts'
import type { Database } from '../db/database.ts'
import { migrate } from '../db/migrations.ts'
import { openPglite } from '../db/pglite.ts'
import type { SharedCounts } from '../redis.ts'
import { createPresence } from './presence.ts'

let db: Database
let siteId: string
let annId: string

beforeAll(async () => {
  db = await openPglite()
  await migrate(db)
  const store = await createStores(db).create({ name: 'Ribbons', origins: ['https://ribbons.example'] })
  const people = createPeople(db)
  const ann = await people.create({ email: 'ann@ribbons.example', name: 'Ann', password: 'a long enough password' })
  await people.join(store.id, ann.id, 'agent')
  siteId = store.id
  annId = ann.id
}, 60_000)
afterAll(async () => {
  await db?.close()
})

/** Redis's parts of each figure, shared by the processes of one deployment, counting the reads of sums. */
function sharedParts() {
  const parts = new Map<string, Map<string, number>>()
  let away = false
  const reads = { sums: 0 }
  const of = (process: string): SharedCounts => ({
    async set(key, value) {
      const figure = parts.get(key) ?? new Map<string, number>()
      figure.set(process, value)
      parts.set(key, figure)
    },
    async sum(key) {
      reads.sums++
      if (away) return null
      return [...(parts.get(key)?.values() ?? [])].reduce((total, value) => total + value, 0)
    },
    onRelinked() {},
  })
  return { of, reads, goAway: (on: boolean) => void (away = on) }
}

/** The store's next presence announcement, from whichever process: a join announces once its idleness is reset. */
function announced(bus: Bus): Promise<void> {
  return new Promise((resolve) => {
    const stop = bus.subscribe(topics.presence(siteId), () => {
      stop()
      resolve()
    })
  })
}

describe("the team's presence over several processes", () => {
  it("reads the inboxes summed over the processes once, until a change is announced, whatever the shoppers' messages ask", async () => {
    // One bus for both processes: what Redis carries between them.
    const bus = createMemoryBus()
    const shared = sharedParts()
    const a = createPresence(bus, db, shared.of('a'))
    const b = createPresence(bus, db, shared.of('b'))

    expect(await a.online(siteId)).toEqual([])
    const joined = announced(bus)
    const leave = b.join(siteId, annId)
    await joined
    expect(await a.online(siteId)).toEqual([annId])
    const reads = shared.reads.sums
    // Each shopper's message in a conversation nobody holds asks who is online (team/assignment.ts).
    for (let i = 0; i < 50; i++) expect(await a.online(siteId)).toEqual([annId])
    expect(shared.reads.sums).toBe(reads)

    // Ann closes her inbox on the other process: its announcement makes this one read again.
    const left = announced(bus)
    leave()
    await left
    expect(await a.online(siteId)).toEqual([])
    expect(await a.count(siteId)).toBe(0)
  })

  it('counts its own inboxes while Redis is away, and keeps nothing read meanwhile', async () => {
    const bus = createMemoryBus()
    const shared = sharedParts()
    const a = createPresence(bus, db, shared.of('a'))
    const joined = announced(bus)
    a.join(siteId, annId)
    await joined
    shared.goAway(true)
    // What the join's announcement read is kept: another process's announcement drops it.
    bus.publish(topics.presence(siteId), { type: 'presence', agentsOnline: 1 })
    const reads = shared.reads.sums
    expect(await a.online(siteId)).toEqual([annId])
    expect(await a.online(siteId)).toEqual([annId])
    expect(shared.reads.sums).toBe(reads + 2)
  })
})
