import AxeBuilder from '@axe-core/playwright'
import { test, expect } from '../fixtures/test.ts'

// The headless example is a store's own chat UI on @attune/core alone, served from another
// origin than the Attune server (as a store's site would be).
test('a custom chat UI on the headless core talks to the agent, and shows when its message was read', async ({ headlessShopper: shopper, agent }) => {
  // The server asks the before-chat check-in when the chat opens; the custom UI shows and answers it.
  await expect(shopper.page.getByText('How are you feeling right now?')).toBeVisible()
  await shopper.page.getByRole('button', { name: 'Good', exact: true }).click()
  await expect(shopper.page.getByText('How are you feeling right now?')).toBeHidden()

  await shopper.send('Do you gift-wrap the linen tote?')
  await shopper.expectDelivery('Do you gift-wrap the linen tote?', 'Sent')

  await agent.open('gift-wrap the linen tote')
  await expect(agent.conversation.getByText('Do you gift-wrap the linen tote?', { exact: true })).toBeVisible()
  // The inbox marks what it shows as read (ConversationView calls markRead): the shopper sees it.
  await shopper.expectDelivery('Do you gift-wrap the linen tote?', 'Read')

  await agent.reply('We do, free of charge — just ask at checkout.')
  await expect(shopper.message('We do, free of charge — just ask at checkout.')).toBeVisible()
  await expect(shopper.conversation.getByRole('listitem')).toHaveCount(2)

  // Its own look, and still accessible (WCAG 2.1 A/AA as axe checks it).
  const { violations } = await new AxeBuilder({ page: shopper.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
})
