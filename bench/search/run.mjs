// How fast the inbox's conversation search and "Resolved" list answer (issue 14, decision 025) on
// a store with many messages, on the embedded database (PGlite) the server uses by default. A
// benchmark: prints figures, asserts nothing. Needs `pnpm build` first (it runs the server's dist).
//
//   BENCH_MESSAGES=20000   messages in the store (10 a conversation, half the shopper's)
//   BENCH_RUNS=15          times each query is run (the first is left out as a warm-up)
import { randomUUID } from 'node:crypto'
import { loadServer as load } from '../server-dist.mjs'
const { openPglite } = await load('db/pglite.js')
const { migrate } = await load('db/migrations.js')
const { createStores } = await load('accounts/stores.js')
const { createConversations } = await load('conversations.js')
const { searchConversations } = await load('search/search.js')

const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 20000)
const RUNS = Number(process.env.BENCH_RUNS ?? 15)
const PER_CONVERSATION = 10
const CONVERSATIONS = Math.ceil(MESSAGES / PER_CONVERSATION)

const ENGLISH = 'order parcel late refund size colour kettle box arrived broken thanks please help where when tracking number courier'.split(' ')
const THAI = ['สั่งของไปแล้วยังไม่ได้รับเลยค่ะ', 'ขอเปลี่ยนไซส์ได้ไหมคะ', 'พัสดุมาถึงแล้วแต่กล่องบุบ', 'ขอบคุณมากค่ะ', 'เลขพัสดุคืออะไรครับ']
// Words that occur in few messages: what an agent looks for. `inLink` only inside a link's path.
const RARE = { english: 'zanzibar', thai: 'ลายคราม', inLink: 'quokka' }

let seed = 42
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
const pick = (list) => list[Math.floor(random() * list.length)]

function messageText(i) {
  if (i % 4000 === 7) return `my ${RARE.english} kettle is late`
  if (i % 4000 === 11) return `สั่งกาน้ำชา${RARE.thai}ไปแล้วค่ะ`
  if (i % 4000 === 13) return `is https://shop.example/p/blue-${RARE.inLink}-mug in stock?`
  if (i % 3 === 0) return pick(THAI)
  return Array.from({ length: 6 + Math.floor(random() * 10) }, () => pick(ENGLISH)).join(' ')
}

async function fill(db) {
  const store = await createStores(db).create({ name: 'Bench store', origins: ['https://shop.example'] })
  const visitors = []
  const conversations = []
  for (let c = 0; c < CONVERSATIONS; c++) {
    const visitor = randomUUID()
    visitors.push([visitor, `Shopper ${c}`, `shopper${c}@mail.example`, JSON.stringify({ attributes: { orderId: `A-${10000 + c}` } })])
    conversations.push([randomUUID(), visitor, c < CONVERSATIONS - 50 ? 'resolved' : 'open', new Date(Date.UTC(2026, 0, 1) + c * 60_000)])
  }
  await db.query(
    `INSERT INTO visitors (id, site_id, name, email, context)
     SELECT id, $1, name, email, context::jsonb FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[]) AS v(id, name, email, context)`,
    [store.id, ...[0, 1, 2, 3].map((k) => visitors.map((v) => v[k]))],
  )
  await db.query(
    `INSERT INTO conversations (id, site_id, visitor_id, status, last_seq, created_at, updated_at)
     SELECT id, $1, visitor, status, ${PER_CONVERSATION}, at, at FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::timestamptz[]) AS c(id, visitor, status, at)`,
    [store.id, ...[0, 1, 2, 3].map((k) => conversations.map((c) => c[k]))],
  )
  for (let from = 0; from < MESSAGES; from += 5000) {
    const rows = []
    for (let i = from; i < Math.min(MESSAGES, from + 5000); i++) {
      const [conversation, visitor] = conversations[Math.floor(i / PER_CONVERSATION)]
      const seq = (i % PER_CONVERSATION) + 1
      const shopper = seq % 2 === 1
      rows.push([conversation, seq, shopper ? 'visitor' : 'agent', shopper ? visitor : 'agent-1', JSON.stringify({ text: messageText(i) })])
    }
    await db.query(
      `INSERT INTO events (conversation_id, seq, kind, author_role, author_id, body)
       SELECT c, s, 'message', r, a, b::jsonb FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::text[]) AS e(c, s, r, a, b)`,
      [0, 1, 2, 3, 4].map((k) => rows.map((r) => r[k])),
    )
  }
  await db.exec('ANALYZE')
  return store
}

async function time(label, run) {
  const took = []
  let found
  for (let i = 0; i <= RUNS; i++) {
    const start = performance.now()
    found = await run()
    if (i > 0) took.push(performance.now() - start)
  }
  took.sort((a, b) => a - b)
  const at = (p) => took[Math.min(took.length - 1, Math.floor(p * took.length))].toFixed(1)
  console.log(
    `${label.padEnd(44)} median ${at(0.5).padStart(7)} ms   p95 ${at(0.95).padStart(7)} ms   ${found.results.length} rows${found.next ? ' + more' : ''}`,
  )
  return found
}

const db = await openPglite()
await migrate(db)
const started = performance.now()
const store = await fill(db)
console.log(
  `PGlite, ${MESSAGES} messages in ${CONVERSATIONS} conversations (a third in Thai), filled in ${((performance.now() - started) / 1000).toFixed(1)} s`,
)
const agent = { id: randomUUID(), name: 'Bench', email: 'bench@shop.example', siteId: store.id, siteKey: store.key, role: 'agent', sessionId: 's' }
const conversations = createConversations(db)
const search = (query) => searchConversations(db, conversations, agent, { q: '', status: 'all', ...query })

const first = await time('Resolved list, first page', () => search({ status: 'resolved' }))
const second = await time('Resolved list, second page (cursor)', () => search({ status: 'resolved', before: first.next }))
await time('Resolved list, third page (cursor)', () => search({ status: 'resolved', before: second.next }))
await time(`a rare English word ("${RARE.english}")`, () => search({ q: RARE.english }))
await time('a common English word ("parcel")', () => search({ q: 'parcel' }))
await time('two English words ("tracking courier")', () => search({ q: 'tracking courier' }))
await time(`a word inside a link's path ("${RARE.inLink}")`, () => search({ q: RARE.inLink }))
await time(`a rare Thai word inside a run ("${RARE.thai}")`, () => search({ q: RARE.thai }))
await time('a common Thai word inside a run ("พัสดุ")', () => search({ q: 'พัสดุ' }))
await time('a shopper’s name ("Shopper 1234")', () => search({ q: 'Shopper 1234' }))
await time('an order id ("A-11999")', () => search({ q: 'A-11999' }))
// The words of a message as migration 30 indexes them (search.ts, MESSAGE_WORDS).
const words = `to_tsvector('simple', regexp_replace(e.body->>'text', '[!-/:-@[-\`{-~]', ' ', 'g'))`
const [plan] = await db.query(`EXPLAIN SELECT 1 FROM events e WHERE e.kind = 'message' AND ${words} @@ to_tsquery('simple', 'zanzibar:*')`)
const [index] = await db.query(`SELECT pg_relation_size('events_message_words') / 1024 AS kb`)
console.log(`full-text plan: ${Object.values(plan)[0]}; the index: ${index.kb} kB`)
await db.close()
