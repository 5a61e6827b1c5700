import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ERROR_CODES, MAX_FRAME_BYTES } from '@attune/protocol'
import type { Database } from '../db/database.ts'
import { openPglite } from '../db/pglite.ts'
import { TestClient } from '../gateway/test-client.ts'
import { createAttuneServer, type AttuneServer } from '../server.ts'
import { NASTY_STRINGS, NASTY_VALUES, seededRandom, storedData, storeWithChat, type StoreFixture } from './world.ts'

/**
 * 10,000 malformed and hostile frames, seeded and reproducible, over 40 sockets of shoppers and of
 * another store's team: the server stays up, every frame gets exactly one answer (a typed error,
 * or a pong for the odd valid ping), no frame is stored, and the stored data's digest is the same
 * before and after. No frame the generator makes may be a valid change to one's own data: it is
 * malformed, or aimed at another's conversation.
 */
const SEED = 'attune-fuzz-1'
const SOCKETS = 40
const FRAMES_PER_SOCKET = 250

type Pick = <T>(items: readonly T[]) => T

const TYPES = [
  'hello',
  'resume',
  'send',
  'typing',
  'read',
  'history',
  'resolve',
  'ask',
  'identify',
  'context',
  'open',
  'answer',
  'skip',
  'end',
  'ping',
  'nope',
  '',
  'constructor',
  '__proto__',
]
const CONVERSATION_FRAMES = new Set(['resume', 'send', 'typing', 'read', 'history', 'resolve', 'ask', 'answer', 'skip', 'end'])
const FIELDS = [
  'type',
  'v',
  'token',
  'conversationId',
  'clientId',
  'text',
  'afterSeq',
  'beforeSeq',
  'seq',
  'limit',
  'typing',
  'mark',
  'answer',
  'phase',
  'page',
  'locale',
  'attributes',
  'id',
  'userHash',
  'attachments',
  'quickReplies',
  'forever',
  'checkIns',
]

function value(pick: Pick, next: () => number): unknown {
  return next() < 0.5 ? pick(NASTY_STRINGS) : pick(NASTY_VALUES)
}

/** One hostile frame: text to send as it is. */
function hostileFrame(next: () => number, targets: { foreign: string[]; side: 'visitor' | 'agent' }): string | Buffer {
  const pick: Pick = (items) => items[Math.floor(next() * items.length)]!
  const kind = next()
  if (kind < 0.1) {
    // Not JSON, or JSON that is not an object.
    return pick(['', '{', '}{', 'null', '[]', '"ping"', '1e999', '{"type":', '\u0000', '[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]', 'undefined'])
  }
  if (kind < 0.13) return Buffer.from([0xff, 0x00, 0xfe, Math.floor(next() * 256)])
  if (kind < 0.15)
    return JSON.stringify({ type: 'send', clientId: 'big', conversationId: pick(targets.foreign), text: 'x'.repeat(MAX_FRAME_BYTES + 10) })
  // Prototype keys on a frame with no other field (`open` and `context` need none: left out).
  if (kind < 0.2)
    return `{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}},"type":"${pick(TYPES.filter((t) => t !== 'open' && t !== 'context'))}"}`
  if (kind < 0.6) {
    // A known or unknown type with random fields of random kinds.
    const frame: Record<string, unknown> = { type: pick(TYPES) }
    const count = 1 + Math.floor(next() * 5)
    for (let i = 0; i < count; i++) frame[pick(FIELDS)] = value(pick, next)
    // A frame about a conversation names another's, so even a well-formed one changes nothing.
    if (CONVERSATION_FRAMES.has(String(frame.type))) frame.conversationId = pick(targets.foreign)
    // `open` and `context` change one's own visitor when valid: keep them malformed.
    if (frame.type === 'open' || frame.type === 'context') frame.page = pick(NASTY_VALUES.filter((v) => typeof v !== 'string' && v !== null))
    if (frame.type === 'ping') frame.type = 'pong'
    return JSON.stringify(frame)
  }
  // Well-formed frames aimed at another's conversation (or one that does not exist).
  const conversationId = pick(targets.foreign)
  const clientId = `fuzz-${Math.floor(next() * 1e9)}`
  const aimed: Record<string, unknown>[] = [
    { type: 'resume', conversationId, afterSeq: Math.floor(next() * 10) },
    { type: 'history', conversationId, beforeSeq: 1 + Math.floor(next() * 10) },
    { type: 'send', clientId, conversationId, text: pick(NASTY_STRINGS.filter((s) => s.trim() && !/[\u0000\ud800-\udfff]/.test(s))) },
    { type: 'typing', conversationId, typing: next() < 0.5 },
    { type: 'read', conversationId, seq: 1 },
  ]
  if (targets.side === 'agent') aimed.push({ type: 'resolve', conversationId, clientId }, { type: 'ask', conversationId, clientId })
  else
    aimed.push(
      { type: 'answer', clientId, conversationId, answer: { phase: 'after', mood: 1, comment: pick(NASTY_STRINGS.slice(6, 10)) } },
      { type: 'skip', clientId, conversationId, phase: 'during', forever: true },
      { type: 'end', clientId, conversationId },
      { type: 'identify', id: 'someone', userHash: 'ab'.repeat(32), name: 'Mallory' },
    )
  return JSON.stringify(pick(aimed))
}

let db: Database
let server: AttuneServer
let target: StoreFixture
let attacker: StoreFixture

beforeAll(async () => {
  db = await openPglite()
  server = await createAttuneServer({ port: 0, host: '127.0.0.1', database: db })
  target = await storeWithChat(server, db, 'Target')
  attacker = await storeWithChat(server, db, 'Attacker')
}, 120_000)

afterAll(async () => {
  await server?.close()
  await db?.close()
})

/** Sends a socket's frames under its rate (10 a second), then waits until each has its answer. */
async function barrage(client: TestClient, frames: (string | Buffer)[]): Promise<void> {
  for (let i = 0; i < frames.length; i++) {
    client.ws.send(frames[i]!)
    if (i % 9 === 8) await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  client.send({ type: 'ping' })
  // The last pong is the closing ping's: every frame before it has been answered.
  for (;;) {
    const answered = client.frames.filter((f) => f.type === 'error' || f.type === 'pong').length
    if (answered >= frames.length + 1) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

describe('a fuzz run of hostile frames', () => {
  it(`${SOCKETS * FRAMES_PER_SOCKET} frames (seed ${SEED}): typed errors only, the server up, the data unchanged`, async () => {
    const next = seededRandom(SEED)
    const before = await storedData(db, [target.visitorId, attacker.visitorId])
    const foreign = [target.conversationId, attacker.conversationId, '00000000-0000-4000-8000-000000000000', 'not-a-uuid']

    const sockets: { client: TestClient; frames: (string | Buffer)[] }[] = []
    for (let i = 0; i < SOCKETS; i++) {
      // Shoppers of the target store aim at its one conversation (theirs is none); the other
      // store's team aims at the target's conversation.
      const side = i % 4 === 0 ? 'agent' : 'visitor'
      const client =
        side === 'agent' ? await TestClient.agent(server.url, attacker.ownerCookie) : await TestClient.visitor(server.url, target.key, target.origin)
      const targets = { foreign: side === 'agent' ? foreign.filter((id) => id !== attacker.conversationId) : foreign, side } as const
      sockets.push({ client, frames: Array.from({ length: FRAMES_PER_SOCKET }, () => hostileFrame(next, targets)) })
    }
    await Promise.all(sockets.map(({ client, frames }) => barrage(client, frames)))

    const answers = sockets.flatMap(({ client }) => client.frames)
    const errors = answers.filter((f) => f.type === 'error')
    const codes = new Map<string, number>()
    for (const e of errors) if (e.type === 'error') codes.set(e.code, (codes.get(e.code) ?? 0) + 1)
    console.log(`[fuzz] ${SOCKETS * FRAMES_PER_SOCKET} frames on ${SOCKETS} sockets (seed ${SEED}): ${JSON.stringify(Object.fromEntries(codes))}`)

    for (const e of errors) if (e.type === 'error') expect(ERROR_CODES).toContain(e.code)
    // Nothing was stored or sent on: no acks, no events, no replays.
    expect(answers.filter((f) => f.type === 'ack' || f.type === 'event' || f.type === 'history')).toEqual([])
    for (const { client } of sockets) expect(client.ws.readyState).toBe(client.ws.OPEN)
    await Promise.all(sockets.map(({ client }) => client.close()))

    // Still serving, and every stored byte the same.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
    const fresh = await TestClient.visitor(server.url, target.key, target.origin)
    fresh.send({ type: 'ping' })
    await fresh.next('pong')
    await fresh.close()
    expect(await storedData(db, [target.visitorId, attacker.visitorId])).toBe(before)
  }, 600_000)
})
