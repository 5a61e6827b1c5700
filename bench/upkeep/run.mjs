// What the embedded database's upkeep (decision 030: vacuum, freezing and statistics, as
// autovacuum would) keeps from piling up: the same messages to the same conversations on three
// embedded databases in one run — looked after, only analyzed (no vacuum), never — with the size
// of the conversations' table and the time of the agent's list of open conversations as they go.
// A benchmark: prints figures, asserts nothing. Needs `pnpm build` first (it runs the server's dist).
//
//   BENCH_CONVERSATIONS=500   open conversations
//   BENCH_MESSAGES=200000     messages in all, written 100 to a transaction as the group commit does
//   BENCH_EVERY_MS=1000       how often the looked-after database is looked after (the server: 10 s,
//                             ~10,000 messages at 1,000/s; here about as many messages pass in 1 s)
import { loadServer as load, openConversations } from '../server-dist.mjs'
const { openPglite } = await load('db/pglite.js')
const { migrate } = await load('db/migrations.js')
const { createConversations } = await load('conversations.js')

const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 500)
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 200_000)
const EVERY_MS = Number(process.env.BENCH_EVERY_MS ?? 1000)
const BATCH = 100
const REPORTS = 4

async function store(everyMs) {
  // The pause between a pass's statements scaled with it (the server: 500 ms in 10 s).
  const db = await openPglite(undefined, { upkeep: { everyMs, pauseMs: everyMs / 20 } })
  await migrate(db)
  const { siteId, ids } = await openConversations(db, CONVERSATIONS)
  return { db, siteId, ids, conversations: createConversations(db), written: 0, writes: 0, writeMs: 0 }
}

/** The next BATCH messages, one to each of BATCH conversations in turn: their rows move, their events are added. */
async function write(s) {
  const start = (s.written / BATCH) % (CONVERSATIONS / BATCH)
  const chosen = s.ids.slice(start * BATCH, start * BATCH + BATCH)
  const began = performance.now()
  await s.db.transaction(async (tx) => {
    await tx.query(`UPDATE conversations SET last_seq = last_seq + 1, updated_at = now() WHERE id = ANY($1::uuid[])`, [chosen])
    await tx.query(
      `INSERT INTO events (conversation_id, seq, kind, author_role, author_id, client_id, body)
       SELECT id, last_seq, 'message', 'visitor', 'bench', id || '-' || last_seq, jsonb_build_object('text', 'Where is my order? Message ' || last_seq)
       FROM conversations WHERE id = ANY($1::uuid[])`,
      [chosen],
    )
  })
  s.writeMs += performance.now() - began
  s.writes++
  s.written += BATCH
}

async function report(label, s) {
  const [size] = await s.db.query(`SELECT pg_relation_size('conversations')::int AS heap, pg_indexes_size('conversations')::int AS indexes`)
  const began = performance.now()
  for (let i = 0; i < 10; i++) await s.conversations.openSummaries(s.siteId)
  const listMs = (performance.now() - began) / 10
  const [{ vacuums }] = await s.db.query(`SELECT vacuum_count::int AS vacuums FROM pg_stat_user_tables WHERE relname = 'conversations'`)
  const kb = (bytes) => `${(bytes / 1024).toFixed(0)} kB`
  console.log(
    `  ${String(s.written).padStart(7)}  ${label.padEnd(12)} ${kb(size.heap).padStart(8)} ${kb(size.indexes).padStart(9)}` +
      `  ${listMs.toFixed(2).padStart(6)} ms  ${(s.writeMs / s.writes).toFixed(2).padStart(6)} ms  ${String(vacuums).padStart(7)}`,
  )
  // A write's time is of those since the last report.
  s.writeMs = 0
  s.writes = 0
}

// The middle one is what the server did before its vacuum: statistics taken as often, no vacuum.
const analyzedOnly = await store(3_600_000)
const analyzing = setInterval(() => analyzedOnly.db.query('ANALYZE').catch(() => undefined), EVERY_MS)
const stores = [
  ['looked after', await store(EVERY_MS)],
  ['analyzed', analyzedOnly],
  ['never', await store(3_600_000)],
]
console.log(`${CONVERSATIONS} open conversations, ${MESSAGES} messages, ${BATCH} to a transaction; the looked-after store every ${EVERY_MS} ms:`)
console.log(`  messages  database     table    indexes   open list  a write  vacuums`)
for (let r = 1; r <= REPORTS; r++) {
  // Alternating, so the three share the machine alike.
  while (stores[0][1].written < (MESSAGES * r) / REPORTS) for (const [, s] of stores) await write(s)
  for (const [label, s] of stores) await report(label, s)
}
clearInterval(analyzing)
for (const [, s] of stores) await s.db.close()
