import type { ClientFrame, ConversationSummary } from '@attune/protocol'
import { describe, expect, it } from 'vitest'
import { createAgentClient } from './agent-client.ts'
import { memoryStorage } from './platform.ts'
import { fakeClock } from './testing/fake-clock.ts'
import { fakeSockets } from './testing/fake-socket.ts'

// A shopper's right to erasure reaches an open inbox: nothing of their conversation stays in it.

const AGENT = { id: 'a1', name: 'Nok', email: 'nok@example.com', siteKey: 'demo' }
const OUTBOX = 'attune:demo:agent:a1:outbox'
const AT = '2026-12-01T10:00:00.000Z'

const summary = (id: string, visitorId: string, fields: Partial<ConversationSummary> = {}): ConversationSummary => ({
  id,
  visitorId,
  status: 'open',
  lastSeq: 1,
  createdAt: AT,
  updatedAt: AT,
  lastMessage: { text: 'My kettle leaks', role: 'visitor', at: AT },
  waitingSince: AT,
  ...fields,
})
/** What the server sends when it erases a shopper (server: visitors.ts): the row dropped, marked. */
const erasedUpdate = (id: string, visitorId: string) => ({
  type: 'conversation',
  conversation: summary(id, visitorId, { status: 'resolved', lastMessage: null, waitingSince: null }),
  erased: true,
})
const shopperSays = (conversationId: string, text: string) => ({
  type: 'event',
  conversationId,
  event: { seq: 1, kind: 'message', at: AT, author: { role: 'visitor', id: 'v1' }, clientId: `m-${conversationId}`, text },
})

function setup() {
  const sockets = fakeSockets()
  const storage = memoryStorage()
  const client = createAgentClient({ server: 'http://attune.test', WebSocket: sockets.FakeSocket, wake: false, clock: fakeClock().clock, storage })
  const erased: unknown[] = []
  client.on('erased', (e) => erased.push(e))
  client.connect()
  const socket = sockets.last()
  socket.onopen?.({})
  socket.push({ type: 'welcome', role: 'agent', agent: AGENT, conversations: [summary('c1', 'v1'), summary('c2', 'v2')] })
  const sent = () => socket.sent.map((raw) => JSON.parse(raw) as ClientFrame)
  return { client, socket, storage, erased, sent }
}

describe('agent client: an erased shopper', () => {
  it("forgets the open conversation's log and the unsent replies to it, and tells its listeners", () => {
    const t = setup()
    const view = t.client.conversation('c1')
    t.socket.push(shopperSays('c1', 'My kettle leaks'))
    t.socket.readyState = 3 // offline: the reply waits in the outbox
    view.reply('Sorry to hear that, Mali.')
    expect(JSON.parse(t.storage.getItem(OUTBOX) ?? '[]')).toHaveLength(1)

    t.socket.push(erasedUpdate('c1', 'v1'))

    expect(t.erased).toMatchObject([{ id: 'c1', visitorId: 'v1', lastMessage: null }])
    expect(t.client.$conversations.get().map((c) => c.id)).toEqual(['c2'])
    expect(JSON.stringify(view.$timeline.get())).not.toContain('kettle')
    expect(JSON.parse(t.storage.getItem(OUTBOX) ?? '[]')).toEqual([])
    // A late frame of it is not taken in, and asking for older pages asks nothing.
    t.socket.readyState = 1
    const before = t.sent().length
    t.socket.push(shopperSays('c1', 'Still there?'))
    view.loadOlder()
    expect(JSON.stringify(view.$timeline.get())).not.toContain('Still there')
    expect(t.sent().slice(before)).toEqual([])
    t.client.destroy()
  })

  it('forgets a resolved conversation held open from outside the list (search, earlier chats), its replies too', () => {
    const t = setup()
    const view = t.client.conversation('c9')
    t.socket.push(shopperSays('c9', 'My kettle leaks'))
    t.socket.readyState = 3
    view.reply('Sorry to hear that, Mali.')

    t.socket.push(erasedUpdate('c9', 'v1'))

    expect(t.erased).toMatchObject([{ id: 'c9', visitorId: 'v1' }])
    expect(t.client.$conversations.get().map((c) => c.id)).toEqual(['c1', 'c2'])
    expect(JSON.stringify(view.$timeline.get())).not.toContain('kettle')
    expect(JSON.parse(t.storage.getItem(OUTBOX) ?? '[]')).toEqual([])
    t.client.destroy()
  })

  it('tells its listeners of a conversation it neither lists nor holds, and keeps the list as it was', () => {
    const t = setup()
    t.socket.push(erasedUpdate('c8', 'v1'))
    expect(t.erased).toMatchObject([{ id: 'c8', visitorId: 'v1' }])
    expect(t.client.$conversations.get().map((c) => c.id)).toEqual(['c1', 'c2'])
    t.client.destroy()
  })

  it('is not what a resolve is: a resolved conversation leaves the list and stays open', () => {
    const t = setup()
    const view = t.client.conversation('c1')
    t.socket.push(shopperSays('c1', 'My kettle leaks'))

    t.socket.push({ type: 'conversation', conversation: summary('c1', 'v1', { status: 'resolved', waitingSince: null }) })

    expect(t.erased).toEqual([])
    expect(t.client.$conversations.get().map((c) => c.id)).toEqual(['c2'])
    expect(JSON.stringify(view.$timeline.get())).toContain('kettle')
    t.client.destroy()
  })
})
