import { describe, expect, it } from 'vitest'
import { enWebhooks } from '../i18n/en-webhooks.ts'
import { logRow } from './webhook-log.ts'

const base = {
  id: '7',
  endpointId: 'e1',
  url: 'https://shop.example/hook',
  event: 'message.created',
  attempt: 1,
  status: 500,
  error: null,
  durationMs: 42,
  at: '2026-12-01T20:14:03.000Z',
  retryAt: '2026-12-01T20:14:13.000Z',
}

describe('the delivery log’s rows', () => {
  it('a failed try names its status and when the next one is due', () => {
    expect(logRow(base, enWebhooks, { locale: 'en-GB' }, 'UTC')).toEqual({
      id: '7',
      at: '01/12/2026, 20:14:03',
      event: 'A message is written',
      endpoint: 'https://shop.example/hook',
      attempt: 1,
      result: 'Failed (500)',
      ok: false,
      duration: '42 ms',
      next: '01/12/2026, 20:14:13',
    })
  })

  it('a delivered try has no next one; a try without an answer says why', () => {
    expect(logRow({ ...base, attempt: 2, status: 204, retryAt: null }, enWebhooks)).toMatchObject({ result: 'Delivered (204)', ok: true, next: '—' })
    const silent = logRow({ ...base, status: null, error: 'no answer within 10 s', durationMs: 10_004, retryAt: null }, enWebhooks)
    expect(silent).toMatchObject({ result: 'Failed: no answer within 10 s', duration: '10.0 s', next: 'Given up' })
  })

  it('the test event reads as such', () => {
    expect(logRow({ ...base, event: 'webhook.test' }, enWebhooks).event).toBe('Test event')
  })
})
