import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TestClient } from './gateway/test-client.ts'
import { createAttuneServer, type AttuneServer } from './server.ts'

const SHOP = 'http://localhost:5173'
const TOKEN = 'scrape-token-0123456789'
let server: AttuneServer
let plain: AttuneServer

beforeAll(async () => {
  server = await createAttuneServer({ demo: true, port: 0, host: '127.0.0.1', metricsToken: TOKEN })
  plain = await createAttuneServer({ demo: true, port: 0, host: '127.0.0.1' })
})
afterAll(async () => {
  await Promise.all([server?.close(), plain?.close()])
})

const scrape = (target: AttuneServer, token?: string) =>
  fetch(`${target.url}/metrics`, token ? { headers: { authorization: `Bearer ${token}` } } : {})

/** One sample's value from the text format, e.g. `attune_messages_stored_total{role="visitor"}`. */
function sample(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `))
  return line ? Number(line.slice(series.length + 1)) : NaN
}

describe('/metrics', () => {
  it('is not served without ATTUNE_METRICS_TOKEN, and refuses a scraper without the token', async () => {
    expect((await scrape(plain)).status).toBe(404)
    expect((await scrape(server)).status).toBe(401)
    expect((await scrape(server, 'scrape-token-wrong-456789')).status).toBe(401)
  })

  it('counts connections, stored messages, frame latency, errors and database time in Prometheus format', async () => {
    const before = await (await scrape(server, TOKEN)).text()
    const shopper = await TestClient.visitor(server.url, 'demo', SHOP)
    shopper.send({ type: 'send', clientId: 'm1', text: 'Hello' })
    await shopper.next('ack')
    shopper.send({ type: 'resume', conversationId: 'not-a-conversation', afterSeq: 0 })
    await shopper.next('error')

    const res = await scrape(server, TOKEN)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/plain')
    const text = await res.text()
    expect(sample(text, 'attune_connections{role="visitor"}')).toBe(1)
    const stored = 'attune_messages_stored_total{role="visitor"}'
    expect(sample(text, stored)).toBe((sample(before, stored) || 0) + 1)
    expect(sample(text, 'attune_frame_seconds_count{type="send"}')).toBeGreaterThanOrEqual(1)
    expect(text).toMatch(/attune_errors_total\{code="(not_found|bad_frame)"\} [1-9]/)
    expect(sample(text, 'attune_database_seconds_count{operation="query"}')).toBeGreaterThan(0)
    expect(text).toMatch(/^attune_database_statements_in_flight \d+$/m)
    expect(text).toContain('attune_nodejs_eventloop_lag_seconds')
    await shopper.close()
  })

  it('counts a message once when its retry is acked with the original seq', async () => {
    const stored = 'attune_messages_stored_total{role="visitor"}'
    const before = sample(await (await scrape(server, TOKEN)).text(), stored) || 0
    const shopper = await TestClient.visitor(server.url, 'demo', SHOP)
    shopper.send({ type: 'send', clientId: 'once', text: 'Hello?' })
    const first = await shopper.next('ack')
    shopper.send({ type: 'send', clientId: 'once', text: 'Hello?' })
    expect(await shopper.next('ack')).toMatchObject({ seq: first.seq })
    expect(sample(await (await scrape(server, TOKEN)).text(), stored)).toBe(before + 1)
    await shopper.close()
  })
})
