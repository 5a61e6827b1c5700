import { PROTOCOL_VERSION } from '@attune/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAttuneServer, type AttuneServer } from '../server.ts'
import { TestClient } from './test-client.ts'

let server: AttuneServer
const open: TestClient[] = []

beforeAll(async () => {
  server = await createAttuneServer({ demo: true, port: 0, host: '127.0.0.1' })
})
afterAll(async () => {
  await Promise.all(open.map((c) => c.close()))
  await server.close()
})

// Issue 11, findings 8 and 11: these answered `internal` on every try (PostgreSQL refused them).
describe('input PostgreSQL cannot store', () => {
  it('is a bad_frame naming the field, at once, and the connection goes on', async () => {
    const client = await TestClient.open(`${server.url.replace('http', 'ws')}/v1/visitor?siteKey=demo`, { Origin: 'http://localhost:5173' })
    open.push(client)
    client.send({ type: 'hello', v: PROTOCOL_VERSION })
    await client.next('welcome')
    client.send({ type: 'send', clientId: 'm1', text: 'hi' })
    const { conversationId } = await client.next('ack')

    const refused = [
      { type: 'send', clientId: 'nul', text: 'a\u0000b' },
      { type: 'send', clientId: 'lone', text: 'a\ud800b' },
      { type: 'open', page: '/cart\u0000' },
      { type: 'context', attributes: { plan: 'gold\u0000' } },
      { type: 'read', conversationId, seq: 2 ** 60 },
      { type: 'resume', conversationId, afterSeq: 2_147_483_648 },
      { type: 'history', conversationId, beforeSeq: 2 ** 60 },
    ]
    for (const frame of refused) {
      client.send(frame)
      const error = await client.next('error')
      expect(error.code).toBe('bad_frame')
      expect(error.ref).toBe('clientId' in frame ? frame.clientId : frame.type)
    }
    client.send({ type: 'send', clientId: 'm2', text: 'still fine' })
    expect(await client.next('ack', (f) => f.clientId === 'm2')).toMatchObject({ seq: 2 })
  })
})
