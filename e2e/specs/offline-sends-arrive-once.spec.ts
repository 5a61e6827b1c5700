import { test, expect } from '../fixtures/test.ts'
import { messageOrder } from '../pages/message-order.ts'

const OFFLINE_SENDS = ['First, the tote in sand colour', 'Second, the beanie in size M', 'Third, ship both to Vientiane']

test('messages typed offline arrive once each, in order, when the network is back', async ({ shopper, shopperNetwork, agent }) => {
  await shopper.visitStore()
  await shopper.openChat()
  await shopper.send('I would like to order two things')
  await agent.open('order two things')

  await shopperNetwork.goOffline()
  // The connection really is gone: the widget says so (it shows this only when core's $status is offline).
  await expect(shopper.page.getByRole('status').filter({ hasText: 'You are offline' })).toBeVisible()

  for (const text of OFFLINE_SENDS) await shopper.send(text)
  // Held in the outbox, not sent: nothing reached the agent.
  for (const text of OFFLINE_SENDS) {
    await expect(shopper.messages.getByRole('listitem').filter({ hasText: text })).toContainText('Sending…')
  }
  await expect(agent.conversation.getByText(OFFLINE_SENDS[0]!, { exact: true })).toHaveCount(0)

  await shopperNetwork.goOnline()
  await expect(shopper.page.getByRole('status').filter({ hasText: 'You are offline' })).toHaveCount(0, { timeout: 20_000 })

  // At the agent: each exactly once, in the order typed, after the message sent before the drop.
  const order = ['I would like to order two things', ...OFFLINE_SENDS]
  await expect(agent.conversation.getByText(OFFLINE_SENDS[2]!, { exact: true })).toBeVisible({ timeout: 20_000 })
  await expect.poll(() => messageOrder(agent.conversation, order)).toEqual(order)

  // At the shopper: each exactly once, and confirmed by the server (no longer waiting).
  await expect.poll(() => messageOrder(shopper.messages, order)).toEqual(order)
  for (const text of OFFLINE_SENDS) {
    await expect(shopper.messages.getByRole('listitem').filter({ hasText: text })).not.toContainText('Sending…')
  }

  // Now that every send is acked (nothing left to retry), the stored log agrees: a fresh load
  // shows the four once each, in order, and so does the agent's view.
  await shopper.page.reload()
  await shopper.openChat()
  await expect.poll(() => messageOrder(shopper.messages, order)).toEqual(order)
  expect(await messageOrder(agent.conversation, order)).toEqual(order)
})
