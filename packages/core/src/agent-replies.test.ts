import type { ClientFrame, ConversationSummary, ServerFrame } from '@attune/protocol'
import { describe, expect, it } from 'vitest'
import { createAgentClient } from './agent-client.ts'
import { memoryStorage, type StorageLike, type WebSocketLike } from './platform.ts'
import { fakeClock } from './testing/fake-clock.ts'

// Issue 14, "Every reply arrives once": an agent's reply has the shopper's message's guarantees.

const AGENT = { id: 'a1', name: 'Nok', email: 'nok@example.com', role: 'agent', siteKey: 'demo' }
const OUTBOX = 'attune:demo:agent:a1:outbox'

/** Sockets the client opens, driven by the test: `receive` is a frame from the server. */
function fakeSockets() {
  const opened: FakeSocket[] = []
  class FakeSocket implements WebSocketLike {
    readyState = 1
    onopen: WebSocketLike['onopen'] = null
    onmessage: WebSocketLike['onmessage'] = null
    onclose: WebSocketLike['onclose'] = null
    onerror: WebSocketLike['onerror'] = null
    sent: ClientFrame[] = []
    constructor(readonly url: string) {
      opened.push(this)
      queueMicrotask(() => this.onopen?.({}))
    }
    send(data: string) {
      this.sent.push(JSON.parse(data) as ClientFrame)
    }
    close() {
      this.readyState = 3
    }
    receive(frame: ServerFrame | Record<string, unknown>) {
      this.onmessage?.({ data: JSON.stringify(frame) })
    }
    drop() {
      this.readyState = 3
      this.onclose?.({ code: 1006, reason: '' })
    }
  }
  const last = () => opened.at(-1)!
  return { FakeSocket, opened, last }
}

const summary = (id: string, lastSeq = 1) =>
  ({ id, status: 'open', lastSeq, visitor: { id: 'v1' }, updatedAt: '2026-12-01T10:00:00.000Z' }) as unknown as ConversationSummary
const welcome = (conversations: ConversationSummary[] = [summary('c1')]) => ({ type: 'welcome', role: 'agent', agent: AGENT, conversations })
const sends = (socket: { sent: ClientFrame[] }) => socket.sent.filter((f) => f.type === 'send')
const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve()
}

function setup(storage: StorageLike = memoryStorage()) {
  const sockets = fakeSockets()
  const { clock, advance } = fakeClock(Date.parse('2026-12-01T10:00:00.000Z'))
  const client = createAgentClient({ server: 'http://attune.test', WebSocket: sockets.FakeSocket, wake: false, clock, storage, random: () => 0 })
  return { client, storage, advance, ...sockets }
}

async function online(t: ReturnType<typeof setup>) {
  t.client.connect()
  await flush()
  t.last().receive(welcome())
  await flush()
}

const states = (t: ReturnType<typeof setup>, id = 'c1') =>
  t.client
    .conversation(id)
    .$timeline.get()
    .flatMap((i) => (i.kind === 'message' && i.role === 'agent' ? [i.state] : []))

describe('agent client: replies', () => {
  it('keeps a reply in storage until the server acks it, then forgets it', async () => {
    const t = setup()
    await online(t)
    const clientId = t.client.conversation('c1').reply('Yes, in red too.')
    expect(JSON.parse(t.storage.getItem(OUTBOX) ?? '[]')).toMatchObject([{ clientId, text: 'Yes, in red too.', conversationId: 'c1' }])
    await flush()
    expect(sends(t.last())).toMatchObject([{ type: 'send', clientId, conversationId: 'c1', text: 'Yes, in red too.' }])
    t.last().receive({ type: 'ack', clientId, conversationId: 'c1', seq: 2 })
    expect(t.storage.getItem(OUTBOX)).toBeNull()
    expect(states(t)).toEqual(['sent'])
    t.client.destroy()
  })

  it('sends a reply typed while the connection was down after the reconnect, with the same clientId', async () => {
    const t = setup()
    await online(t)
    t.last().drop()
    const clientId = t.client.conversation('c1').reply('Back in a moment')
    expect(states(t)).toEqual(['sending'])
    t.advance(60_000)
    await flush()
    expect(t.opened).toHaveLength(2)
    t.last().receive(welcome())
    await flush()
    expect(sends(t.last())).toMatchObject([{ clientId, conversationId: 'c1' }])
    t.last().receive({ type: 'ack', clientId, conversationId: 'c1', seq: 2 })
    expect(states(t)).toEqual(['sent'])
    t.client.destroy()
  })

  it('sends after a reload the reply the closed page left unsent, and shows it once', async () => {
    const storage = memoryStorage()
    const before = setup(storage)
    await online(before)
    before.last().readyState = 3
    const clientId = before.client.conversation('c1').reply('Typed on a flaky train', { quickReplies: ['Yes', 'No'] })
    before.client.destroy()

    const after = setup(storage)
    await online(after)
    expect(sends(after.last())).toMatchObject([{ clientId, conversationId: 'c1', quickReplies: ['Yes', 'No'] }])
    // The resume brings the reply stored at seq 2 (the ack was lost with the old page) and then its ack.
    after.last().receive({
      type: 'event',
      conversationId: 'c1',
      event: {
        seq: 2,
        at: '2026-12-01T10:00:01.000Z',
        kind: 'message',
        author: { role: 'agent', id: 'a1' },
        clientId,
        text: 'Typed on a flaky train',
      },
    })
    after.last().receive({ type: 'ack', clientId, conversationId: 'c1', seq: 2 })
    expect(states(after)).toEqual(['sent'])
    expect(storage.getItem(OUTBOX)).toBeNull()
    after.client.destroy()
  })

  it('resends by itself a reply a busy server refused for now, and fails one refused for good', async () => {
    const t = setup()
    await online(t)
    const view = t.client.conversation('c1')
    const busy = view.reply('During a rush')
    const closed = view.reply('Too late')
    await flush()
    const errors: string[] = []
    t.client.on('error', (e) => errors.push(`${e.code}:${e.ref}`))
    t.last().receive({ type: 'error', code: 'rate_limited', message: 'Slow down', ref: busy, retryAfterMs: 1000 })
    t.last().receive({ type: 'error', code: 'closed', message: 'Resolved', ref: closed })
    expect(states(t)).toEqual(['sending', 'failed'])
    expect(errors).toEqual([`closed:${closed}`])
    t.advance(2_000)
    await flush()
    expect(sends(t.last()).map((f) => f.clientId)).toEqual([busy, closed, busy])
    expect(JSON.parse(t.storage.getItem(OUTBOX) ?? '[]')).toMatchObject([{ clientId: busy }])
    t.client.destroy()
  })

  it('says why a reply was refused for good on its timeline, until it is sent again', async () => {
    const t = setup()
    await online(t)
    const view = t.client.conversation('c1')
    const busy = view.reply('During a rush')
    const closed = view.reply('Too late')
    await flush()
    const refusals = () => view.$timeline.get().map((i) => (i.kind === 'message' ? i.refusal : undefined))
    t.last().receive({ type: 'error', code: 'rate_limited', message: 'Slow down', ref: busy, retryAfterMs: 1000 })
    t.last().receive({ type: 'error', code: 'closed', message: 'Resolved', ref: closed })
    expect(refusals()).toEqual([undefined, 'closed'])
    view.retry(closed)
    expect(refusals()).toEqual([undefined, undefined])
    t.last().receive({ type: 'error', code: 'not_found', message: 'No such conversation.', ref: closed })
    expect(refusals()).toEqual([undefined, 'not_found'])
    t.client.destroy()
  })

  it('hears no error when a copy of a reply already stored is refused (a resend crossed the first copy’s ack)', async () => {
    const t = setup()
    await online(t)
    const clientId = t.client.conversation('c1').reply('Sent twice over a flaky link')
    await flush()
    const errors: string[] = []
    t.client.on('error', (e) => errors.push(`${e.code}:${e.ref}`))
    const event = {
      seq: 1,
      at: '2026-12-01T10:00:01.000Z',
      kind: 'message',
      author: { role: 'agent', id: 'a1' },
      clientId,
      text: 'Sent twice over a flaky link',
    } as const
    // Its ack was lost with a cut; the resume brought it, stored.
    t.last().receive({ type: 'event', conversationId: 'c1', event })
    expect(states(t)).toEqual(['sent'])
    t.last().receive({ type: 'error', code: 'unavailable', message: 'An earlier message goes first', ref: clientId, retryAfterMs: 1000 })
    t.last().receive({ type: 'error', code: 'forbidden', message: 'Not yours', ref: 'someone-else' })
    expect(errors).toEqual(['forbidden:someone-else'])
    t.client.destroy()
  })

  it('keeps one agent’s unsent replies from another agent, or another store, on the same browser', async () => {
    const storage = memoryStorage()
    const stored = JSON.stringify([{ clientId: 'x', text: 'not mine', at: 'x', conversationId: 'c1' }])
    storage.setItem('attune:demo:agent:a2:outbox', stored)
    storage.setItem('attune:other:agent:a1:outbox', stored)
    const t = setup(storage)
    await online(t)
    expect(sends(t.last())).toEqual([])
    t.client.destroy()
  })
})
