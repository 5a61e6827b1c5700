import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { Database } from './database.ts'
import { openPglite } from './pglite.ts'
import { keepTidy } from './upkeep.ts'
import type { WorkerLink } from './worker-link.ts'
import { tempDir } from '../test-db.ts'

// What the embedded database does for itself (./upkeep.ts, decision 030), through the database
// as the server opens it, with its passes every 100 ms instead of every 10 s and 10 ms between
// its statements instead of 500.

/** Until `done`, looked at every 50 ms, or 30 s: the maintenance passes run on their own timer. */
async function waitFor(done: () => Promise<boolean>) {
  for (let waited = 0; !(await done()) && waited < 30_000; waited += 50) await new Promise((r) => setTimeout(r, 50))
}

describe("the embedded database's upkeep", () => {
  it('takes the statistics of a table whose rows changed by a tenth by itself, as autovacuum does, and not again until they change', async () => {
    const analyzed = await openPglite(undefined, { upkeep: { everyMs: 100, pauseMs: 10 } })
    try {
      await analyzed.exec(`CREATE TABLE notes (id int PRIMARY KEY, kind text); CREATE TABLE quiet (id int PRIMARY KEY)`)
      const analyses = async (table: string) =>
        (await analyzed.query<{ n: number }>(`SELECT analyze_count::int AS n FROM pg_stat_user_tables WHERE relname = $1`, [table]))[0]!.n
      const statistics = async () => (await analyzed.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stats WHERE tablename = 'notes'`))[0]!.n
      await analyzed.query(`INSERT INTO notes SELECT n, 'a' FROM generate_series(1, 5000) n`)
      await waitFor(async () => (await analyses('notes')) > 0)
      expect(await statistics()).toBeGreaterThan(0)
      // Looked at every 100 ms for a second: it did not grow, so it is not sampled again.
      await new Promise((r) => setTimeout(r, 1000))
      expect(await analyses('notes')).toBe(1)
      expect(await analyses('quiet')).toBe(0)
      await analyzed.query(`INSERT INTO notes SELECT n, 'b' FROM generate_series(5001, 10000) n`)
      await waitFor(async () => (await analyses('notes')) > 1)
      expect(await analyses('notes')).toBe(2)
    } finally {
      await analyzed.close()
    }
  })

  it('vacuums a table whose rows change, as autovacuum does: its dead row versions no longer pile up', async () => {
    // The same changes on two databases, one never looked after: a conversation's row changes an
    // indexed column with every message, so each change leaves a dead version in the table and in
    // its index until a vacuum.
    const tidied = await openPglite(undefined, { upkeep: { everyMs: 100, pauseMs: 10 } })
    const untidied = await openPglite(undefined, { upkeep: { everyMs: 3_600_000 } })
    try {
      const vacuums = async () =>
        (await tidied.query<{ n: number }>(`SELECT vacuum_count::int AS n FROM pg_stat_user_tables WHERE relname = 'visits'`))[0]!.n
      const size = async (db: Database) => (await db.query<{ bytes: number }>(`SELECT pg_total_relation_size('visits')::int AS bytes`))[0]!.bytes
      for (const db of [tidied, untidied]) {
        await db.exec(`CREATE TABLE visits (id int PRIMARY KEY, seen_at timestamptz); CREATE INDEX visits_seen ON visits (seen_at)`)
        await db.query(`INSERT INTO visits SELECT n, now() FROM generate_series(1, 200) n`)
      }
      for (let chunk = 0; chunk < 10; chunk++) {
        // 4,000 dead versions of 200 rows, past autovacuum's 50 and a fifth: vacuumed, while or after.
        const before = await vacuums()
        for (const db of [tidied, untidied]) {
          for (let round = 0; round < 20; round++) await db.query(`UPDATE visits SET seen_at = seen_at + interval '1 second'`)
        }
        await waitFor(async () => (await vacuums()) > before)
      }
      expect(await vacuums()).toBeGreaterThanOrEqual(10)
      // 40,000 changes of 200 rows: kept near its live size, where the other kept every version.
      expect(await size(tidied)).toBeLessThan((await size(untidied)) / 4)
    } finally {
      await tidied.close()
      await untidied.close()
    }
  })

  it("freezes every table, the system's too, before its rows grow old enough to wrap around", async () => {
    const db = await openPglite(undefined, { upkeep: { everyMs: 100, pauseMs: 10, freezeAfterXids: 1_000 } })
    try {
      const oldest = async () =>
        (
          await db.query<{ table: number; database: number }>(
            `SELECT (SELECT max(age(relfrozenxid)) FROM pg_class WHERE relkind IN ('r', 'm', 't'))::int AS table,
                    (SELECT age(datfrozenxid) FROM pg_database WHERE datname = current_database())::int AS database`,
          )
        )[0]!
      // Each a transaction of its own that takes a transaction id, as each group commit does.
      const xid = async () => (await db.query<{ xid: number }>('SELECT txid_current()::int AS xid'))[0]!.xid
      const first = await xid()
      for (let i = 0; i < 1_500; i++) await xid()
      expect((await xid()) - first).toBeGreaterThan(1_500)
      await waitFor(async () => (await oldest()).database < 1_000)
      const { table, database } = await oldest()
      expect(table).toBeLessThan(1_000)
      expect(database).toBeLessThan(1_000)
    } finally {
      await db.close()
    }
  })

  // Two databases of its own, opened from disk, and two watches of up to 30 s: past the 60 s a test
  // gets, on a 2-core machine busy with other work (seen). Time to do it is not what it checks.
  it('takes a checkpoint once so much log is written, or so long after one, and none while idle', { timeout: 180_000 }, async () => {
    // A crash replays all the log since the last checkpoint before the database opens again.
    const dir = await tempDir()
    const bySize = await openPglite(join(dir.path, 'size'), { upkeep: { everyMs: 100, pauseMs: 10, checkpointAfterBytes: 1024 * 1024 } })
    const byTime = await openPglite(join(dir.path, 'time'), { upkeep: { everyMs: 100, pauseMs: 10, checkpointAfterMs: 300 } })
    const checkpoint = async (db: Database) =>
      (await db.query<{ lsn: string }>('SELECT checkpoint_lsn::text AS lsn FROM pg_control_checkpoint()'))[0]!.lsn
    try {
      for (const db of [bySize, byTime]) {
        const idle = await checkpoint(db)
        // Looked at every 100 ms for a second: nothing written, no checkpoint.
        await new Promise((r) => setTimeout(r, 1000))
        expect(await checkpoint(db)).toBe(idle)
      }
      const before = await checkpoint(bySize)
      await bySize.exec('CREATE TABLE lines (id int PRIMARY KEY, line text)')
      await bySize.query(`INSERT INTO lines SELECT n, repeat('x', 200) FROM generate_series(1, 10000) n`)
      await waitFor(async () => (await checkpoint(bySize)) !== before)
      expect(await checkpoint(bySize)).not.toBe(before)

      const quiet = await checkpoint(byTime)
      await byTime.exec('CREATE TABLE lines (id int PRIMARY KEY, line text)')
      await waitFor(async () => (await checkpoint(byTime)) !== quiet)
      expect(await checkpoint(byTime)).not.toBe(quiet)
    } finally {
      await bySize.close()
      await byTime.close()
      await dir.remove()
    }
  })

  it('pauses after each vacuum and analyze, so the chat waits behind one of them at most', async () => {
    vi.useFakeTimers()
    const sent: { sql: string; at: number }[] = []
    const link: WorkerLink = {
      ready: Promise.resolve(),
      refusal: () => undefined,
      end: async () => undefined,
      async call<T>({ sql = '' }: { sql?: string }): Promise<T> {
        sent.push({ sql, at: Date.now() })
        if (sql.includes('pg_stat_all_tables'))
          return [
            { name: 'conversations', vacuum: true, analyze: true },
            { name: 'events', vacuum: false, analyze: true },
          ] as T
        if (sql.includes('pg_control_checkpoint')) return [{ due: true }] as T
        return [] as T
      },
    }
    const stop = keepTidy(link, { everyMs: 1_000, pauseMs: 500 })
    try {
      await vi.advanceTimersByTimeAsync(5_000)
      const maintenance = sent.filter((s) => /^(VACUUM|ANALYZE|CHECKPOINT)/.test(s.sql)).slice(0, 4)
      expect(maintenance.map((s) => s.sql)).toEqual(['VACUUM (FREEZE) conversations', 'ANALYZE conversations', 'ANALYZE events', 'CHECKPOINT'])
      const gaps = maintenance.slice(1).map((s, i) => s.at - maintenance[i]!.at)
      expect(gaps).toEqual([500, 500, 500])
    } finally {
      stop()
      vi.useRealTimers()
    }
  })
})
