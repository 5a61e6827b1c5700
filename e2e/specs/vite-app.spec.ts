import { test, expect } from '../fixtures/test.ts'
import { ShopperPage } from '../pages/shopper-page.ts'

/*
 * The npm path: examples/vite-app bundles @attune/widget with Vite and boots it with its own
 * look — purple, the left corner, "Ask us" beside the icon — and it talks to the real server.
 */
test('the Vite app’s widget wears the shop’s theme on the left and talks to the agent', async ({ browser, viteSite, attune, agent }) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  const shopper = new ShopperPage(page, viteSite.url)
  await page.goto(`${viteSite.url}/?server=${encodeURIComponent(attune.url)}`)
  await expect(page.getByRole('heading', { name: 'Vite shop', level: 1 })).toBeVisible()

  const launcher = page.getByRole('button', { name: 'Ask us, Open chat' })
  await expect(launcher).toBeVisible({ timeout: 15_000 })
  await expect(launcher).toContainText('Ask us')
  const box = await launcher.boundingBox()
  expect(box!.x + box!.width).toBeLessThan(page.viewportSize()!.width / 2)
  await expect(launcher).toHaveCSS('background-color', 'rgb(124, 58, 237)')

  await launcher.click()
  await expect(shopper.messageBox).toBeFocused()
  await expect(shopper.panel.locator('.header')).toHaveCSS('background-color', 'rgb(124, 58, 237)')
  await shopper.send('Does the snake plant come with a pot?')
  await agent.open('snake plant come with a pot')
  await agent.reply('It comes in a nursery pot; the terracotta one is extra.')
  await shopper.expectMessage('It comes in a nursery pot; the terracotta one is extra.')
  await context.close()
})
