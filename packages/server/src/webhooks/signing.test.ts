import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { newWebhookSecret, signWebhook, verifyWebhook } from './signing.ts'

const body = '{"type":"message.created"}'

describe('webhook signatures', () => {
  it('sign HMAC-SHA256 over "<timestamp>.<body>" with the endpoint secret', () => {
    const expected = createHmac('sha256', 'whsec_k').update(`1700000000.${body}`).digest('hex')
    expect(signWebhook('whsec_k', 1_700_000_000, body)).toBe(`t=1700000000,v1=${expected}`)
  })

  it('verify with the same secret, body and a recent timestamp', () => {
    const header = signWebhook('whsec_k', 1_700_000_000, body)
    expect(verifyWebhook('whsec_k', header, body, 1_700_000_010)).toBe(true)
  })

  it('refuse another secret, a changed body, or a changed timestamp', () => {
    const header = signWebhook('whsec_k', 1_700_000_000, body)
    expect(verifyWebhook('whsec_other', header, body, 1_700_000_000)).toBe(false)
    expect(verifyWebhook('whsec_k', header, `${body} `, 1_700_000_000)).toBe(false)
    expect(verifyWebhook('whsec_k', header.replace('t=1700000000', 't=1700000001'), body, 1_700_000_000)).toBe(false)
  })

  it('refuse an old timestamp (a replay) even with a good signature', () => {
    const header = signWebhook('whsec_k', 1_700_000_000, body)
    expect(verifyWebhook('whsec_k', header, body, 1_700_000_000 + 301)).toBe(false)
  })

  it('make a fresh, prefixed secret each time', () => {
    const a = newWebhookSecret()
    expect(a).toMatch(/^whsec_[\w-]{43}$/)
    expect(newWebhookSecret()).not.toBe(a)
  })
})
