import { Worker } from 'node:worker_threads'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DatabaseUnavailable, type Database } from './database.ts'
import { openPglite, startPgliteThread } from './pglite.ts'
import { tempDir } from '../test-db.ts'
import { linkWorker } from './worker-link.ts'

// The embedded database runs in a thread of its own (decision 030): these are the promises the
// main thread's side keeps, so that no caller can tell it moved.
let db: Database

beforeAll(async () => {
  db = await openPglite()
  await db.exec('CREATE TABLE items (name text PRIMARY KEY, n int8 NOT NULL DEFAULT 0)')
})
afterAll(async () => {
  await db.close()
})

describe('the embedded database in its thread', () => {
  it("hands PostgreSQL's error code and fields to the caller (23505 unique_violation)", async () => {
    await db.query(`INSERT INTO items (name) VALUES ('dup')`)
    const error = await db.query(`INSERT INTO items (name) VALUES ('dup')`).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(Error)
    expect(error).toMatchObject({ code: '23505', constraint: 'items_pkey', message: expect.stringContaining('duplicate key') })
  })

  it('gives values the types PGlite gives in-thread: Date, JSON, arrays, int8 as a number, numeric as text, bytea', async () => {
    const [row] = await db.query(
      `SELECT $1::timestamptz AS at, '{"a":[1,2]}'::jsonb AS doc, ARRAY['x','y'] AS tags, 42::int8 AS big, 1.50::numeric AS amount, '\\x0102'::bytea AS bytes`,
      [new Date('2026-01-02T03:04:05Z')],
    )
    expect(row).toEqual({
      at: new Date('2026-01-02T03:04:05Z'),
      doc: { a: [1, 2] },
      tags: ['x', 'y'],
      big: 42,
      amount: '1.50',
      bytes: new Uint8Array([1, 2]),
    })
  })

  it('commits a transaction that resolves and rolls back one that throws', async () => {
    await db.transaction(async (tx) => {
      await tx.query(`INSERT INTO items (name) VALUES ('kept')`)
    })
    await expect(
      db.transaction(async (tx) => {
        await tx.query(`INSERT INTO items (name) VALUES ('gone')`)
        throw new Error('boom')
      }),
    ).rejects.toThrow('boom')
    const rows = await db.query<{ name: string }>(`SELECT name FROM items WHERE name IN ('kept', 'gone')`)
    expect(rows).toEqual([{ name: 'kept' }])
  })

  it('runs concurrent transactions one after the other, the second seeing what the first committed', async () => {
    await db.query(`INSERT INTO items (name) VALUES ('counter')`)
    const order: string[] = []
    const increment = (who: string, meanwhile?: () => void) =>
      db.transaction(async (tx) => {
        // The transaction begins with its first statement, which holds the database until it ends.
        const [row] = await tx.query<{ n: number }>(`SELECT n FROM items WHERE name = 'counter' FOR UPDATE`)
        order.push(`${who} begins`)
        meanwhile?.()
        // A second round trip: the other transaction's first statement reaches the thread before this does.
        await tx.query(`UPDATE items SET n = $1 WHERE name = 'counter'`, [row!.n + 1])
        order.push(`${who} ends`)
      })
    let second: Promise<void> | undefined
    await increment('first', () => (second = increment('second')))
    await second
    expect(order).toEqual(['first begins', 'first ends', 'second begins', 'second ends'])
    expect(await db.query(`SELECT n FROM items WHERE name = 'counter'`)).toEqual([{ n: 2 }])
  })

  it('rolls back a transaction that failed while its first statement still waited for the database', async () => {
    let release!: () => void
    const holding = db.transaction(async (tx) => {
      await tx.query('SELECT 1')
      await new Promise<void>((resolve) => (release = resolve))
    })
    while (!release) await new Promise((resolve) => setTimeout(resolve, 5))
    const failing = db.transaction(async (tx) => {
      // Sent, and waiting behind the transaction above, when this one gives up.
      void tx.query(`INSERT INTO items (name) VALUES ('abandoned')`).catch(() => undefined)
      throw new Error('gave up')
    })
    release()
    await holding
    await expect(failing).rejects.toThrow('gave up')
    // Had the rollback missed it, the abandoned transaction would hold the database for good.
    expect(await db.query(`SELECT name FROM items WHERE name = 'abandoned'`)).toEqual([])
  })

  it('keeps the event loop free while a slow statement runs', async () => {
    let ticks = 0
    const timer = setInterval(() => ticks++, 5)
    try {
      await db.query('SELECT pg_sleep(0.3)')
    } finally {
      clearInterval(timer)
    }
    expect(ticks).toBeGreaterThan(0)
  })

  it('prepares a statement once and runs it again by name, in and out of transactions', async () => {
    const sql = `SELECT n FROM items WHERE name = $1`
    await db.query(`INSERT INTO items (name, n) VALUES ('prepared', 7)`)
    for (let i = 0; i < 3; i++) expect(await db.query(sql, ['prepared'])).toEqual([{ n: 7 }])
    expect(await db.transaction((tx) => tx.query(sql, ['prepared']))).toEqual([{ n: 7 }])
    // Statements a client prepares by name are PostgreSQL's own list for the session.
    const named = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement = $1`, [sql])
    expect(named).toEqual([{ n: 1 }])
  })

  it('keeps its prepared statements few: the least recently used close past 500 texts', async () => {
    for (let i = 0; i < 600; i++) await db.query(`SELECT ${i} AS n`)
    const [open] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_prepared_statements`)
    expect(open!.n).toBeGreaterThan(100)
    expect(open!.n).toBeLessThanOrEqual(501)
    expect(await db.query(`SELECT 599 AS n`)).toEqual([{ n: 599 }])
  })

  it('answers a statement that failed to prepare with its error, and the next one runs', async () => {
    await expect(db.query('SELEC 1')).rejects.toMatchObject({ code: '42601' })
    await expect(db.query(`SELECT n FROM items WHERE name = $1`, ['prepared'])).resolves.toEqual([{ n: 7 }])
  })

  it('returns the new shape of a table after a schema change, not the prepared one', async () => {
    await db.exec(`CREATE TABLE shapes (id int PRIMARY KEY); INSERT INTO shapes VALUES (1)`)
    expect(await db.query('SELECT * FROM shapes')).toEqual([{ id: 1 }])
    await db.exec(`ALTER TABLE shapes ADD COLUMN label text NOT NULL DEFAULT 'one'`)
    expect(await db.query('SELECT * FROM shapes')).toEqual([{ id: 1, label: 'one' }])
  })

  it('refuses a statement after close with DatabaseUnavailable', async () => {
    const other = await openPglite()
    await other.close()
    await expect(other.query('SELECT 1')).rejects.toBeInstanceOf(DatabaseUnavailable)
    await expect(other.transaction(async () => undefined)).rejects.toBeInstanceOf(DatabaseUnavailable)
  })
})

describe('a database thread that dies', () => {
  // A stand-in for the database's thread that opens, then dies on the first statement.
  const dying = (death: string) =>
    new Worker(
      `const { parentPort } = require('node:worker_threads')
       parentPort.postMessage({ ready: true })
       parentPort.on('message', () => { ${death} })`,
      { eval: true },
    )

  it('rejects the statement it was running with DatabaseUnavailable, and every later one', async () => {
    const link = linkWorker(dying(`throw new Error('WebAssembly aborted')`))
    await link.ready
    await expect(link.call({ op: 'query', sql: 'SELECT 1' })).rejects.toBeInstanceOf(DatabaseUnavailable)
    await expect(link.call({ op: 'query', sql: 'SELECT 1' })).rejects.toBeInstanceOf(DatabaseUnavailable)
  })

  it('rejects with DatabaseUnavailable when the thread exits without answering', async () => {
    const link = linkWorker(dying('process.exit(3)'))
    await link.ready
    const error = await link.call({ op: 'query', sql: 'SELECT 1' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DatabaseUnavailable)
    expect((error as Error).cause).toMatchObject({ message: expect.stringContaining('exit code 3') })
  })
})

describe('a thread started before the database is opened (decision 035)', () => {
  let dir: { path: string; remove: () => Promise<void> }
  beforeAll(async () => {
    dir = await tempDir()
    const made = await openPglite(dir.path)
    await made.exec('CREATE TABLE kept (n int)')
    await made.query('INSERT INTO kept VALUES (7)')
    await made.close()
  }, 120_000)
  afterAll(() => dir.remove())

  it('is the thread the open of its directory serves from, once', async () => {
    const thread = startPgliteThread(dir.path)!
    expect(thread).toBeDefined()
    // Another directory, or none, starts a thread of its own.
    expect(thread.take(`${dir.path}-other`)).toBeUndefined()
    expect(thread.take(undefined)).toBeUndefined()
    const opened = await openPglite(dir.path, { started: thread })
    try {
      expect(await opened.query('SELECT n FROM kept')).toEqual([{ n: 7 }])
      // Taken: a second open of the same directory could not be handed the same thread.
      expect(thread.take(dir.path)).toBeUndefined()
      await thread.close() // no-op: the open owns it
      expect(await opened.query('SELECT n FROM kept')).toEqual([{ n: 7 }])
    } finally {
      await opened.close()
    }
  }, 60_000)

  it('ends when nobody takes it, and leaves the directory to the next open', async () => {
    const thread = startPgliteThread(dir.path)!
    await thread.close()
    expect(thread.take(dir.path)).toBeUndefined()
    const opened = await openPglite(dir.path)
    expect(await opened.query('SELECT n FROM kept')).toEqual([{ n: 7 }])
    await opened.close()
  }, 60_000)

  it('is not started for a directory that holds no database yet (initdb makes it first)', async () => {
    expect(startPgliteThread(`${dir.path}-new`)).toBeUndefined()
  })
})
