import { describe, expect, it, vi } from 'vitest'
import { checkInNews, nextCardAsks, NO_CARD_ASKS } from '@attune/empathy'
import type { ConversationEvent } from '@attune/protocol'
import { createClient } from './visitor-client.ts'
import { memoryStorage } from './platform.ts'
import { AttuneError } from './errors.ts'
import { fakeSocketShopper } from './testing/fake-shopper.ts'
import { SERVER as server, useMockServer } from './testing/network.ts'

const mock = useMockServer({ server, siteName: 'Demo Store' })

function newClient(storage = memoryStorage()) {
  return createClient({ server, siteKey: 'demo', storage, random: () => 0 })
}

describe('createClient against the protocol mock', () => {
  it('shows a message at once as sending, then as sent once the server stored it', async () => {
    const client = newClient()
    client.connect()
    const key = client.send('  Where is my parcel?  ')
    expect(client.$timeline.get()).toMatchObject([{ key, text: 'Where is my parcel?', state: 'sending', role: 'visitor' }])
    await vi.waitFor(() => expect(client.$timeline.get()[0]).toMatchObject({ state: 'sent', seq: 1 }))
    expect(mock.conversations().at(-1)?.events).toHaveLength(1)
    client.destroy()
  })

  it('shows the agent reply and counts it unread until markRead', async () => {
    const client = newClient()
    client.connect()
    client.send('Hello?')
    await vi.waitFor(() => expect(client.$timeline.get()[0]?.seq).toBe(1))
    mock.agentSays('Hi! Alex here, how can I help?')
    await vi.waitFor(() => expect(client.$unread.get()).toBe(1))
    expect(client.$timeline.get()[1]).toMatchObject({ role: 'agent', authorName: 'Alex', text: 'Hi! Alex here, how can I help?' })
    client.markRead()
    expect(client.$unread.get()).toBe(0)
    client.destroy()
  })

  it('names the agent who types, and forgets them when their message comes', async () => {
    const client = newClient()
    client.connect()
    client.send('Hello?')
    await vi.waitFor(() => expect(client.$timeline.get()[0]?.seq).toBe(1))
    mock.agentTyping(true)
    await vi.waitFor(() => expect(client.$agentTyping.get()).toEqual({ name: 'Alex' }))
    mock.agentSays('Hi!')
    await vi.waitFor(() => expect(client.$agentTyping.get()).toBeNull())
    client.destroy()
  })

  it('holds "You told us …, we …" from the welcome until the shopper dismisses it (issue 16)', async () => {
    mock.tellOnNextWelcome({ comment: 'Delivery was slow', note: 'We added a second courier.' })
    const client = newClient()
    expect(client.$toldUs.get()).toBeNull()
    client.connect()
    await vi.waitFor(() => expect(client.$toldUs.get()).toEqual({ comment: 'Delivery was slow', note: 'We added a second courier.' }))
    client.dismissToldUs()
    expect(client.$toldUs.get()).toBeNull()
    client.destroy()
  })

  it('shows "You told us" only from a welcome it takes, not one held for an identity (a shared device)', () => {
    const { client, sockets } = fakeSocketShopper()
    client.identify({ id: 'user-a', userHash: 'a'.repeat(64) })
    client.connect()
    sockets.last().onopen?.({})
    // The device's token is another shopper's: their welcome, held while the page's identity goes.
    const theirs = { comment: 'Delivery was slow', note: 'We added a second courier.' }
    sockets.last().push({ type: 'welcome', role: 'visitor', token: 't0', visitorId: 'v0', conversation: null, toldUs: theirs })
    expect(sockets.last().sent.map((data) => (JSON.parse(data) as { type: string }).type)).toContain('identify')
    expect(client.$toldUs.get()).toBeNull()
    sockets.last().push({ type: 'welcome', role: 'visitor', token: 't1', visitorId: 'v1', conversation: null })
    expect(client.$status.get()).toBe('online')
    expect(client.$toldUs.get()).toBeNull()
    client.destroy()
  })

  it('keeps the conversation across a reload through the stored token', async () => {
    const storage = memoryStorage()
    const first = newClient(storage)
    first.connect()
    first.send('I ordered shoes last week')
    await vi.waitFor(() => expect(first.$timeline.get()[0]).toMatchObject({ state: 'sent' }))
    first.destroy()

    const reloaded = newClient(storage)
    reloaded.connect()
    await vi.waitFor(() => expect(reloaded.$timeline.get().map((i) => i.kind === 'message' && i.text)).toEqual(['I ordered shoes last week']))
    reloaded.destroy()
  })

  it('sends what was typed while offline once the connection is back, exactly once', async () => {
    mock.refuseConnections(true)
    const storage = memoryStorage()
    const client = newClient(storage)
    client.connect()
    client.send('one')
    client.send('two')
    await vi.waitFor(() => expect(client.$status.get()).toBe('offline'))
    expect(storage.getItem('attune:demo:outbox')).toContain('two')
    mock.refuseConnections(false)
    await vi.waitFor(() => expect(client.$timeline.get().map((i) => i.kind === 'message' && i.state)).toEqual(['sent', 'sent']), { timeout: 5000 })
    const texts = mock
      .conversations()
      .at(-1)
      ?.events.map((e) => e.kind === 'message' && e.text)
    expect(texts).toEqual(['one', 'two'])
    expect(storage.getItem('attune:demo:outbox')).toBeNull()
    client.destroy()
  })

  it('reconnects after the connection drops and resumes without doubling', async () => {
    const client = newClient()
    client.connect()
    client.send('before the drop')
    await vi.waitFor(() => expect(client.$timeline.get()[0]?.seq).toBe(1))
    mock.dropConnections()
    await vi.waitFor(() => expect(client.$status.get()).toBe('online'), { timeout: 5000 })
    mock.agentSays('still here')
    await vi.waitFor(() => expect(client.$timeline.get()).toHaveLength(2))
    expect(client.$timeline.get().map((i) => i.seq)).toEqual([1, 2])
    client.destroy()
  })

  it('starts a new conversation after a resolve and keeps the old one on screen', async () => {
    const client = newClient()
    client.connect()
    client.send('first question')
    await vi.waitFor(() => expect(client.$timeline.get()[0]?.seq).toBe(1))
    mock.resolve()
    await vi.waitFor(() => expect(client.$timeline.get().at(-1)?.kind).toBe('resolved'))
    client.send('another question')
    await vi.waitFor(() => expect(client.$timeline.get().at(-1)).toMatchObject({ text: 'another question', state: 'sent', seq: 1 }))
    expect(client.$timeline.get().map((i) => i.kind)).toEqual(['message', 'resolved', 'message'])
    client.destroy()
  })

  it('follows the new conversation the next open starts after a resolve: its before card shows, the old one stays on screen', async () => {
    const client = newClient()
    client.connect()
    client.openChat()
    await vi.waitFor(() => expect(client.$checkIn.get()).toMatchObject({ phase: 'before', seq: 1 }))
    client.send('first question')
    await vi.waitFor(() => expect(client.$timeline.get()[0]?.seq).toBe(2))
    mock.resolve()
    await vi.waitFor(() => expect(client.$timeline.get().at(-1)?.kind).toBe('resolved'))
    // The panel opens again in the same page view.
    client.openChat()
    await vi.waitFor(() => expect(client.$checkIn.get()).toMatchObject({ phase: 'before', trigger: 'open', seq: 1 }))
    expect(client.$timeline.get().map((i) => i.kind)).toEqual(['message', 'resolved'])
    client.send('another question')
    await vi.waitFor(() => expect(client.$timeline.get().at(-1)).toMatchObject({ text: 'another question', state: 'sent', seq: 2 }))
    expect(
      mock
        .conversations()
        .at(-1)
        ?.events.map((e) => e.kind),
    ).toEqual(['checkin.asked', 'message'])
    client.destroy()
  })

  it("takes the store's details from the welcome, asking nothing else of the server", async () => {
    const fetch = vi.spyOn(globalThis, 'fetch')
    const client = newClient()
    expect(client.$site.get()).toBeNull()
    client.connect()
    await vi.waitFor(() => expect(client.$site.get()).toMatchObject({ name: 'Demo Store', checkIns: { effortItem: false } }))
    expect(fetch).not.toHaveBeenCalled()
    fetch.mockRestore()
    client.destroy()
  })

  it("keeps the store's details through a welcome that leaves them out (an identify's)", () => {
    const { client, sockets, welcome } = fakeSocketShopper()
    client.connect()
    welcome()
    const site = { name: 'Demo Store', checkIns: { moments: { before: true, during: true, after: true }, topics: [], effortItem: true } }
    sockets.last().push({ type: 'welcome', role: 'visitor', token: 't1', visitorId: 'v1', conversation: null, site })
    expect(client.$site.get()).toEqual(site)
    sockets.last().push({ type: 'welcome', role: 'visitor', token: 't2', visitorId: 'v2', conversation: null })
    expect(client.$site.get()).toEqual(site)
    client.destroy()
  })

  it("tells a reply email's reopen token in each hello until one is welcomed, then no more", () => {
    const { client, sockets, advance, welcome } = fakeSocketShopper({ reopen: 'r2.link' })
    const hello = () => JSON.parse(sockets.last().sent[0]!) as { reopen?: string }
    client.connect()
    sockets.last().onopen?.({})
    expect(hello().reopen).toBe('r2.link')
    // Dropped before the welcome: the next hello tells it again.
    sockets.last().onclose?.({ code: 1006, reason: '' })
    advance(1_000)
    welcome()
    expect(hello().reopen).toBe('r2.link')
    sockets.last().onclose?.({ code: 1006, reason: '' })
    advance(1_000)
    sockets.last().onopen?.({})
    expect(hello()).toEqual({ type: 'hello', v: 1, token: 't1' })
    client.destroy()
  })

  it('says "End chat" again, as the same frame, on each welcome until the server stores it', () => {
    const { client, sockets, advance, welcome } = fakeSocketShopper()
    const ends = () =>
      sockets
        .last()
        .sent.filter((raw) => raw.includes('"end"'))
        .map((raw) => JSON.parse(raw) as { clientId: string })
    const reconnect = () => {
      sockets.last().onclose?.({ code: 1006, reason: '' })
      advance(1_000)
      welcome({ id: 'c1', lastSeq: 1, status: 'open' })
    }
    client.connect()
    welcome({ id: 'c1', lastSeq: 1, status: 'open' })
    client.endChat()
    const [end] = ends()
    expect(end).toMatchObject({ type: 'end', conversationId: 'c1' })
    // The connection dropped before the ack: the server may or may not have it.
    reconnect()
    expect(ends()).toEqual([end])
    sockets.last().push({ type: 'ack', clientId: end!.clientId, conversationId: 'c1', seq: 2 })
    reconnect()
    expect(ends()).toEqual([])
    client.destroy()
  })

  it('refuses empty and oversized text with a typed error and queues nothing', () => {
    const client = newClient()
    expect(() => client.send('   ')).toThrow(AttuneError)
    expect(() => client.send('x'.repeat(4001))).toThrowError(/at most 4000/)
    expect(client.$timeline.get()).toEqual([])
  })

  it('refuses a missing server URL or site key at creation', () => {
    expect(() => createClient({ server: 'attune.test', siteKey: 'demo' })).toThrowError(/http\(s\) URL/)
    expect(() => createClient({ server, siteKey: '' })).toThrowError(/siteKey/)
  })
})

describe("the shopper's read mark is the server's", () => {
  const at = '2026-12-06T10:00:00.000Z'
  const reply = (seq: number) => ({
    type: 'event',
    conversationId: 'c1',
    event: { seq, at, author: { role: 'agent', id: 'a1', name: 'Alex' }, kind: 'message', clientId: `r${seq}`, text: 'On its way.' },
  })
  const sent = (socket: { sent: string[] }) => socket.sent.map((raw) => JSON.parse(raw) as { type: string })

  it('counts unread from it after a reload and on a signed-in shopper’s other device, keeping nothing of it here', async () => {
    const storage = memoryStorage()
    const first = newClient(storage)
    first.connect()
    first.identify({ id: 'user-9', userHash: 'a'.repeat(64) })
    first.send('Hello?')
    await vi.waitFor(() => expect(first.$timeline.get()[0]?.seq).toBe(1))
    mock.agentSays('Hi! Alex here.')
    await vi.waitFor(() => expect(first.$unread.get()).toBe(1))
    first.markRead()
    await vi.waitFor(() => expect(mock.conversations().at(-1)?.readSeq).toBe(2))
    first.destroy()
    expect(storage.getItem('attune:demo:read')).toBeNull()

    const reloaded = newClient(storage)
    const phone = newClient()
    reloaded.connect()
    phone.connect()
    phone.identify({ id: 'user-9', userHash: 'a'.repeat(64) })
    await vi.waitFor(() => expect([reloaded, phone].map((c) => c.$timeline.get().length)).toEqual([2, 2]))
    expect([reloaded.$unread.get(), phone.$unread.get()]).toEqual([0, 0])
    mock.agentSays('Anything else?')
    await vi.waitFor(() => expect([reloaded.$unread.get(), phone.$unread.get()]).toEqual([1, 1]))
    reloaded.destroy()
    phone.destroy()
  })

  it('counts from the mark in the welcome; a server that sends none (older than this) counts from 0, as a new device does', () => {
    for (const [readSeq, unread] of [
      [2, 1],
      [undefined, 3],
    ] as const) {
      const { client, sockets, welcome } = fakeSocketShopper()
      client.connect()
      welcome({ id: 'c1', lastSeq: 3, status: 'open', readSeq })
      for (const seq of [1, 2, 3]) sockets.last().push(reply(seq))
      expect(client.$unread.get()).toBe(unread)
      client.destroy()
    }
  })

  it('tells the server a mark made while offline when the connection is back, and takes a newer one read on another device', () => {
    const { client, sockets, advance, welcome } = fakeSocketShopper()
    const reconnect = (readSeq: number) => {
      sockets.last().onclose?.({ code: 1006, reason: '' })
      advance(1_000)
      welcome({ id: 'c1', lastSeq: 3, status: 'open', readSeq })
    }
    client.connect()
    welcome({ id: 'c1', lastSeq: 0, status: 'open' })
    for (const seq of [1, 2]) sockets.last().push(reply(seq))
    sockets.last().onclose?.({ code: 1006, reason: '' })
    // Offline: the server cannot hear it now.
    client.markRead()
    expect(client.$unread.get()).toBe(0)
    advance(1_000)
    welcome({ id: 'c1', lastSeq: 2, status: 'open', readSeq: 0 })
    expect(sent(sockets.last())).toContainEqual({ type: 'read', conversationId: 'c1', seq: 2 })
    expect(client.$unread.get()).toBe(0)

    sockets.last().push(reply(3))
    expect(client.$unread.get()).toBe(1)
    reconnect(3)
    expect(client.$unread.get()).toBe(0)
    expect(sent(sockets.last()).filter((frame) => frame.type === 'read')).toEqual([])
    client.destroy()
  })
})

describe('an open after a resolve', () => {
  const at = '2026-12-06T10:00:00.000Z'
  const system = { role: 'system', id: 'attune' } as const
  const asked = (seq: number, phase: 'before' | 'follow_up') => ({
    seq,
    at,
    author: system,
    kind: 'checkin.asked',
    phase,
    trigger: phase === 'before' ? 'open' : phase,
  })

  /** A shopper back on a resolved chat (`c1`: a reply, the resolve, then `more`) opens the panel; the server opens `c2` and asks its before card. */
  function reopenAfterResolve(more: object[] = []) {
    const { client, sockets, welcome } = fakeSocketShopper()
    client.connect()
    welcome({ id: 'c1', lastSeq: 2 + more.length, status: 'resolved' })
    const socket = sockets.last()
    const c1 = [
      { seq: 1, at, author: { role: 'agent', id: 'a1', name: 'Alex' }, kind: 'message', clientId: 'm1', text: 'Your parcel left today.' },
      { seq: 2, at, author: system, kind: 'conversation.resolved' },
      ...more,
    ]
    // Each event comes with the open card after it, as the server tells it (decision 010).
    let asks = NO_CARD_ASKS
    for (const event of c1) {
      asks = nextCardAsks(asks, event as ConversationEvent)
      socket.push({ type: 'event', conversationId: 'c1', event, checkIn: checkInNews(asks) })
    }
    client.openChat()
    socket.push({ type: 'synced', conversationId: 'c2', lastSeq: 0 })
    const before = asked(1, 'before')
    socket.push({ type: 'event', conversationId: 'c2', event: before, checkIn: { pending: before, answerable: before } })
    const lastSent = () => JSON.parse(socket.sent.at(-1)!) as unknown
    return { client, lastSent, push: (frame: object) => socket.push(frame) }
  }

  it('moves to the conversation the server opened: its before card shows, answered there; the chat that ended stays, and the server picks the transcript’s', async () => {
    const { client, lastSent } = reopenAfterResolve()
    expect(client.$checkIn.get()).toMatchObject({ phase: 'before', seq: 1 })
    expect(client.$timeline.get().map((item) => item.kind)).toEqual(['message', 'resolved'])
    client.answerCheckIn({ mood: 4 })
    expect(lastSent()).toMatchObject({ type: 'answer', conversationId: 'c2', answer: { phase: 'before', mood: 4 } })

    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('{"ok":true}', { status: 202 }))
    await client.mail('transcript', { email: 'dao@example.com' })
    // Named by none: the server's pick is the shopper's newest conversation with a line, c1 (server: http/mail-api.test.ts).
    expect(JSON.parse(fetch.mock.calls[0]![1]!.body as string)).toEqual({ email: 'dao@example.com' })
    fetch.mockRestore()
    client.destroy()
  })

  it('keeps the ticks of the chat that ended: what the agent read stays read', () => {
    const { client, sockets, welcome } = fakeSocketShopper()
    client.connect()
    welcome({ id: 'c1', lastSeq: 2, status: 'resolved' })
    const socket = sockets.last()
    const mine = { seq: 1, at, author: { role: 'visitor', id: 'v1' }, kind: 'message', clientId: 'm1', text: 'Is it in stock?' }
    socket.push({ type: 'event', conversationId: 'c1', event: mine })
    socket.push({ type: 'event', conversationId: 'c1', event: { seq: 2, at, author: system, kind: 'conversation.resolved' } })
    socket.push({ type: 'read', conversationId: 'c1', role: 'agent', seq: 2 })
    const key = client.send('One more question')
    socket.push({ type: 'ack', clientId: key, conversationId: 'c2', seq: 1 })
    expect(client.$timeline.get().map((item) => [item.key, item.kind === 'message' && item.state])).toEqual([
      ['m1', 'read'],
      ['c1#2', false],
      [key, 'sent'],
    ])
    client.destroy()
  })

  it('leaves the shopper on a card the resolved conversation still asks (the follow-up on their return)', () => {
    const { client, lastSent } = reopenAfterResolve([asked(3, 'follow_up')])
    expect(client.$checkIn.get()).toMatchObject({ phase: 'follow_up', seq: 3 })
    client.answerCheckIn({ mood: 4 })
    expect(lastSent()).toMatchObject({ type: 'answer', conversationId: 'c1', answer: { phase: 'follow_up', mood: 4 } })
    client.destroy()
  })

  it("leaves the new conversation's events alone until the shopper moves there: none shows, and none is taken for a gap in the old one", () => {
    const { client, lastSent, push } = reopenAfterResolve([asked(3, 'follow_up')])
    push({
      type: 'event',
      conversationId: 'c2',
      event: { seq: 9, at, author: { role: 'agent', id: 'a1' }, kind: 'message', clientId: 'x9', text: 'Hello again' },
    })
    expect(client.$timeline.get().map((item) => item.kind)).toEqual(['message', 'resolved'])
    expect(lastSent()).toMatchObject({ type: 'open' })
    client.destroy()
  })
})

describe('the open check-in card, as the server tells it (decision 010)', () => {
  const at = '2026-12-06T10:00:00.000Z'
  const asked = { seq: 1, at, author: { role: 'system', id: 'attune' }, kind: 'checkin.asked', phase: 'during', trigger: 'waiting' } as const
  const answered = {
    seq: 2,
    at,
    author: { role: 'visitor', id: 'v1' },
    kind: 'checkin.answered',
    clientId: 'other-tab',
    answer: { phase: 'during', understood: true },
  } as const

  function shopper() {
    const { client, sockets, welcome } = fakeSocketShopper()
    client.connect()
    welcome({ id: 'c1', lastSeq: 0, status: 'open' })
    return { client, push: (frame: object) => sockets.last().push(frame) }
  }

  it('takes no news from a replayed event this tab holds: a card answered since does not come back', () => {
    const { client, push } = shopper()
    push({ type: 'event', conversationId: 'c1', event: asked, checkIn: { pending: asked, answerable: asked } })
    push({ type: 'event', conversationId: 'c1', event: answered, checkIn: { pending: null, answerable: asked } })
    expect(client.$checkIn.get()).toBeNull()
    // Another tab's resume replays the log to the shared connection, with the news as of each event.
    push({ type: 'event', conversationId: 'c1', event: asked, checkIn: { pending: asked, answerable: asked } })
    expect(client.$checkIn.get()).toBeNull()
    client.destroy()
  })

  it("takes no news with another conversation's event", () => {
    const { client, push } = shopper()
    push({ type: 'event', conversationId: 'c2', event: asked, checkIn: { pending: asked, answerable: asked } })
    expect(client.$checkIn.get()).toBeNull()
    client.destroy()
  })

  it('shows no card from a server that tells none (one older than the news): the log alone opens none', () => {
    const { client, push } = shopper()
    push({ type: 'event', conversationId: 'c1', event: asked })
    expect(client.$checkIn.get()).toBeNull()
    client.destroy()
  })
})
