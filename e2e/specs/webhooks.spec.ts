import { createHmac, timingSafeEqual } from 'node:crypto'
import { expectNoAxeViolations } from '../fixtures/axe.ts'
import { test, expect } from '../fixtures/test.ts'
import { startWebhookReceiver } from '../fixtures/webhook-receiver.ts'
import { StorePage } from '../pages/store-page.ts'
import { WebhooksSection } from '../pages/webhooks-section.ts'

/*
 * Issue 15: the owner adds a webhook endpoint on the Store page; a shopper writes; the store's
 * receiver (here on loopback: the demo server allows it) gets a signed `message.created`, first
 * answering 500, then 200 to the retry (10 s later: the real schedule); the delivery log shows
 * both tries. The signature is checked the way the server README tells receivers to.
 */

/** The README's recipe: HMAC-SHA256 over "<t>.<raw body>", compared in constant time. */
function verifies(secret: string, header: string, body: string): boolean {
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=')))
  const expected = createHmac('sha256', secret).update(`${parts.t}.${body}`).digest()
  const given = Buffer.from(parts.v1 ?? '', 'hex')
  return Math.abs(Date.now() / 1000 - Number(parts.t)) < 300 && given.length === expected.length && timingSafeEqual(given, expected)
}

test('a store’s webhook gets a signed message.created, retried after a 500, and the log shows both tries', async ({ agent, shopper }, testInfo) => {
  test.setTimeout(120_000)
  const receiver = await startWebhookReceiver(500)
  try {
    await new StorePage(agent.page).open()
    const webhooks = new WebhooksSection(agent.page)
    const secret = await webhooks.add(receiver.url, ['A message is written'])
    await expect(webhooks.section.getByRole('listitem').filter({ hasText: receiver.url })).toContainText('A message is written')

    await shopper.visitStore()
    await shopper.openChat()
    await shopper.send('Do you still sell the copper teapot?')
    await shopper.expectMessage('Do you still sell the copper teapot?')

    await expect.poll(() => receiver.received.length, { timeout: 45_000 }).toBe(2)
    const [first, retry] = receiver.received
    expect(retry!.body).toBe(first!.body)
    for (const hook of receiver.received) {
      expect(hook.headers['attune-event']).toBe('message.created')
      expect(verifies(secret, String(hook.headers['attune-signature']), hook.body)).toBe(true)
    }
    const body = JSON.parse(retry!.body)
    expect(body).toMatchObject({
      type: 'message.created',
      store: { key: 'demo' },
      data: { message: { text: 'Do you still sell the copper teapot?', author: { role: 'visitor' } } },
    })

    const rows = await webhooks.logRows(2)
    expect(rows.map((r) => [r[1], r[2], r[3], r[4]])).toEqual([
      ['A message is written', receiver.url, '2', 'Delivered (200)'],
      ['A message is written', receiver.url, '1', 'Failed (500)'],
    ])
    // For the closing note: the log as the owner reads it.
    console.log(`[webhooks] delivery log:\n${rows.map((r) => r.join(' | ')).join('\n')}`)
    await expectNoAxeViolations(agent.page, 'Store page, Webhooks section with a secret and a log', 'section[aria-labelledby="webhooks-title"]')
    await webhooks.section.screenshot({ path: testInfo.outputPath('webhooks-section.png') })
    await webhooks.section.getByRole('list').screenshot({ path: testInfo.outputPath('webhooks-endpoints.png') })
  } finally {
    await receiver.stop()
  }
})
