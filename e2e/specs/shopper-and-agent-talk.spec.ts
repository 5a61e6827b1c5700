import { test, expect } from '../fixtures/test.ts'

test('a shopper writes from the store page, the agent answers from the inbox, the shopper sees it', async ({ shopper, agent }) => {
  const chunks = shopper.widgetChunks()
  await shopper.visitStore()
  await shopper.openChat()
  await shopper.send('Hi, my order #1042 has not arrived yet')

  // Live: the inbox shows it without a reload, within a second of the send.
  await expect(agent.conversationShowing('my order #1042')).toBeVisible({ timeout: 1_000 })
  await agent.open('my order #1042')
  await expect(agent.conversation.getByText('Hi, my order #1042 has not arrived yet')).toBeVisible()

  await agent.reply('Sorry about the wait! Let me check where it is.')
  await shopper.expectMessage('Sorry about the wait! Let me check where it is.')
  // A chat of plain words loads the launcher with its words, the panel and one language, nothing more.
  expect(chunks.sort()).toEqual(['launcher', 'locale-en', 'panel', 'words-en'])

  // Formatting from the agent brings the rich-content chunk, and shows as formatting.
  await agent.reply('It ships **today**: https://demo.store/track/1042')
  await expect(shopper.messages.locator('strong', { hasText: 'today' })).toBeVisible()
  await expect(shopper.messages.getByRole('link', { name: 'https://demo.store/track/1042' })).toHaveAttribute('rel', 'noopener noreferrer')
  expect(chunks).toContain('rich')

  await agent.resolve()
  await expect(agent.conversationShowing('my order #1042')).toHaveCount(0)
})
