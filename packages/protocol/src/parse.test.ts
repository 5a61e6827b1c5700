import { describe, expect, it } from 'vitest'
import { ErrorCode } from './errors.ts'
import { parseClientFrame, parseServerFrame } from './parse.ts'
import { decodeServerFrame, decodeVisitorFrame } from './decode.ts'
import { ServerFrameSchema, VisitorServerFrameSchema } from './server-frames.ts'
import { MAX_FRAME_BYTES, MAX_TEXT_LENGTH, PROTOCOL_VERSION } from './version.ts'

const good = (frame: object) => parseClientFrame(JSON.stringify(frame))

describe('client frames', () => {
  it.each([
    { type: 'hello', v: PROTOCOL_VERSION },
    { type: 'hello', v: PROTOCOL_VERSION, token: 'abc' },
    { type: 'resume', conversationId: 'c1', afterSeq: 0 },
    { type: 'send', clientId: 'm1', text: 'Where is my order?' },
    { type: 'send', clientId: 'm1', text: 'hi', conversationId: 'c1' },
    { type: 'typing', conversationId: 'c1', typing: true },
    { type: 'read', conversationId: 'c1', seq: 3 },
    { type: 'resolve', conversationId: 'c1', clientId: 'r1' },
    { type: 'ping' },
  ])('accepts a good $type frame', (frame) => {
    const result = good(frame)
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.frame.type).toBe(frame.type)
  })

  it('trims message text before storing it', () => {
    const result = good({ type: 'send', clientId: 'm1', text: '  สวัสดีครับ \n' })
    expect(result.ok && result.frame.type === 'send' && result.frame.text).toBe('สวัสดีครับ')
  })

  it.each([
    ['not JSON', '{nope'],
    ['an unknown type', JSON.stringify({ type: 'shout' })],
    ['a send without clientId', JSON.stringify({ type: 'send', text: 'hi' })],
    ['an empty message', JSON.stringify({ type: 'send', clientId: 'm1', text: '   ' })],
    ['a negative seq', JSON.stringify({ type: 'resume', conversationId: 'c', afterSeq: -1 })],
    ['a fractional seq', JSON.stringify({ type: 'read', conversationId: 'c', seq: 1.5 })],
    ['a number for text', JSON.stringify({ type: 'send', clientId: 'm1', text: 42 })],
    ['an array', '[]'],
    ['null', 'null'],
  ])('rejects %s with a bad_frame error', (_, raw) => {
    const result = parseClientFrame(raw)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.type).toBe('error')
      expect(result.error.code).toBe(ErrorCode.BadFrame)
      expect(result.error.message.length).toBeGreaterThan(0)
    }
  })

  it('names the clientId a refused send was for, so the client can mark it failed', () => {
    const result = good({ type: 'send', clientId: 'm7', text: 'x'.repeat(MAX_TEXT_LENGTH + 1) })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.ref).toBe('m7')
      expect(result.error.message).toContain(String(MAX_TEXT_LENGTH))
    }
  })

  // Issue 11, findings 8 and 11: what PostgreSQL would refuse is refused here, naming the field.
  it.each([
    ['NUL in message text', { type: 'send', clientId: 'm1', text: 'a\u0000b' }, 'text'],
    ['a lone high surrogate in message text', { type: 'send', clientId: 'm1', text: 'a\ud800b' }, 'text'],
    ['a lone low surrogate at the start', { type: 'send', clientId: 'm1', text: '\udc00 hi' }, 'text'],
    ['NUL in a clientId', { type: 'send', clientId: 'm\u0000', text: 'hi' }, 'clientId'],
    ['NUL in the page of open', { type: 'open', page: '/p\u0000' }, 'page'],
    ['NUL in a context attribute value', { type: 'context', attributes: { plan: 'gold\u0000' } }, 'attributes.plan'],
    ['a lone surrogate in a context attribute key', { type: 'context', attributes: { ['k\ud800']: 1 } }, 'attributes'],
    ['NUL in a page title', { type: 'context', page: { url: '/', title: '\u0000' } }, 'page.title'],
    [
      'NUL in a check-in comment',
      { type: 'answer', clientId: 'c1', conversationId: 'c', answer: { phase: 'after', comment: '\u0000' } },
      'answer.comment',
    ],
    ['a seq of 2^60', { type: 'read', conversationId: 'c', seq: 2 ** 60 }, 'seq'],
    ['an afterSeq beyond int4', { type: 'resume', conversationId: 'c', afterSeq: 2_147_483_648 }, 'afterSeq'],
    ['a beforeSeq beyond safe integers', { type: 'history', conversationId: 'c', beforeSeq: 2 ** 60 }, 'beforeSeq'],
  ])('refuses %s as a bad_frame naming the field', (_, frame, field) => {
    const result = parseClientFrame(JSON.stringify(frame))
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe(ErrorCode.BadFrame)
      expect(result.error.message.startsWith(`${field}`)).toBe(true)
    }
  })

  it('accepts emoji, paired surrogates and the largest int4 seq', () => {
    expect(good({ type: 'send', clientId: 'm1', text: 'ok 👍🏽 \ud83d\ude00' }).ok).toBe(true)
    expect(good({ type: 'read', conversationId: 'c', seq: 2_147_483_647 }).ok).toBe(true)
  })

  it('refuses an oversized frame before parsing it', () => {
    const result = parseClientFrame(' '.repeat(MAX_FRAME_BYTES + 1))
    expect(!result.ok && result.error.code).toBe(ErrorCode.FrameTooLarge)
  })
})

describe('server frames', () => {
  const event = {
    seq: 1,
    at: '2026-11-22T10:00:00.000Z',
    author: { role: 'visitor', id: 'v1' },
    kind: 'message',
    clientId: 'm1',
    text: 'hello',
  }

  it('accepts an event frame with a message', () => {
    const result = parseServerFrame(JSON.stringify({ type: 'event', conversationId: 'c1', event }))
    expect(result.ok).toBe(true)
  })

  it('accepts a resolved event and both welcomes', () => {
    const frames = [
      { type: 'event', conversationId: 'c1', event: { seq: 2, at: event.at, author: { role: 'agent', id: 'a1' }, kind: 'conversation.resolved' } },
      { type: 'welcome', role: 'visitor', token: 't', visitorId: 'v1', conversation: null },
      { type: 'welcome', role: 'agent', agent: { id: 'a', name: 'Alex', email: 'a@x' }, conversations: [] },
      { type: 'error', code: 'not_found', message: 'No such conversation.' },
    ]
    for (const frame of frames) expect(parseServerFrame(JSON.stringify(frame)).ok).toBe(true)
  })

  it("accepts a visitor's welcome with the store's details, and refuses one whose details are malformed", () => {
    const site = {
      name: 'Demo Store',
      checkIns: { moments: { before: true, during: true, after: true }, topics: ['order'], effortItem: false },
      uploads: { maxBytes: 10_000_000, types: ['image/png'] },
      thaiVoice: 'female',
    }
    const welcome = { type: 'welcome', role: 'visitor', token: 't', visitorId: 'v1', conversation: null, site }
    expect(parseServerFrame(JSON.stringify(welcome)).ok).toBe(true)
    expect(parseServerFrame(JSON.stringify({ ...welcome, site: { ...site, checkIns: { topics: 'order' } } })).ok).toBe(false)
  })

  it('rejects an event with seq 0 and an error with an unknown code', () => {
    expect(parseServerFrame(JSON.stringify({ type: 'event', conversationId: 'c1', event: { ...event, seq: 0 } })).ok).toBe(false)
    expect(parseServerFrame(JSON.stringify({ type: 'error', code: 'oops', message: '' })).ok).toBe(false)
  })
})

describe('decodeServerFrame (the light client-side check)', () => {
  const frames = [
    {
      type: 'event',
      conversationId: 'c1',
      event: { seq: 1, at: 'x', author: { role: 'agent', id: 'a' }, kind: 'message', clientId: 'm', text: 'hi' },
    },
    { type: 'ack', clientId: 'm1', conversationId: 'c1', seq: 3 },
    { type: 'synced', conversationId: 'c1', lastSeq: 3 },
    { type: 'history', conversationId: 'c1', events: [], hasMore: false },
    { type: 'pong' },
  ]

  it('agrees with the full schema on good frames', () => {
    for (const frame of frames) {
      const raw = JSON.stringify(frame)
      expect(parseServerFrame(raw).ok).toBe(true)
      expect(decodeServerFrame(raw)).toEqual(frame)
    }
  })

  it.each([
    ['not JSON', '{'],
    ['an unknown type', JSON.stringify({ type: 'nope' })],
    [
      'an event without a seq',
      JSON.stringify({ type: 'event', conversationId: 'c', event: { kind: 'message', at: 'x', author: { role: 'agent' } } }),
    ],
    [
      'an event with seq 0',
      JSON.stringify({ type: 'event', conversationId: 'c', event: { seq: 0, kind: 'message', at: 'x', author: { role: 'agent' } } }),
    ],
    ['an ack without conversation', JSON.stringify({ type: 'ack', clientId: 'm', seq: 1 })],
    ['a history with a broken event', JSON.stringify({ type: 'history', conversationId: 'c', events: [{}], hasMore: false })],
  ])('drops %s', (_, raw) => {
    expect(decodeServerFrame(raw)).toBeNull()
  })
})

describe('each role decodes the frames it receives, and only those (issue 13)', () => {
  const typesOf = (schema: typeof ServerFrameSchema | typeof VisitorServerFrameSchema) => [
    ...new Set(schema.options.map((o) => o.entries.type.literal)),
  ]
  const visitorTypes = typesOf(VisitorServerFrameSchema)
  const agentOnlyTypes = typesOf(ServerFrameSchema).filter((type) => !visitorTypes.includes(type))
  // The fields the light check looks at for some types; the rest it leaves to the server's schemas.
  const event = { seq: 1, at: 'x', author: { role: 'agent', id: 'a' }, kind: 'message', clientId: 'm', text: 'hi' }
  const frameOf = (type: string) => JSON.stringify({ type, conversationId: 'c1', event, events: [] })

  it("knows agent-only frames apart from the shopper's", () => {
    expect(agentOnlyTypes.sort()).toEqual(['alert', 'conversation', 'note', 'notice', 'team'])
  })

  it.each(visitorTypes)('a shopper and an agent both decode "%s"', (type) => {
    expect(decodeVisitorFrame(frameOf(type))).toMatchObject({ type })
    expect(decodeServerFrame(frameOf(type))).toMatchObject({ type })
  })

  it.each(agentOnlyTypes)('an agent decodes "%s"; a shopper drops it as it drops an unknown type', (type) => {
    expect(decodeServerFrame(frameOf(type))).toMatchObject({ type })
    expect(decodeVisitorFrame(frameOf(type))).toBeNull()
    expect(decodeVisitorFrame(frameOf('nope'))).toBeNull()
  })
})
