import { readFile } from 'node:fs/promises'
import { test, expect } from '../fixtures/test.ts'

test('a long chat ended before a reload is downloaded whole: chat.txt holds the lines no longer on screen', async ({ shopper, agent }) => {
  // Fifty-five messages typed and sent one by one take a while.
  test.slow()
  await shopper.visitStore()
  await shopper.openChat()
  // More lines than a page of history (50 events): after the reload only the last page is on screen.
  const questions = Array.from({ length: 55 }, (_, i) => `Teapot question ${i + 1} of 55`)
  for (const question of questions) await shopper.send(question)
  await agent.open('Teapot question 55 of 55')
  await agent.reply('All 55 teapot questions answered.')
  await shopper.expectMessage('All 55 teapot questions answered.')
  await agent.resolve()
  await expect(shopper.panel.getByRole('button', { name: 'Download (.txt)' })).toBeVisible()
  // Skipped, the after card holds the widget on the ended chat no more: after the reload it
  // follows the conversation the server opens next.
  await expect(shopper.checkIn('How are you feeling now?')).toBeVisible()
  await shopper.panel.getByRole('button', { name: 'Skip', exact: true }).click()
  await expect(shopper.checkIn('How are you feeling now?')).toHaveCount(0)

  await shopper.page.reload()
  await shopper.openChat()
  const download = shopper.panel.getByRole('button', { name: 'Download (.txt)' })
  await expect(download).toBeVisible()
  await shopper.expectMessage('All 55 teapot questions answered.')
  await expect(shopper.messages.getByText('Teapot question 1 of 55', { exact: true })).toHaveCount(0)

  const [file] = await Promise.all([shopper.page.waitForEvent('download'), download.click()])
  expect(file.suggestedFilename()).toBe('chat.txt')
  const lines = (await readFile((await file.path())!, 'utf8')).split('\n')
  expect(lines.map((line) => line.replace(/^\[[^\]]*\] /, ''))).toEqual([
    ...questions.map((question) => `You: ${question}`),
    expect.stringMatching(/: All 55 teapot questions answered\.$/),
  ])
  // Written as the copy by email is: each line's minute in figures, in the shopper's time zone.
  expect(lines.every((line) => /^\[\d{4}-\d\d-\d\d \d\d:\d\d\] /.test(line))).toBe(true)
})
