import { test, expect } from '../fixtures/test.ts'
import type { Locator } from '@playwright/test'

/** What a shopper sees of a button: how solid it is drawn and the pointer over it. */
const look = (button: Locator) =>
  button.evaluate((element) => {
    const style = getComputedStyle(element)
    return { opacity: Number(style.opacity), cursor: style.cursor }
  })

test('a transcript button busy with the server looks busy, and looks as before once it answers', async ({ shopper, agent }) => {
  await shopper.visitStore()
  await shopper.openChat()
  await shopper.send('Is the linen tote washable?')
  await agent.open('linen tote washable')
  await agent.reply('Yes, at 30 degrees.')
  await agent.resolve()
  const download = shopper.panel.getByRole('button', { name: 'Download (.txt)' })
  await expect(download).toBeVisible()
  const idle = await look(download)
  expect(idle.opacity).toBe(1)

  // The server takes its time writing the text: the tap is taken (aria-disabled keeps the focus)
  // and the button says so by its look, not only to a screen reader.
  let answer!: () => void
  const held = new Promise<void>((resolve) => (answer = resolve))
  await shopper.page.route('**/transcript/text', async (route) => {
    await held
    await route.continue()
  })
  await download.click()
  await expect(download).toHaveAttribute('aria-disabled', 'true')
  const busy = await look(download)
  expect(busy.opacity).toBeLessThan(1)
  expect(busy.cursor).toBe('progress')

  const [file] = await Promise.all([shopper.page.waitForEvent('download'), answer()])
  expect(file.suggestedFilename()).toBe('chat.txt')
  await expect(download).toHaveAttribute('aria-disabled', 'false')
  expect(await look(download)).toEqual(idle)
})
