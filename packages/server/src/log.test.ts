import { randomUUID } from 'node:crypto'
import type { Author } from '@attune/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from './db/database.ts'
import { migrate } from './db/migrations.ts'
import { openPglite } from './db/pglite.ts'
import { ConversationClosedError, ConversationNotFoundError, createLog } from './log.ts'
import { insertConversation } from './test-db.ts'

let db: Database
let log: ReturnType<typeof createLog>
const visitor: Author = { role: 'visitor', id: 'v1' }

beforeAll(async () => {
  db = await openPglite()
  await migrate(db)
  log = createLog(db)
})
afterAll(() => db.close())

const newConversation = (status?: 'open' | 'resolved') => insertConversation(db, status)

const message = (clientId: string, text = clientId) => ({
  kind: 'message' as const,
  author: visitor,
  clientId,
  body: { text },
})

describe('conversation log', () => {
  it('gives many concurrent appends the seqs 1..N with no gaps', async () => {
    const id = await newConversation()
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => log.append(id, message(`c${i}`))))
    const seqs = results.map((r) => r.event.seq).sort((a, b) => a - b)
    expect(seqs).toEqual(Array.from({ length: 40 }, (_, i) => i + 1))
    const stored = await log.readAfter(id, 0, 1000)
    expect(stored.map((e) => e.seq)).toEqual(seqs)
    const [conv] = await db.query<{ last_seq: number }>('SELECT last_seq FROM conversations WHERE id = $1', [id])
    expect(conv?.last_seq).toBe(40)
  })

  it('acks a duplicate clientId with the original seq and stores it once', async () => {
    const id = await newConversation()
    const first = await log.append(id, message('same', 'hello'))
    await log.append(id, message('other'))
    const again = await log.append(id, message('same', 'hello'))
    expect(first.duplicate).toBe(false)
    expect(again).toEqual({ event: first.event, duplicate: true })
    expect((await log.readAfter(id, 0)).filter((e) => e.kind === 'message' && e.clientId === 'same')).toHaveLength(1)
  })

  it('maps rows to protocol events with author, text and time', async () => {
    const id = await newConversation()
    await log.append(id, { ...message('m', 'Hi there'), author: { role: 'agent', id: 'a1', name: 'Alex' } })
    const [event] = await log.readAfter(id, 0)
    expect(event).toMatchObject({
      kind: 'message',
      seq: 1,
      clientId: 'm',
      text: 'Hi there',
      author: { role: 'agent', id: 'a1', name: 'Alex' },
    })
    expect(Number.isNaN(Date.parse(event?.at ?? ''))).toBe(false)
  })

  it('reads after a seq in pages, oldest first', async () => {
    const id = await newConversation()
    for (let i = 0; i < 5; i++) await log.append(id, message(`p${i}`))
    expect((await log.readAfter(id, 2, 2)).map((e) => e.seq)).toEqual([3, 4])
    expect(await log.readAfter(id, 5)).toEqual([])
  })

  it('refuses appends to a resolved conversation when asked to, and to unknown ones', async () => {
    const id = await newConversation('resolved')
    await expect(log.append(id, message('x'), { requireOpen: true })).rejects.toBeInstanceOf(ConversationClosedError)
    await expect(log.append(randomUUID(), message('x'))).rejects.toBeInstanceOf(ConversationNotFoundError)
  })

  it('commits effects with the event and skips them for duplicates', async () => {
    const id = await newConversation()
    let runs = 0
    const effects = async () => {
      runs++
    }
    await log.append(id, message('e'), { effects })
    await log.append(id, message('e'), { effects })
    expect(runs).toBe(1)
  })
})
