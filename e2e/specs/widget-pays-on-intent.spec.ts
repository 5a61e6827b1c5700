import { en } from '../../packages/widget/src/i18n/en.ts'
import { ShopperPage } from '../pages/shopper-page.ts'
import { test, expect } from '../fixtures/test.ts'

// Decision 010: a visitor pays for the panel and a connection only when they want to chat.
const beforeCard = (shopper: ShopperPage) => shopper.panel.getByRole('group', { name: en['checkin.before.question'] as string })

test('a first-time visitor opens no socket and fetches no panel until intent; hovering fetches it, the click shows the before card', async ({
  browser,
  hostPages,
  attune,
}) => {
  const context = await browser.newContext()
  const shopper = new ShopperPage(await context.newPage(), attune.url)
  const chunks = shopper.widgetChunks()
  const sockets = shopper.sockets()
  const siteRequests: string[] = []
  shopper.page.on('request', (request) => {
    if (/^\/api\/sites\/[^/]+$/.test(new URL(request.url()).pathname)) siteRequests.push(request.url())
  })
  await shopper.visit(`${hostPages.url}/lang.html?lang=en`)
  await shopper.settle()
  // The launcher and its words in the shopper's language: not the whole catalog, not the panel.
  expect(chunks.sort()).toEqual(['launcher', 'words-en'])
  expect(sockets).toEqual([])

  await shopper.launcherButton.hover()
  await expect.poll(() => chunks, { timeout: 15_000 }).toContain('panel')
  await expect.poll(() => chunks, { timeout: 15_000 }).toContain('locale-en')
  await shopper.settle()
  expect(sockets).toEqual([])

  await shopper.launcherButton.click()
  await expect(beforeCard(shopper)).toBeVisible({ timeout: 15_000 })
  expect(sockets).toHaveLength(1)
  // The store's name and check-in settings came in the socket's welcome: no request of their own.
  await expect(shopper.panel.getByRole('heading', { name: 'Chat with Demo Store' })).toBeVisible()
  expect(siteRequests).toEqual([])
  await context.close()
})

test('focusing the launcher from the keyboard fetches the panel', async ({ browser, hostPages, attune }) => {
  const context = await browser.newContext()
  const shopper = new ShopperPage(await context.newPage(), attune.url)
  const chunks = shopper.widgetChunks()
  const sockets = shopper.sockets()
  await shopper.visit(`${hostPages.url}/lang.html?lang=en`)
  await shopper.settle()
  expect(chunks).not.toContain('panel')

  await shopper.launcherButton.focus()
  await expect.poll(() => chunks, { timeout: 15_000 }).toContain('panel')
  expect(sockets).toEqual([])
  await context.close()
})

test('a returning visitor with an open conversation gets the unread badge for an agent’s reply without opening the chat', async ({
  shopper,
  agent,
}) => {
  await shopper.visitStore()
  await shopper.openChat()
  await shopper.send('Is the blue kettle back in stock?')
  await agent.open('blue kettle')

  const sockets = shopper.sockets()
  await shopper.page.reload()
  await expect(shopper.launcherButton).toBeVisible({ timeout: 15_000 })
  // Connected at load, not on intent: nothing is hovered, focused or clicked.
  await expect.poll(() => sockets.length, { timeout: 15_000 }).toBe(1)
  await agent.reply('Yes, since this morning.')
  await expect(shopper.page.getByRole('button', { name: /^Open chat/, description: '1 unread message' })).toBeVisible({ timeout: 15_000 })
  await expect(shopper.panel).toHaveCount(0)
})

test('commands called before the panel loads take effect when it arrives, in order', async ({ browser, hostPages, attune }) => {
  const context = await browser.newContext()
  const shopper = new ShopperPage(await context.newPage(), attune.url)
  const chunks = shopper.widgetChunks()
  await shopper.visit(`${hostPages.url}/lang.html?lang=en`)
  await shopper.settle()
  expect(chunks).not.toContain('panel')

  const seen = await shopper.page.evaluate(
    () =>
      new Promise<string[]>((done) => {
        const seen: string[] = []
        const attune = (window as unknown as { Attune: (...args: unknown[]) => void }).Attune
        attune('on', 'open', () => seen.push('open'))
        attune('on', 'close', () => seen.push('close'))
        attune('update', { cart: 42 })
        attune('open')
        attune('close')
        attune('open')
        attune('on', 'unread', () => {})
        setTimeout(() => done(seen), 0)
      }),
  )
  expect(seen).toEqual(['open', 'close', 'open'])
  await expect(beforeCard(shopper)).toBeVisible({ timeout: 15_000 })
  expect(chunks).toContain('panel')
  await context.close()
})
