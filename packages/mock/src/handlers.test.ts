import { setupServer } from 'msw/node'
import { PROTOCOL_VERSION, SiteResponseSchema, UPLOAD_LIMITS, type HttpErrorBody } from '@attune/protocol'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createAttuneMock } from './handlers.ts'
import { createMockState } from './state.ts'
import { eventFrame } from './visitor-frames.ts'

const server = 'http://attune.test'
const mock = createAttuneMock({ server, siteKey: 'shop-1' })
const network = setupServer(...mock.handlers)

beforeAll(() => {
  // Node 20 has no WebSocket, and msw intercepts only a global one. Every socket here is answered
  // by the mock, so the real constructor is never called: a stand-in that cannot connect will do.
  vi.stubGlobal(
    'WebSocket',
    class Unreachable {
      constructor() {
        throw new Error('[Attune mock] a socket got past msw')
      }
    },
  )
  network.listen({ onUnhandledRequest: 'error' })
})
afterAll(() => {
  network.close()
  vi.unstubAllGlobals()
})

/** Uploads as the widget does, with the token the mock's welcome hands out. */
const upload = (body: BodyInit, type: string, siteKey = 'shop-1') =>
  fetch(`${server}/api/uploads?siteKey=${siteKey}`, {
    method: 'POST',
    headers: { Authorization: 'Bearer mock-token-visitor-1', 'Content-Type': type, 'X-Attune-Filename': 'receipt' },
    body,
  })
const errorOf = async (response: Response) => ({ status: response.status, ...((await response.json()) as HttpErrorBody).error })

describe("the mock's site details", () => {
  it('are what the protocol says the real server sends, uploads and Thai voice included', async () => {
    const body = await (await fetch(`${server}/api/sites/shop-1`)).json()
    // Through the schema's Standard Schema face: no schema library to import here.
    expect(SiteResponseSchema['~standard'].validate(body)).not.toHaveProperty('issues')
    expect(body).toMatchObject({ uploads: { maxBytes: UPLOAD_LIMITS.maxBytes, types: UPLOAD_LIMITS.types }, thaiVoice: 'female' })
  })
})

describe("the mock's uploads follow the real server's rules", () => {
  it.each(UPLOAD_LIMITS.types)('a file of type %s is accepted', async (type) => {
    const response = await upload('some bytes', type)
    expect(response.status).toBe(201)
    expect((await response.json()).attachment).toMatchObject({ name: 'receipt', type, size: 10 })
  })

  it('a type outside the protocol’s list, such as SVG (it can run script), is a 415', async () => {
    expect(await errorOf(await upload('<svg/>', 'image/svg+xml'))).toEqual({
      status: 415,
      code: 'unsupported_type',
      message: 'Files of type image/svg+xml are not accepted.',
    })
  })

  it('an empty file is a 400', async () => {
    expect(await errorOf(await upload('', 'image/png'))).toEqual({ status: 400, code: 'bad_request', message: 'The file is empty.' })
  })

  it('a file over the size limit is a 413; one at the limit is accepted', async () => {
    expect(await errorOf(await upload(new Uint8Array(UPLOAD_LIMITS.maxBytes + 1), 'image/png'))).toEqual({
      status: 413,
      code: 'too_large',
      message: 'Files are at most 10 MB.',
    })
    expect((await upload(new Uint8Array(UPLOAD_LIMITS.maxBytes), 'image/png')).status).toBe(201)
  })

  it('keeps a file whose name header is malformed, as "file", as the real server does', async () => {
    const response = await fetch(`${server}/api/uploads?siteKey=shop-1`, {
      method: 'POST',
      headers: { Authorization: 'Bearer mock-token-visitor-1', 'Content-Type': 'text/plain', 'X-Attune-Filename': '%E0%A4%A' },
      body: 'hello',
    })
    expect(response.status).toBe(201)
    expect(await response.json()).toMatchObject({ attachment: { name: 'file' } })
  })

  it('an upload for another site key is a 404', async () => {
    expect(await errorOf(await upload('some bytes', 'image/png', 'shop-2'))).toEqual({ status: 404, code: 'not_found', message: 'No such site.' })
  })
})

describe("the mock's WebSocket", () => {
  /** Opens a visitor socket and tells whether it opened, and how it closed. */
  function connect(siteKey: string) {
    const socket = new WebSocket(`ws://attune.test/v1/visitor?siteKey=${siteKey}`)
    const opened = new Promise<boolean>((resolve) => {
      socket.addEventListener('open', () => resolve(true))
      socket.addEventListener('close', () => resolve(false))
    })
    const closed = new Promise<number>((resolve) => socket.addEventListener('close', (event) => resolve(event.code)))
    return { socket, opened, closed }
  }

  it("is refused for a site key that is not the mock's, as the real server refuses the upgrade", async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const typo = connect('shop1')
    expect(await typo.opened).toBe(false)
    expect(await typo.closed).toBe(1006)
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('refused a WebSocket for the site key "shop1"'))
    warn.mockRestore()
  })

  it("opens for the mock's site key", async () => {
    const shop = connect('shop-1')
    expect(await shop.opened).toBe(true)
    shop.socket.close()
  })
})

describe("the mock keeps the shopper's read mark as the real server does", () => {
  /** A visitor socket whose frames are read one type at a time. */
  async function visitor(token?: string) {
    const socket = new WebSocket('ws://attune.test/v1/visitor?siteKey=shop-1')
    const frames: { type: string; [key: string]: unknown }[] = []
    socket.addEventListener('message', (event) => frames.push(JSON.parse(event.data as string)))
    await new Promise((resolve) => socket.addEventListener('open', resolve))
    const send = (frame: object) => socket.send(JSON.stringify(frame))
    const next = (type: string) => vi.waitFor(() => frames.find((f) => f.type === type) ?? Promise.reject(new Error(`no ${type} yet`)))
    send({ type: 'hello', v: PROTOCOL_VERSION, token })
    return { socket, send, next, welcome: await next('welcome') }
  }

  it('tells it in the next welcome: a delivered mark is not a read, and a mark never goes back or past the log', async () => {
    const first = await visitor()
    first.send({ type: 'send', clientId: 'm1', text: 'Hi' })
    const { conversationId } = (await first.next('ack')) as unknown as { conversationId: string }
    mock.agentSays('Hello!', first.welcome.visitorId as string)
    first.send({ type: 'read', conversationId, seq: 1 })
    first.send({ type: 'read', conversationId, seq: 2, mark: 'delivered' })
    first.send({ type: 'ping' })
    await first.next('pong')
    first.socket.close()

    const second = await visitor(first.welcome.token as string)
    expect(second.welcome.conversation).toEqual({ id: conversationId, lastSeq: 2, status: 'open', readSeq: 1 })
    second.send({ type: 'read', conversationId, seq: 9 })
    second.send({ type: 'read', conversationId, seq: 1 })
    second.send({ type: 'ping' })
    await second.next('pong')
    second.socket.close()

    const third = await visitor(first.welcome.token as string)
    expect(third.welcome.conversation).toMatchObject({ readSeq: 2 })
    third.socket.close()
  })
})

describe("the mock's events to a shopper", () => {
  it('carry the check-in card open after each, as the real server tells it (decision 010)', () => {
    const state = createMockState()
    const conversation = state.openFor('v1')
    const system = { role: 'system', id: 'attune' } as const
    const shopper = { role: 'visitor', id: 'v1' } as const
    const frameOf = (entry: Parameters<typeof state.append>[2], author: typeof system | typeof shopper = shopper) =>
      eventFrame(conversation, state.append(conversation, author, entry).event)

    const asked = frameOf({ kind: 'checkin.asked', phase: 'before', trigger: 'open' }, system)
    expect(asked).toMatchObject({ checkIn: { pending: { seq: 1, phase: 'before' }, answerable: { seq: 1 } } })
    // An answer in part closes the card for waiting, not for more answers.
    expect(frameOf({ kind: 'checkin.answered', clientId: 'a1', answer: { phase: 'before', mood: 2 } })).toMatchObject({
      checkIn: { pending: null, answerable: { seq: 1 } },
    })
    // The shopper writing on closes it for good.
    expect(frameOf({ kind: 'message', clientId: 'm1', text: 'Hello?' })).toMatchObject({ checkIn: { pending: null, answerable: null } })
    // A replay tells each event's news as of that event, not as of now.
    expect(eventFrame(conversation, conversation.events[0]!)).toEqual(asked)
  })
})

describe('a transcript', () => {
  it('named by no id is of the shopper’s newest conversation with a line, as the real server picks it', () => {
    const state = createMockState()
    const shopper = { role: 'visitor' as const, id: 'visitor-a' }
    const ended = state.openFor(shopper.id)
    state.append(ended, shopper, { kind: 'message', clientId: 'm1', text: 'Is it in stock?' })
    state.append(ended, { role: 'agent', id: 'agent-1' }, { kind: 'conversation.resolved' })
    // Opened again after the resolve: its before card is no line.
    const next = state.openFor(shopper.id)
    state.append(next, { role: 'system', id: 'attune' }, { kind: 'checkin.asked', phase: 'before', trigger: 'open' })
    expect(state.transcriptOf(shopper.id, undefined)).toBe(ended)
    state.append(next, shopper, { kind: 'message', clientId: 'm2', text: 'One more thing' })
    expect(state.transcriptOf(shopper.id, undefined)).toBe(next)
    expect(state.transcriptOf(shopper.id, ended.id)).toBe(ended)
    expect(state.transcriptOf('visitor-b', ended.id)).toBeUndefined()
  })
})
