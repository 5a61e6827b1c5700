import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { revokeVisitorTokens, newVisitor } from '../auth/visitor-auth.ts'
import { createVisitorToken } from '../auth/visitor-token.ts'
import { createConversations } from '../conversations.ts'
import type { Database } from '../db/database.ts'
import { migrate } from '../db/migrations.ts'
import { createLog } from '../log.ts'
import { databaseEngines, recording } from '../test-db.ts'
import { createWelcomes } from './visitor-welcome.ts'

// Issue 12: after a restart thousands of shoppers say hello and resume at once; the reads asked in
// one turn go as one statement (db/batched-read.ts), on both engines.
const SECRET = 'welcome-test-secret'

describe.each(databaseEngines())('a crowd of returning shoppers on $name', ({ open }) => {
  let db: Database
  let stop: () => Promise<void>
  let siteId: string
  beforeAll(async () => {
    ;({ db, stop } = await open())
    await migrate(db)
    siteId = randomUUID()
    await db.query('INSERT INTO sites (id, key, name) VALUES ($1, $2, $3)', [siteId, siteId, 'Crowd Shop'])
  }, 60_000)
  afterAll(async () => {
    await db.close()
    await stop()
  })

  /** The welcomes, reading through `reads` (no follow-up or action waits here: the engine is never asked). */
  const welcomesOn = (reads: Database) =>
    createWelcomes({ db: reads, secret: SECRET, conversations: createConversations(reads), log: createLog(reads), empathy: undefined as never })

  it('are welcomed in one read, each as themselves: their conversation, none, or a new visitor for a revoked token', async () => {
    const conversations = createConversations(db)
    const withChat = await newVisitor(db, SECRET, siteId)
    const { conversation } = await conversations.openFor(siteId, withChat.visitorId)
    await db.query('UPDATE conversations SET last_seq = 3 WHERE id = $1', [conversation.id])
    await conversations.markRead(conversation.id, 'visitor', 2)
    const withoutChat = await newVisitor(db, SECRET, siteId)
    const revoked = await newVisitor(db, SECRET, siteId)
    await revokeVisitorTokens(db, siteId, revoked.visitorId, Date.now() + 1000)
    const unknown = createVisitorToken(SECRET, randomUUID(), siteId)

    const { db: counted, statements } = recording(db)
    const welcomes = welcomesOn(counted)
    const [a, b, c, d] = await Promise.all(
      [withChat, withoutChat, revoked].map((v) => welcomes.hello(siteId, v.token)).concat(welcomes.hello(siteId, unknown)),
    )

    expect(a).toMatchObject({
      visitorId: withChat.visitorId,
      token: withChat.token,
      // With how far the shopper read it, in the same read.
      conversation: { id: conversation.id, status: 'open', lastSeq: 3, readSeq: 2 },
    })
    expect(b).toMatchObject({ visitorId: withoutChat.visitorId, token: withoutChat.token, conversation: null })
    expect(c!.visitorId).not.toBe(revoked.visitorId)
    expect(d!.visitorId).not.toBe(withChat.visitorId)
    // One read for the four, then the two new visitors' inserts.
    expect(statements.filter((sql) => sql.includes('unnest'))).toHaveLength(1)
    expect(statements).toHaveLength(3)
  })

  it('a hello alone is a read of its own', async () => {
    const visitor = await newVisitor(db, SECRET, siteId)
    const { db: counted, statements } = recording(db)
    const welcomes = welcomesOn(counted)
    expect(await welcomes.hello(siteId, visitor.token)).toMatchObject({ visitorId: visitor.visitorId })
    expect(await welcomes.hello(siteId, visitor.token)).toMatchObject({ visitorId: visitor.visitorId })
    expect(statements).toHaveLength(2)
  })

  it("resumes asked in one turn read their conversations and marks in one statement; another's id is simply not found", async () => {
    const setup = createConversations(db)
    const ids: string[] = []
    for (const read of [0, 1]) {
      const { visitorId } = await newVisitor(db, SECRET, siteId)
      const { conversation } = await setup.openFor(siteId, visitorId)
      await db.query('UPDATE conversations SET last_seq = 3 WHERE id = $1', [conversation.id])
      await setup.markRead(conversation.id, 'agent', 2 + read)
      ids.push(conversation.id)
    }
    const { db: counted, statements } = recording(db)
    const conversations = createConversations(counted)
    const [first, second, missing] = await Promise.all([...ids, randomUUID()].map((id) => conversations.withMarks(id)))
    expect(first).toMatchObject({
      record: { id: ids[0], lastSeq: 3 },
      marks: { agent: { delivered: 2, read: 2 }, visitor: { delivered: 0, read: 0 } },
    })
    expect(second).toMatchObject({ record: { id: ids[1], lastSeq: 3 }, marks: { agent: { delivered: 3, read: 3 } } })
    expect(missing).toBeNull()
    expect(statements).toHaveLength(1)
  })
})
