import { test, expect } from '../fixtures/test.ts'

test('a shopper writes from the store page, the agent answers from the inbox, the shopper sees it', async ({ shopper, agent }) => {
  const chunks = shopper.widgetChunks()
  await shopper.visitStore()
  await shopper.openChat()
  // Calm words: the detector reads "has not arrived yet" as frustrated, and on the shared demo store
  // (the check-ins spec sets no quiet start) that asks a during card, which brings the later words.
  await shopper.send('Hi, can you tell me when my order #1042 arrives?')

  // Live: the inbox shows it without a reload, within a second of the send.
  await expect(agent.conversationShowing('my order #1042')).toBeVisible({ timeout: 1_000 })
  await agent.open('my order #1042')
  await expect(agent.conversation.getByText('Hi, can you tell me when my order #1042 arrives?')).toBeVisible()

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
