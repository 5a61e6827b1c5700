// The embedded database's own thread (issue 12, decision 030). PGlite's WebAssembly runs every
// statement synchronously: on the main thread it held the event loop ~5 ms per chat message. Here
// it blocks only this thread; src/db/pglite.ts is the main thread's side and speaks to it in
// messages: { id, op, sql?, params?, tx?, begin? } in, { id, result } or { id, error } out.
//
// Plain JavaScript on purpose: Node 20 cannot start a worker from TypeScript, and this file runs
// as it is from src/ (tests) and from dist/ (the build copies it beside cli.js and db/pglite.js).
import { parentPort, workerData } from 'node:worker_threads'
import { PGlite, parse, protocol } from '@electric-sql/pglite'

/** @type {{ dataDir?: string, settings: Record<string, string> }} */
const { dataDir, settings } = workerData
const startParams = [...PGlite.defaultStartParams, ...Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`])]

/**
 * Open transactions by id: PGlite's own `transaction()` holds its mutex (other statements wait, as
 * they did on the main thread) until the main thread says commit (`end` resolves) or rollback.
 * @type {Map<number, { tx: import('@electric-sql/pglite').Transaction, end: { resolve: () => void, reject: (e: unknown) => void }, done: Promise<void>, closed: boolean }>}
 */
const open = new Map()
/** Transactions whose first statement is waiting for the mutex: the statements sent behind it wait too. @type {Map<number, Promise<void>>} */
const beginning = new Map()
/** Every operation in flight, so `close` lets them finish first. @type {Set<Promise<unknown>>} */
const inFlight = new Set()
const ROLLBACK = Symbol('rollback')

let pg
try {
  pg = dataDir ? await PGlite.create(dataDir, { startParams }) : await PGlite.create({ startParams })
  parentPort.postMessage({ ready: true })
} catch (error) {
  parentPort.postMessage({ ready: false, error: plain(error) })
  parentPort.close()
}

/**
 * The statement runner: the database itself, or the transaction `tx` names, begun first when the
 * statement is its first (the main thread sends no BEGIN of its own: one trip between the threads
 * fewer per transaction).
 */
async function runner({ tx, begin: first }) {
  if (tx === undefined) return pg
  if (first) {
    const started = begin(tx)
    beginning.set(tx, started)
    await started.finally(() => beginning.delete(tx))
  } else await beginning.get(tx)
  const found = open.get(tx)
  if (!found) throw new Error(`Transaction ${tx} is not open.`)
  return found.tx
}

/** Starts transaction `id` and resolves once it holds PGlite's transaction mutex. */
function begin(id) {
  return new Promise((started, failed) => {
    let end
    const ended = new Promise((resolve, reject) => (end = { resolve, reject }))
    const done = pg
      .transaction(async (tx) => {
        const entry = { tx, end, done, closed: false }
        open.set(id, entry)
        started()
        try {
          await ended
        } finally {
          // Before PGlite sends its COMMIT or ROLLBACK: a statement still waiting for the database
          // must not run after them, outside the transaction (`query` checks).
          entry.closed = true
        }
      })
      .catch((error) => {
        if (error !== ROLLBACK) throw error
      })
      .finally(() => open.delete(id))
    // A BEGIN that fails never reaches the callback.
    done.catch(failed)
  })
}

/** Ends transaction `tx`: commits it, or rolls it back, and answers when that is done. */
async function end(tx, commit) {
  // A first statement may still be waiting to begin it (the caller failed before its answer came).
  await beginning.get(tx)?.catch(() => undefined)
  const found = open.get(tx)
  if (!found) throw new Error(`Transaction ${tx} is not open.`)
  if (commit) found.end.resolve()
  else found.end.reject(ROLLBACK)
  await found.done
}

async function close() {
  // A transaction the main thread left open would hold the mutex that close waits for.
  for (const { end } of open.values()) end.reject(ROLLBACK)
  await Promise.allSettled(inFlight)
  await pg.close()
}

/**
 * Statements prepared once per text, by name (issue 12). PGlite's `query` parses, analyses and plans
 * every statement afresh and crosses into WebAssembly six times to do it (parse, describe, bind,
 * describe, execute, sync); a prepared one is bound and run in one crossing, and PostgreSQL keeps
 * its plan when a generic one is as good (plan_cache_mode auto, as for any client that prepares).
 * The server's statements are a few hundred fixed texts; the least recently used past the bound
 * are closed, so a text built per call cannot grow this without end.
 * @type {Map<string, { name: string, paramTypes: number[], rowDescription: object | undefined }>}
 */
const prepared = new Map()
const PREPARED_MAX = 500
let nextStatement = 1
/** Names dropped from `prepared` whose statements are still open in PostgreSQL: closed with the next statement prepared. */
let toClose = []
const { serialize } = protocol

/** One statement, prepared on first use; rows parsed as PGlite's `query` parses them. */
async function query(message) {
  const on = await runner(message)
  const run = () =>
    pg._runExclusiveQuery(async () => {
      if (message.tx !== undefined && open.get(message.tx)?.closed !== false) throw new Error(`Transaction ${message.tx} is closed.`)
      return bindAndRun(message.sql, message.params ?? [])
    })
  // Outside a transaction a statement waits for any open one, as PGlite's own `query` does.
  const rows = await (on === pg ? pg._runExclusiveTransaction(run) : run())
  if (on === pg) await pg.syncToFs()
  return rows
}

async function bindAndRun(sql, params) {
  const statement = await prepare(sql)
  const values = params.map((value, i) => {
    if (value == null) return null
    const serializer = pg.serializers[statement.paramTypes[i]]
    return serializer ? serializer(value) : value.toString()
  })
  const { messages } = await pg.execProtocol(wire(serialize.bind({ statement: statement.name, values }), serialize.execute({}), serialize.sync()), {
    syncToFs: false,
  })
  // The rows' description came with the statement's; `parseResults` reads it before the rows.
  return parse.parseResults(statement.rowDescription ? [statement.rowDescription, ...messages] : messages, pg.parsers)[0]?.rows ?? []
}

async function prepare(sql) {
  const known = prepared.get(sql)
  if (known) {
    prepared.delete(sql)
    prepared.set(sql, known)
    return known
  }
  const name = `attune_${nextStatement++}`
  const closing = toClose.map((old) => serialize.close({ type: 'S', name: old }))
  toClose = []
  const { messages } = await pg.execProtocol(
    wire(...closing, serialize.parse({ name, text: sql }), serialize.describe({ type: 'S', name }), serialize.sync()),
    { syncToFs: false },
  )
  const statement = {
    name,
    paramTypes: messages.find((m) => m.name === 'parameterDescription')?.dataTypeIDs ?? [],
    rowDescription: messages.find((m) => m.name === 'rowDescription'),
  }
  prepared.set(sql, statement)
  if (prepared.size > PREPARED_MAX) forget(prepared.keys().next().value)
  return statement
}

function forget(sql) {
  toClose.push(prepared.get(sql).name)
  prepared.delete(sql)
}

/** Protocol messages as one buffer: PostgreSQL reads them in order in one crossing. */
function wire(...parts) {
  const buffer = new Uint8Array(parts.reduce((length, part) => length + part.length, 0))
  let offset = 0
  for (const part of parts) {
    buffer.set(part, offset)
    offset += part.length
  }
  return buffer
}

const OPS = {
  query,
  exec: async (message) => {
    await (await runner(message)).exec(message.sql)
    // A schema change can change what a prepared statement returns, which PostgreSQL refuses to
    // replan ("cached plan must not change result type"): statements are prepared afresh after it.
    for (const sql of [...prepared.keys()]) forget(sql)
  },
  commit: ({ tx }) => end(tx, true),
  rollback: ({ tx }) => end(tx, false),
  close,
}

/**
 * An error as data that survives the thread boundary: the message and PostgreSQL's fields (code
 * such as 23505, constraint, detail …) that callers read. Structured clone would keep only the
 * message and stack of an Error.
 */
function plain(error) {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) }
  const fields = {}
  for (const [key, value] of Object.entries(error)) {
    if (['string', 'number', 'boolean'].includes(typeof value)) fields[key] = value
  }
  return { ...fields, name: error.name, message: error.message }
}

parentPort.on('message', (message) => {
  const work = Promise.resolve().then(() => OPS[message.op](message))
  if (message.op !== 'close') inFlight.add(work)
  work.then(
    (result) => parentPort.postMessage({ id: message.id, result }),
    (error) => parentPort.postMessage({ id: message.id, error: plain(error) }),
  )
  work
    .finally(() => {
      inFlight.delete(work)
      if (message.op === 'close') parentPort.close()
    })
    .catch(() => undefined)
})
