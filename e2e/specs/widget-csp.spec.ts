import { test, expect, strictCsp } from '../fixtures/test.ts'
import { ShopperPage } from '../pages/shopper-page.ts'

/*
 * The README's promise: the widget works under `script-src 'self' <attune>; style-src 'self';
 * connect-src <attune> ws://<attune>; img-src …; default-src 'self'` — no 'unsafe-inline', no
 * 'unsafe-eval', no nonce. The store page (pages-under-test/strict-csp) is served with that
 * header and loads the stub from stub.js, since inline scripts are refused.
 */
test('under a strict host CSP the widget opens, sends and receives with zero violations', async ({ browser, strictCspSite, attune, agent }) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Refused to|Content Security Policy/i.test(message.text())) violations.push(`console: ${message.text()}`)
  })
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(`event: ${text}`))
  await page.addInitScript(() => {
    // Capture phase on the document: events from inside the shadow root reach it too.
    document.addEventListener(
      'securitypolicyviolation',
      (event) =>
        (window as unknown as { reportCspViolation(t: string): void }).reportCspViolation(
          `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
        ),
      true,
    )
  })

  const response = await page.goto(`${strictCspSite.url}/`)
  // The policy really is on (so zero violations is not zero policy).
  expect(response?.headers()['content-security-policy']).toBe(strictCsp(attune.url))
  expect(await page.evaluate(() => document.querySelector('script[src="/stub.js"]') !== null)).toBe(true)

  const shopper = new ShopperPage(page, strictCspSite.url)
  await expect(shopper.launcher).toBeVisible({ timeout: 15_000 })
  await shopper.openChat()
  // Styled, not raw: the adopted stylesheet applied (the panel is a 380 px card, not a bare div).
  await expect.poll(async () => (await shopper.panel.boundingBox())?.width).toBe(380)
  await shopper.send('Is the ceramic mug dishwasher safe?')
  await agent.open('ceramic mug dishwasher safe')
  await agent.reply('Yes, and microwave safe too.')
  await shopper.expectMessage('Yes, and microwave safe too.')

  expect(violations).toEqual([])

  // The listener works at all: an inline style, which the policy must refuse, is reported.
  await page.evaluate(() => {
    const style = document.createElement('style')
    style.textContent = 'body { outline: 1px solid red }'
    document.head.append(style)
  })
  await expect.poll(() => violations.some((v) => v.startsWith('event: style-src'))).toBe(true)
  await context.close()
})
