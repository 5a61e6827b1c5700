import { PROTOCOL_VERSION } from '@attune/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAttuneServer, type AttuneServer } from '../server.ts'
import { TestClient } from './test-client.ts'

const SHOP = 'http://localhost:5173'
let server: AttuneServer
const open: TestClient[] = []

beforeAll(async () => {
  server = await createAttuneServer({ demo: true, port: 0, host: '127.0.0.1' })
})
afterAll(async () => {
  await Promise.all(open.map((c) => c.close()))
  await server.close()
})

async function visitor() {
  const client = await TestClient.open(`${server.url.replace('http', 'ws')}/v1/visitor?siteKey=demo`, { Origin: SHOP })
  open.push(client)
  client.send({ type: 'hello', v: PROTOCOL_VERSION })
  const welcome = await client.next('welcome')
  if (welcome.role !== 'visitor') throw new Error('visitor welcome expected')
  return { client, token: welcome.token }
}

async function agent() {
  const res = await fetch(`${server.url}/api/agent/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'agent@demo.store', password: 'demo-agent' }),
  })
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  const client = await TestClient.open(`${server.url.replace('http', 'ws')}/v1/agent`, { Cookie: cookie, Origin: server.url })
  open.push(client)
  client.send({ type: 'hello', v: PROTOCOL_VERSION })
  const welcome = await client.next('welcome')
  if (welcome.role !== 'agent') throw new Error('agent welcome expected')
  return { client, welcome }
}

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4e20000000049454e44ae426082',
  'hex',
)

function upload(token: string | null, body: Buffer, type: string, name = 'photo of the box.png') {
  return fetch(`${server.url}/api/uploads?siteKey=demo`, {
    method: 'POST',
    headers: {
      'Content-Type': type,
      'X-Attune-Filename': encodeURIComponent(name),
      Origin: SHOP,
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body,
  })
}

describe('attachments', () => {
  it('uploads a photo, sends it with a message, and serves it back inline and sandboxed', async () => {
    const shopper = await visitor()
    const res = await upload(shopper.token, PNG, 'image/png')
    expect(res.status).toBe(201)
    expect(res.headers.get('access-control-allow-origin')).toBe(SHOP)
    const { attachment } = (await res.json()) as { attachment: { id: string; url: string; size: number; name: string } }
    expect(attachment).toMatchObject({ name: 'photo of the box.png', size: PNG.length, type: 'image/png' })

    shopper.client.send({ type: 'send', clientId: 'p1', text: '', attachments: [attachment.id] })
    const event = await shopper.client.next('event')
    expect(event.event).toMatchObject({ kind: 'message', text: '', attachments: [{ id: attachment.id, url: attachment.url }] })
    // The inbox list names the file of a message sent without words.
    const { welcome } = await agent()
    expect(welcome.conversations.find((c) => c.id === event.conversationId)?.lastMessage).toMatchObject({ text: '', file: 'photo of the box.png' })

    const file = await fetch(`${server.url}${attachment.url}`)
    expect(file.headers.get('content-type')).toBe('image/png')
    expect(file.headers.get('content-disposition')).toMatch(/^inline/)
    expect(file.headers.get('content-security-policy')).toContain('sandbox')
    expect(Buffer.from(await file.arrayBuffer())).toEqual(PNG)
  })

  it('refuses what the store does not accept, each with a typed error', async () => {
    const { token } = await visitor()
    expect((await upload(null, PNG, 'image/png')).status).toBe(401)
    const html = await upload(token, Buffer.from('<script>alert(1)</script>'), 'text/html', 'x.html')
    expect(html.status).toBe(415)
    expect(await html.json()).toMatchObject({ error: { code: 'unsupported_type' } })
    const big = await upload(token, Buffer.alloc(10 * 1024 * 1024 + 1), 'image/png')
    expect(big.status).toBe(413)
    expect((await upload(token, Buffer.alloc(0), 'image/png')).status).toBe(400)
  })

  it('refuses a message that names an unknown file, and an empty message', async () => {
    const shopper = await visitor()
    shopper.client.send({ type: 'send', clientId: 'x1', text: 'see attached', attachments: ['00000000-0000-4000-8000-000000000000'] })
    expect(await shopper.client.next('error')).toMatchObject({ code: 'not_found', ref: 'x1' })
    shopper.client.send({ type: 'send', clientId: 'x2', text: '  ' })
    expect(await shopper.client.next('error')).toMatchObject({ code: 'bad_frame', ref: 'x2' })
  })
})

describe('quick replies, presence and page context', () => {
  it('lets an agent offer quick replies, never a shopper', async () => {
    const shopper = await visitor()
    shopper.client.send({ type: 'send', clientId: 'q0', text: 'Which size should I take?', quickReplies: ['S'] })
    expect(await shopper.client.next('error')).toMatchObject({ code: 'forbidden', ref: 'q0' })
    shopper.client.send({ type: 'send', clientId: 'q1', text: 'Which size should I take?' })
    const { conversationId } = await shopper.client.next('ack')
    const { client: alex } = await agent()
    alex.send({ type: 'send', conversationId, clientId: 'a1', text: 'What is your usual size?', quickReplies: ['S', 'M', 'L'] })
    const event = await shopper.client.next('event', (f) => f.event.kind === 'message' && f.event.author.role === 'agent')
    expect(event.event).toMatchObject({ quickReplies: ['S', 'M', 'L'] })
  })

  it('tells shoppers whether an agent is online, as it changes', async () => {
    const shopper = await visitor()
    const before = await shopper.client.next('presence')
    const { client: alex } = await agent()
    expect(await shopper.client.next('presence', (f) => f.agentsOnline === before.agentsOnline + 1)).toBeTruthy()
    await alex.close()
    expect(await shopper.client.next('presence', (f) => f.agentsOnline === before.agentsOnline)).toBeTruthy()
  })

  it("shows the agent the shopper's page and the store's attributes", async () => {
    const shopper = await visitor()
    shopper.client.send({ type: 'send', clientId: 'c1', text: 'Is this one waterproof?' })
    const { conversationId } = await shopper.client.next('ack')
    const { client: alex } = await agent()
    shopper.client.send({
      type: 'context',
      page: { url: 'https://shop.example/p/rain-jacket', title: 'Rain jacket' },
      attributes: { cartTotal: 89, returning: true },
    })
    const summary = await alex.next('conversation', (f) => f.conversation.id === conversationId && f.conversation.context !== undefined)
    expect(summary.conversation.context).toEqual({
      page: { url: 'https://shop.example/p/rain-jacket', title: 'Rain jacket' },
      attributes: { cartTotal: 89, returning: true },
    })
    shopper.client.send({ type: 'context', attributes: { cartTotal: 120 } })
    const next = await alex.next('conversation', (f) => f.conversation.context?.attributes?.cartTotal === 120)
    expect(next.conversation.context).toMatchObject({ page: { title: 'Rain jacket' }, attributes: { returning: true } })
  })
})
