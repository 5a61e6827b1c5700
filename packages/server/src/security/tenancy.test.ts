import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ClientFrameInput } from '@attune/protocol'
import { createInvites } from '../accounts/invites.ts'
import type { Database } from '../db/database.ts'
import { openPglite } from '../db/pglite.ts'
import { TestClient } from '../gateway/test-client.ts'
import { createAttuneServer, type AttuneServer } from '../server.ts'
import { storedData, storeWithChat, type StoreFixture } from './world.ts'

/**
 * Tenancy: everything a shopper or a store's team can send, aimed at another shopper's or another
 * store's things, is refused, and nothing stored changes. (Who may call what in their own store
 * is the role matrix's: src/role-matrix.test.ts.)
 */
let db: Database
let server: AttuneServer
let a: StoreFixture
let b: StoreFixture
let inviteOfA: string
let uploadOfA: string

beforeAll(async () => {
  db = await openPglite()
  server = await createAttuneServer({ port: 0, host: '127.0.0.1', database: db })
  a = await storeWithChat(server, db, 'Alpha')
  b = await storeWithChat(server, db, 'Bravo')
  const [siteA] = await db.query<{ id: string }>('SELECT id FROM sites WHERE key = $1', [a.key])
  inviteOfA = (await createInvites(db).create(siteA!.id, { email: 'new@alpha.example', role: 'agent', invitedBy: null })).invite.id
  const uploaded = await fetch(`${server.url}/api/uploads?siteKey=${a.key}`, {
    method: 'POST',
    headers: { cookie: a.ownerCookie, origin: server.url, 'content-type': 'text/plain', 'x-attune-filename': 'receipt.txt' },
    body: 'order 1042',
  })
  uploadOfA = ((await uploaded.json()) as { attachment: { id: string } }).attachment.id
}, 120_000)

afterAll(async () => {
  await server?.close()
  await db?.close()
})

/** Every conversation frame, aimed at `conversationId`. */
function framesAt(conversationId: string, who: 'visitor' | 'agent'): ClientFrameInput[] {
  const id = (n: string) => `tenancy-${who}-${n}`
  const common: ClientFrameInput[] = [
    { type: 'resume', conversationId, afterSeq: 0 },
    { type: 'history', conversationId, beforeSeq: 2 },
    { type: 'send', clientId: id('send'), conversationId, text: 'not yours' },
    { type: 'typing', conversationId, typing: true },
    { type: 'read', conversationId, seq: 1 },
  ]
  if (who === 'agent')
    return [...common, { type: 'resolve', conversationId, clientId: id('resolve') }, { type: 'ask', conversationId, clientId: id('ask') }]
  return [
    ...common,
    { type: 'answer', clientId: id('answer'), conversationId, answer: { phase: 'during', understood: true } },
    { type: 'skip', clientId: id('skip'), conversationId, phase: 'during' },
    { type: 'end', clientId: id('end'), conversationId },
  ]
}

/** Sends each frame and collects the error it got (frames are served in order; a ping closes the batch). */
async function refusals(client: TestClient, frames: ClientFrameInput[]): Promise<string[]> {
  const codes: string[] = []
  for (const frame of frames) {
    client.send(frame)
    client.send({ type: 'ping' })
    await client.next('pong')
    const error = [...client.frames].reverse().find((f) => f.type === 'error')
    codes.push(error && error.type === 'error' ? `${frame.type}:${error.code}` : `${frame.type}:answered`)
    client.frames.length = 0
  }
  return codes
}

describe('nobody reaches another’s conversation, and nothing changes', () => {
  it('a shopper of another store, another shopper of the same store, and another store’s team all get not_found', async () => {
    const before = await storedData(db, [a.visitorId, b.visitorId])

    const shopperOfB = await TestClient.visitor(server.url, b.key, b.origin)
    const otherShopperOfA = await TestClient.visitor(server.url, a.key, a.origin)
    const teamOfB = await TestClient.agent(server.url, b.ownerCookie)
    try {
      for (const [client, who] of [
        [shopperOfB, 'visitor'],
        [otherShopperOfA, 'visitor'],
        [teamOfB, 'agent'],
      ] as const) {
        const frames = framesAt(a.conversationId, who)
        expect(await refusals(client, frames)).toEqual(frames.map((f) => `${f.type}:not_found`))
      }
    } finally {
      await Promise.all([shopperOfB.close(), otherShopperOfA.close(), teamOfB.close()])
    }

    expect(await storedData(db, [a.visitorId, b.visitorId])).toBe(before)
  })

  it("another store's owner cannot touch this store's shoppers, people, invitations, files or feedback", async () => {
    const before = await storedData(db, [a.visitorId, b.visitorId])
    const asB = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
      fetch(server.url + path, {
        method,
        headers: { cookie: b.ownerCookie, origin: server.url, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }).then((r) => r.status)

    expect(await asB('DELETE', `/api/visitors/${a.visitorId}`)).toBe(404)
    expect(await asB('PUT', `/api/team/members/${a.ownerId}`, { role: 'agent' })).toBe(404)
    expect(await asB('DELETE', `/api/team/members/${a.ownerId}`)).toBe(404)
    expect(await asB('DELETE', `/api/team/invites/${inviteOfA}`)).toBe(404)
    expect(await asB('POST', '/api/store/transfer', { personId: a.ownerId })).toBe(404)
    expect(await asB('POST', '/api/agent/store', { siteKey: a.key })).toBe(404)
    // After the chat (issue 16): following up or answering another store's chat looks like a missing one.
    expect(await asB('POST', `/api/follow-ups/${a.conversationId}`)).toBe(404)
    expect(await asB('POST', `/api/feedback/${a.conversationId}/acted`, { note: 'Fixed it' })).toBe(404)
    expect([401, 403, 404]).toContain(await asB('GET', `/api/uploads/${uploadOfA}`))
    expect(await asB('POST', `/api/uploads?siteKey=${a.key}`, undefined, { 'content-type': 'text/plain', 'x-attune-filename': 'x.txt' })).toBe(401)

    expect(await storedData(db, [a.visitorId, b.visitorId])).toBe(before)
  })
})
