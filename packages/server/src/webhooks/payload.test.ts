import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { WebhookPayloadSchema, type ConversationEvent } from '@attune/protocol'
import { createdPayload, eventPayload, testPayload } from './payload.ts'

const conversation = { id: 'c1', visitorId: 'v1' }
const at = '2026-12-01T20:00:00.000Z'
const shopper = { role: 'visitor', id: 'v1' } as const
const agent = { role: 'agent', id: 'a1', name: 'Nok' } as const

/** The body as it goes on the wire, after the protocol's schema accepts it (a parse drops extras; the wire must not have any). */
const wire = (payload: unknown) => {
  v.parse(WebhookPayloadSchema, payload)
  return JSON.parse(JSON.stringify(payload)) as Record<string, unknown>
}

describe('webhook bodies', () => {
  it('message.created carries the text, author and files (no links, no client id)', () => {
    const event: ConversationEvent = {
      kind: 'message',
      seq: 3,
      at,
      author: shopper,
      clientId: 'client-secret-ish',
      text: 'Where is my parcel?',
      attachments: [{ id: 'u1', name: 'receipt.png', type: 'image/png', size: 1200, url: '/api/uploads/u1?expires=1&sig=abc' }],
    }
    const payload = eventPayload('shop', conversation, event)
    expect(wire(payload)).toEqual({
      id: expect.any(String),
      type: 'message.created',
      createdAt: at,
      store: { key: 'shop' },
      data: {
        conversation,
        message: { seq: 3, author: shopper, text: 'Where is my parcel?', files: [{ id: 'u1', name: 'receipt.png', type: 'image/png', size: 1200 }] },
      },
    })
    expect(JSON.stringify(payload)).not.toContain('sig=')
    expect(JSON.stringify(payload)).not.toContain('client-secret-ish')
  })

  it('conversation.resolved says who resolved it', () => {
    const payload = eventPayload('shop', conversation, { kind: 'conversation.resolved', seq: 5, at, author: agent })
    expect(wire(payload).data).toEqual({ conversation, seq: 5, by: agent })
  })

  it('checkin.answered carries the answer', () => {
    const answer = { phase: 'after', mood: 4, comment: 'Quick, thanks' } as const
    const payload = eventPayload('shop', conversation, { kind: 'checkin.answered', seq: 7, at, author: shopper, clientId: 'k', answer })
    expect(wire(payload).data).toEqual({ conversation, seq: 7, answer })
  })

  it('conversation.created and webhook.test have their own shapes', () => {
    const created = createdPayload('shop', conversation, new Date(at))
    expect(v.parse(WebhookPayloadSchema, created)).toMatchObject({ type: 'conversation.created', createdAt: at, data: { conversation } })
    expect(v.parse(WebhookPayloadSchema, testPayload('shop', new Date(at)))).toMatchObject({ type: 'webhook.test', store: { key: 'shop' } })
  })

  it('the team’s own events never leave: signals, asked check-ins, hand-offs', () => {
    const cues: { kind: string }[] = []
    expect(eventPayload('shop', conversation, { kind: 'signal.raised', seq: 2, at, author: agent, level: 'frustrated', score: 0.9, cues })).toBeNull()
    expect(eventPayload('shop', conversation, { kind: 'checkin.asked', seq: 2, at, author: agent, phase: 'before', trigger: 'open' })).toBeNull()
    expect(eventPayload('shop', conversation, { kind: 'conversation.handed_off', seq: 2, at, author: agent })).toBeNull()
  })

  it('each body has its own id, kept by every retry of it', () => {
    expect(createdPayload('shop', conversation, new Date(at)).id).not.toBe(createdPayload('shop', conversation, new Date(at)).id)
  })
})
