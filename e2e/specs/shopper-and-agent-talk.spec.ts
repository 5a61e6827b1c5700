import { test, expect } from '../fixtures/test.ts'

test('a shopper writes from the store page, the agent answers from the inbox, the shopper sees it', async ({ shopper, agent }) => {
  await shopper.visitStore()
  await shopper.openChat()
  await shopper.send('Hi, my order #1042 has not arrived yet')

  // Live: the inbox shows it without a reload, within a second of the send.
  await expect(agent.conversationShowing('my order #1042')).toBeVisible({ timeout: 1_000 })
  await agent.open('my order #1042')
  await expect(agent.conversation.getByText('Hi, my order #1042 has not arrived yet')).toBeVisible()

  await agent.reply('Sorry about the wait! Let me check where it is.')
  await shopper.expectMessage('Sorry about the wait! Let me check where it is.')

  await agent.resolve()
  await expect(agent.conversationShowing('my order #1042')).toHaveCount(0)
})
