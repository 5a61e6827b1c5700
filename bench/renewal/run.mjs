// What it costs when the server's trust in a kept conversation runs out (decision 033): reading
// its events again, as every minute's lapse did, next to reading its row alone and keeping the
// events, in one run, on the embedded database (PGlite) the server uses by default. A benchmark:
// prints figures, asserts nothing. Needs `pnpm build` first (it runs the server's dist).
//
//   BENCH_CONVERSATIONS=500   conversations kept
//   BENCH_EVENTS=2000         events in each (2,000: as many as the check-in rules read)
import { loadServer as load, openConversations } from '../server-dist.mjs'
const { openPglite } = await load('db/pglite.js')
const { migrate } = await load('db/migrations.js')
const { createConversations } = await load('conversations.js')
const { createLog } = await load('log.js')
const { createActiveConversations } = await load('active-conversations.js')
const { createMemoryBus } = await load('bus.js')

const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 500)
const EVENTS = Number(process.env.BENCH_EVENTS ?? 2000)
const TTL_MS = 60_000

const db = await openPglite()
await migrate(db)
const { ids } = await openConversations(db, CONVERSATIONS, EVENTS)
for (const id of ids) {
  await db.query(
    `INSERT INTO events (conversation_id, seq, kind, author_role, author_id, client_id, body)
     SELECT $1, s, 'message', CASE WHEN s % 3 = 0 THEN 'agent' ELSE 'visitor' END, 'bench', $3 || '-' || s,
            jsonb_build_object('text', 'Where is my order? This is message ' || s)
     FROM generate_series(1, $2::int) s`,
    [id, EVENTS, id],
  )
}
await db.exec('ANALYZE')

let statements = 0
const counted = { ...db, query: (sql, params) => (statements++, db.query(sql, params)) }
const bus = createMemoryBus()
const conversations = createConversations(counted, { bus })
const log = createLog(counted)

/** Keeps every conversation, lets a minute pass, and reads each again: the time and statements of that second read. */
async function lapse(eventsTtlMs) {
  let clock = 0
  const active = createActiveConversations({
    conversations,
    log,
    bus,
    window: EVENTS,
    max: CONVERSATIONS,
    maxEvents: CONVERSATIONS * EVENTS,
    ttlMs: TTL_MS,
    eventsTtlMs,
    now: () => clock,
  })
  for (const id of ids) await active.get(id)
  clock += TTL_MS
  statements = 0
  const started = performance.now()
  for (const id of ids) await active.get(id)
  return { ms: performance.now() - started, statements }
}

console.log(`${CONVERSATIONS} kept conversations of ${EVENTS} events each; a minute passes and each is read again:`)
// Twice each, alternating: the first pass also warms the database's cache.
for (const round of [1, 2]) {
  for (const [label, eventsTtlMs] of [
    ['events read again (every lapse, as before)', 0],
    ['row read, events kept', undefined],
  ]) {
    const { ms, statements } = await lapse(eventsTtlMs)
    console.log(
      `  round ${round}  ${label.padEnd(44)} ${ms.toFixed(0).padStart(6)} ms  ${(ms / CONVERSATIONS).toFixed(2).padStart(6)} ms each  ${statements} statements`,
    )
  }
}
await db.close()
