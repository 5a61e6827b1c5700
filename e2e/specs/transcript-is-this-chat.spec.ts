import { readFile } from 'node:fs/promises'
import { test, expect } from '../fixtures/test.ts'

test('a second chat in the same page view is downloaded alone: chat.txt holds none of the first', async ({ shopper, agent }) => {
  await shopper.visitStore()
  await shopper.openChat()
  await shopper.send('Do you gift-wrap the teapots?')
  await agent.open('gift-wrap the teapots')
  await agent.reply('Yes, gift-wrapping is free.')
  await agent.resolve()
  const download = shopper.panel.getByRole('button', { name: 'Download (.txt)' })
  await expect(download).toBeVisible()

  // The same page view: the first chat stays on screen above the second.
  await shopper.send('Can I change the address on order 1077?')
  await agent.open('address on order 1077')
  await agent.reply('Done, it ships to the new address.')
  await shopper.expectMessage('Done, it ships to the new address.')
  await agent.resolve()
  await shopper.expectMessage('Do you gift-wrap the teapots?')

  const [file] = await Promise.all([shopper.page.waitForEvent('download'), download.click()])
  expect(file.suggestedFilename()).toBe('chat.txt')
  const lines = (await readFile((await file.path())!, 'utf8')).split('\n').map((line) => line.replace(/^\[[^\]]*\] /, ''))
  expect(lines).toEqual(['You: Can I change the address on order 1077?', expect.stringMatching(/: Done, it ships to the new address\.$/)])
})
