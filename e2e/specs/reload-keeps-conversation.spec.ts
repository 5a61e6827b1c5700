import { test, expect } from '../fixtures/test.ts'

test('a shopper who reloads the page keeps the conversation', async ({ shopper, agent }) => {
  await shopper.visitStore()
  await shopper.openChat()
  await shopper.send('Do you ship to Chiang Mai?')
  await agent.open('Chiang Mai')
  await agent.reply('Yes, in 2–3 days.')
  await shopper.expectMessage('Yes, in 2–3 days.')

  await shopper.page.reload()
  await shopper.openChat()
  await shopper.expectMessage('Do you ship to Chiang Mai?')
  await shopper.expectMessage('Yes, in 2–3 days.')

  // And the same conversation goes on: the agent sees the next message in the same thread.
  await shopper.send('Great, thanks!')
  await expect(agent.conversation.getByText('Great, thanks!')).toBeVisible()
})
