import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../db/database.ts'
import { migrate } from '../db/migrations.ts'
import { databaseEngines, insertConversation, recording } from '../test-db.ts'
import { createCheckInTimers } from './check-in-timers.ts'

const T0 = Date.parse('2026-11-22T10:00:00Z')
const MINUTE = 60_000

describe.each(databaseEngines())('check-in timers kept in the database, on $name', ({ open }) => {
  let db: Database
  let stop: () => Promise<void>

  beforeAll(async () => {
    ;({ db, stop } = await open())
    await migrate(db)
  }, 120_000)
  afterAll(async () => {
    await db?.close()
    await stop?.()
  })

  const firesAt = async (id: string) => {
    const [row] = await db.query<{ fires_at: Date | string }>('SELECT fires_at FROM check_in_timers WHERE conversation_id = $1', [id])
    return row ? new Date(row.fires_at).getTime() : null
  }

  it('stores a timer, moves it, and deletes it when stopped', async () => {
    const timers = createCheckInTimers(db)
    const id = await insertConversation(db)
    await timers.set(id, T0 + MINUTE)
    expect(await firesAt(id)).toBe(T0 + MINUTE)
    await timers.set(id, T0 + 2 * MINUTE)
    expect(await firesAt(id)).toBe(T0 + 2 * MINUTE)
    await timers.set(id, null)
    expect(await firesAt(id)).toBeNull()
  })

  it('writes a timer only when the database is not known to hold it: a waiting shopper’s next messages cost nothing', async () => {
    const { db: counted, statements } = recording(db)
    const timers = createCheckInTimers(counted)
    const [id, never] = [await insertConversation(db), await insertConversation(db)]
    await timers.set(id, T0 + MINUTE)
    await timers.set(id, T0 + MINUTE)
    expect(statements).toHaveLength(1)
    await timers.set(id, null)
    await timers.set(id, null)
    // Most conversations never had a timer: stopping one nobody knows of writes nothing.
    await timers.set(never, null)
    expect(statements).toHaveLength(2)
  })

  it('gives an overdue timer to one of two processes sweeping at once, and due again should that one go away', async () => {
    const id = await insertConversation(db)
    await createCheckInTimers(db).set(id, T0)
    const [first, second] = [createCheckInTimers(db), createCheckInTimers(db)]
    const now = T0 + 10 * MINUTE
    const taken = await Promise.all([first.takeOverdue(now - MINUTE, now, 100), second.takeOverdue(now - MINUTE, now, 100)])
    expect(taken.flat().filter((taker) => taker === id)).toHaveLength(1)
    // Taken, it is due now: not overdue until the same grace has passed again.
    expect(await first.takeOverdue(now - MINUTE, now, 100)).not.toContain(id)
    expect(await first.takeOverdue(now + MINUTE + 1, now + MINUTE + 1, 100)).toContain(id)
  })

  it("leaves a timer alone that is late by less than the grace: its own process's timer is firing", async () => {
    const id = await insertConversation(db)
    await createCheckInTimers(db).set(id, T0 + 100 * MINUTE)
    const now = T0 + 100 * MINUTE + MINUTE - 1
    expect(await createCheckInTimers(db).takeOverdue(now - MINUTE, now, 100)).not.toContain(id)
    expect(await firesAt(id)).toBe(T0 + 100 * MINUTE)
  })

  it('at a start, gives every stored timer and each shopper who waits with no timer stored yet', async () => {
    const [timed, waiting, calm] = [await insertConversation(db), await insertConversation(db), await insertConversation(db)]
    await createCheckInTimers(db).set(timed, T0 + 1000 * MINUTE)
    // The shopper's message was stored, and its process went away before its rules set a timer.
    await db.query('UPDATE conversations SET waiting_since = now() WHERE id = $1', [waiting])
    const all = await createCheckInTimers(db).all()
    expect(all).toEqual(expect.arrayContaining([timed, waiting]))
    expect(all).not.toContain(calm)
  })

  it('forgets the timer of a conversation erased, and takes one set as it goes for no error', async () => {
    const timers = createCheckInTimers(db)
    const [erased, goingNow] = [await insertConversation(db), await insertConversation(db)]
    await timers.set(erased, T0)
    for (const id of [erased, goingNow]) await db.query('DELETE FROM conversations WHERE id = $1', [id])
    expect(await firesAt(erased)).toBeNull()
    await timers.set(goingNow, T0)
    expect(await firesAt(goingNow)).toBeNull()
  })
})
