import { randomUUID } from 'node:crypto'
import { SEARCH_PAGE_SIZE, type ConversationSearchQuery } from '@attune/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createStores } from '../accounts/stores.ts'
import type { SessionAgent } from '../auth/sessions.ts'
import { createConversations, type Conversations } from '../conversations.ts'
import type { Database } from '../db/database.ts'
import { migrate } from '../db/migrations.ts'
import { databaseEngines } from '../test-db.ts'
import { createLog, type ConversationLog } from '../log.ts'
import { BadCursor } from './cursor.ts'
import { searchConversations } from './search.ts'
import { createNotes } from '../notes.ts'
import { createPeople } from '../accounts/people.ts'

let db: Database
let log: ConversationLog
let conversations: Conversations

async function store(): Promise<SessionAgent> {
  const site = await createStores(db).create({ name: `Shop ${randomUUID()}`, origins: ['https://shop.example'] })
  return { id: randomUUID(), name: 'Dao', email: 'dao@shop.example', siteId: site.id, siteKey: site.key, role: 'agent', sessionId: 'session' }
}

type Shopper = { name?: string; email?: string; attributes?: Record<string, string> }

let clock = Date.parse('2026-11-01T09:00:00Z')

/** A conversation with these messages (shopper's, then alternating with the agent's), its activity a minute after the last one's. */
async function chat(siteId: string, texts: string[], options: { status?: 'open' | 'resolved'; shopper?: Shopper } = {}) {
  const visitorId = randomUUID()
  const { name = null, email = null, attributes = {} } = options.shopper ?? {}
  await db.query('INSERT INTO visitors (id, site_id, name, email, context) VALUES ($1, $2, $3, $4, $5)', [
    visitorId,
    siteId,
    name,
    email,
    JSON.stringify({ attributes }),
  ])
  const id = randomUUID()
  await db.query('INSERT INTO conversations (id, site_id, visitor_id) VALUES ($1, $2, $3)', [id, siteId, visitorId])
  for (const [i, text] of texts.entries()) {
    const author = i % 2 === 0 ? ({ role: 'visitor', id: visitorId } as const) : ({ role: 'agent', id: 'agent-1', name: 'Dao' } as const)
    await log.append(id, { kind: 'message', author, clientId: randomUUID(), body: { text } })
  }
  clock += 60_000
  await db.query('UPDATE conversations SET status = $2, updated_at = $3 WHERE id = $1', [id, options.status ?? 'resolved', new Date(clock)])
  return id
}

const search = (agent: SessionAgent, query: Partial<ConversationSearchQuery>) =>
  searchConversations(db, conversations, agent, { q: '', status: 'all', ...query })

const ids = (found: Awaited<ReturnType<typeof search>>) => found.results.map((r) => r.conversation.id)

describe.each(databaseEngines())('searching conversations on $name', ({ open }) => {
  let stop = async () => {}
  beforeAll(async () => {
    const opened = await open()
    db = opened.db
    stop = opened.stop
    await migrate(db)
    log = createLog(db)
    conversations = createConversations(db)
  }, 60_000)
  afterAll(async () => {
    await db?.close()
    await stop()
  })

  it('finds a resolved conversation by a word of the shopper’s, with the words marked in a plain-text snippet', async () => {
    const agent = await store()
    const hit = await chat(agent.siteId, ['Where is my <b>Zanzibar</b> kettle?', 'It ships today.'])
    await chat(agent.siteId, ['Hello there'])

    const found = await search(agent, { q: 'zanzibar', status: 'resolved' })
    expect(ids(found)).toEqual([hit])
    const [result] = found.results
    expect(result?.match).toBe('message')
    expect(result?.conversation.status).toBe('resolved')
    expect(result?.snippet?.text).toBe('Where is my <b>Zanzibar</b> kettle?')
    expect(result?.snippet?.marks).toEqual([[15, 23]])
    expect((await search(agent, { q: 'zanzibar', status: 'open' })).results).toEqual([])
  })

  it('finds the agent’s words and word beginnings, needing every word', async () => {
    const agent = await store()
    const hit = await chat(agent.siteId, ['My order?', 'Your quetzal parcel left the warehouse.'])
    expect(ids(await search(agent, { q: 'QUETZ' }))).toEqual([hit])
    expect(ids(await search(agent, { q: 'quetzal warehouse' }))).toEqual([hit])
    expect(ids(await search(agent, { q: 'quetzal umbrella' }))).toEqual([])
  })

  it('never finds check-in answers or system lines', async () => {
    const agent = await store()
    const id = await chat(agent.siteId, ['Hi'])
    const system = { role: 'system', id: 'attune' } as const
    await log.append(id, { kind: 'message', author: system, clientId: randomUUID(), body: { text: 'marmoset joined' } })
    await log.append(id, {
      kind: 'checkin.answered',
      author: { role: 'visitor', id: 'v' },
      clientId: randomUUID(),
      body: { answer: { phase: 'after', mood: 1, comment: 'marmoset' } },
    })
    expect((await search(agent, { q: 'marmoset' })).results).toEqual([])
  })

  it('finds a Thai word inside a run without spaces, and a Lao one', async () => {
    const agent = await store()
    const thai = await chat(agent.siteId, ['สั่งกาต้มน้ำสีชมพูไปแล้วยังไม่ได้รับของเลยค่ะ'])
    const lao = await chat(agent.siteId, ['ຂ້ອຍສັ່ງກະຕ່າຂຽວແລ້ວຍັງບໍ່ໄດ້ຮັບ'])
    const found = await search(agent, { q: 'กาต้มน้ำ' })
    expect(ids(found)).toEqual([thai])
    expect(found.results[0]?.snippet?.marks).toEqual([[4, 12]])
    expect(ids(await search(agent, { q: 'ກະຕ່າ' }))).toEqual([lao])
  })

  it('finds an order number, a date, a price, a version, an email or a link in a message by what an agent pastes or types of it', async () => {
    const agent = await store()
    const order = await chat(agent.siteId, ['Hi, order ORD-2024-77 is late'])
    const date = await chat(agent.siteId, ['It should ship on 2024-11-03.'])
    const price = await chat(agent.siteId, ['I paid 12.50 for the lid'])
    const version = await chat(agent.siteId, ['The v2.5 firmware bricked it'])
    const invoice = await chat(agent.siteId, ['See invoice #A/123'])
    const email = await chat(agent.siteId, ['My email is bob@shopmail.com please reply'])
    const link = await chat(agent.siteId, ['Is https://shop.example/p/blue-kettle in stock?'])
    const found = async (q: string) => ids(await search(agent, { q }))

    for (const q of ['ORD-2024-77', '(ord-2024-77)', '2024-77', 'ORD-2024', '77']) expect(await found(q)).toEqual([order])
    expect(new Set(await found('2024'))).toEqual(new Set([order, date]))
    expect(await found('2024-11-03')).toEqual([date])
    expect(await found('12.50')).toEqual([price])
    expect(await found('v2.5')).toEqual([version])
    expect(await found('A/123')).toEqual([invoice])
    expect(await found('#A/123')).toEqual([invoice])
    expect(await found('shopmail.com')).toEqual([email])
    expect(await found('bob@shopmail.com')).toEqual([email])
    expect(await found('blue-kettle')).toEqual([link])
    expect(await found('2024-78')).toEqual([])

    const [result] = (await search(agent, { q: '2024-77' })).results
    expect(result?.match).toBe('message')
    expect(result?.snippet?.text.slice(...result.snippet.marks[0]!)).toBe('2024-77')
  })

  it('finds a word inside an email, a link’s path or a hyphenated word by its beginning, as a word of its own', async () => {
    const agent = await store()
    const email = await chat(agent.siteId, ['Write to jane@shopmail.com about it'])
    const link = await chat(agent.siteId, ['Is https://shop.example/p/blue-kettle?ref=mail in stock?'])
    const hyphenated = await chat(agent.siteId, ['The blue-kettle lid is loose'])
    await chat(agent.siteId, ['A kettlebell and a shop mail'])
    // Only ASCII punctuation is a space: a letter with its accent, or a Thai word with its marks, stays whole.
    const french = await chat(agent.siteId, ['Voir https://shop.example/fr/théière-bleue'])
    const thai = await chat(agent.siteId, ['สั่งกาต้มน้ำจาก https://shop.example/p/green-kettle'])
    const found = async (q: string) => new Set(ids(await search(agent, { q })))

    expect(await found('shopmail')).toEqual(new Set([email]))
    expect(await found('jane')).toEqual(new Set([email]))
    expect(await found('kettle lid')).toEqual(new Set([hyphenated]))
    expect(await found('blue kettl')).toEqual(new Set([link, hyphenated]))
    expect(await found('ref')).toEqual(new Set([link]))
    expect(await found('théière')).toEqual(new Set([french]))
    expect(await found('กาต้มน้ำ kettle')).toEqual(new Set([thai]))
    const [result] = (await search(agent, { q: 'shopmail' })).results
    expect(result?.snippet?.text.slice(...result.snippet.marks[0]!)).toBe('shopmail')
  })

  it('needs every term, words by their beginning and numbers anywhere, with punctuation around them ignored', async () => {
    const agent = await store()
    const late = await chat(agent.siteId, ['Order ORD-2024-77 is late!'])
    await chat(agent.siteId, ['Order ORD-2024-78 came early'])
    expect(ids(await search(agent, { q: 'lat 2024' }))).toEqual([late])
    expect(ids(await search(agent, { q: '"late", ord-2024-77?' }))).toEqual([late])
    expect(ids(await search(agent, { q: 'early 77' }))).toEqual([])
  })

  it('matches a search’s % and _ as themselves', async () => {
    const agent = await store()
    const sale = await chat(agent.siteId, ['Is the 50%_off code still good?'])
    await chat(agent.siteId, ['50 pieces of rice off the menu'])
    expect(ids(await search(agent, { q: '50%_off' }))).toEqual([sale])
  })

  it('finds a shopper by name, email or the order id the store’s page passed', async () => {
    const agent = await store()
    const somchai = await chat(agent.siteId, ['Hi'], { shopper: { name: 'Somchai Jaidee', email: 'somchai@mail.example' } })
    const order = await chat(agent.siteId, ['Hi'], { shopper: { attributes: { orderId: 'A-77812' } } })
    const snake = await chat(agent.siteId, ['Hi'], { shopper: { attributes: { order_id: 'B-99120' } } })

    const byName = await search(agent, { q: 'somchai j' })
    expect(ids(byName)).toEqual([somchai])
    expect(byName.results[0]).toMatchObject({ match: 'name', shopper: { name: 'Somchai Jaidee', email: 'somchai@mail.example' }, snippet: null })
    expect((await search(agent, { q: 'SOMCHAI@MAIL' })).results[0]).toMatchObject({ match: 'email' })
    expect((await search(agent, { q: 'a-77812' })).results.map((r) => [r.conversation.id, r.match])).toEqual([[order, 'order']])
    expect(ids(await search(agent, { q: 'B-99120' }))).toEqual([snake])
  })

  it('never returns another store’s conversations, whatever matches', async () => {
    const mine = await store()
    const theirs = await store()
    await chat(theirs.siteId, ['platypus'], { shopper: { name: 'Platypus Fan' } })
    expect((await search(mine, { q: 'platypus' })).results).toEqual([])
    expect((await search(mine, { status: 'resolved' })).results).toEqual([])
  })

  it('lists the resolved conversations newest first, a page at a time, each once', async () => {
    const agent = await store()
    const made: string[] = []
    for (let i = 0; i < SEARCH_PAGE_SIZE + 5; i++) made.push(await chat(agent.siteId, [`chat ${i}`]))
    await chat(agent.siteId, ['still going'], { status: 'open' })

    const first = await search(agent, { status: 'resolved' })
    expect(first.results).toHaveLength(SEARCH_PAGE_SIZE)
    expect(first.results.every((r) => r.match === null && r.snippet === null)).toBe(true)
    expect(first.next).not.toBeNull()
    const second = await search(agent, { status: 'resolved', before: first.next! })
    expect(second.next).toBeNull()
    expect([...ids(first), ...ids(second)]).toEqual(made.reverse())
  })

  it('pages newest activity first to the microsecond across the turn of an hour, ties by id', async () => {
    const agent = await store()
    // Newest first: ten just after noon (UTC), one at noon itself, then the hour before; the second
    // page starts inside 11:00, and the last two share a time.
    const times = [
      ...Array.from({ length: 10 }, (_, i) => `2026-11-01T12:00:00.0000${String(10 - i).padStart(2, '0')}Z`),
      '2026-11-01T12:00:00.000000Z',
      ...Array.from({ length: SEARCH_PAGE_SIZE - 8 }, (_, i) => `2026-11-01T11:59:59.9999${String(99 - i).padStart(2, '0')}Z`),
      '2026-11-01T11:00:00.000000Z',
      '2026-11-01T11:00:00.000000Z',
    ]
    const made: { id: string; at: string }[] = []
    for (const at of times) {
      const id = await chat(agent.siteId, ['hello'])
      await db.query('UPDATE conversations SET updated_at = $2::timestamptz WHERE id = $1', [id, at])
      made.push({ id, at })
    }
    const newestFirst = made.sort((a, b) => (a.at === b.at ? (a.id < b.id ? 1 : -1) : a.at < b.at ? 1 : -1)).map((c) => c.id)

    const first = await search(agent, { status: 'resolved' })
    const second = await search(agent, { status: 'resolved', before: first.next! })
    expect(second.next).toBeNull()
    expect([...ids(first), ...ids(second)]).toEqual(newestFirst)
  })

  it("finds an agent's own and the unassigned conversations, not a colleague's; a manager finds all (issue 14)", async () => {
    const agent = await store()
    const colleague = await createPeople(db).create({ email: `${randomUUID()}@team.test`, name: 'Kai', password: 'correct horse battery' })
    const mine = await chat(agent.siteId, ['my lamp flickers'])
    const waiting = await chat(agent.siteId, ['a lamp with no plug'])
    const theirs = await chat(agent.siteId, ['their lamp is cracked'])
    await db.query('UPDATE conversations SET assignee_id = $1 WHERE id = $2', [colleague!.id, theirs])
    const me = await createPeople(db).create({ email: `${randomUUID()}@team.test`, name: 'Dao', password: 'correct horse battery' })
    await db.query('UPDATE conversations SET assignee_id = $1 WHERE id = $2', [me!.id, mine])
    const asAgent = { ...agent, id: me!.id }

    expect(new Set(ids(await search(asAgent, { q: 'lamp' })))).toEqual(new Set([mine, waiting]))
    expect(new Set(ids(await search({ ...asAgent, role: 'manager' }, { q: 'lamp' })))).toEqual(new Set([mine, waiting, theirs]))
  })

  it('refuses a cursor it did not make', async () => {
    const agent = await store()
    await expect(search(agent, { before: 'bm90IGEgY3Vyc29y' })).rejects.toBeInstanceOf(BadCursor)
  })

  it("narrows to a tag of the store's, whatever its case, with words or without", async () => {
    const agent = await store()
    const other = await store()
    const tagged = await chat(agent.siteId, ['the strap of my watch broke'])
    await chat(agent.siteId, ['the strap of my bag broke'])
    const elsewhere = await chat(other.siteId, ['the strap of my watch broke'])
    await createNotes(db).setTags(agent.siteId, tagged, ['Warranty'])
    await createNotes(db).setTags(other.siteId, elsewhere, ['Warranty'])

    expect(ids(await search(agent, { q: 'strap', tag: 'warranty' }))).toEqual([tagged])
    expect(ids(await search(agent, { status: 'all', tag: 'WARRANTY' }))).toEqual([tagged])
    expect(ids(await search(agent, { q: 'strap', tag: 'refund' }))).toEqual([])
  })
})
