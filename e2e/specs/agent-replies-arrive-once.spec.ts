import { test, expect } from '../fixtures/test.ts'
import { installNetworkSwitch } from '../fixtures/network.ts'
import { AgentInbox } from '../pages/agent-inbox.ts'
import { messageOrder } from '../pages/message-order.ts'

// Issue 14, "Every reply arrives once": an agent's reply has a shopper's message's guarantees.
const OFFLINE_REPLIES = ['Yes, the tote is waterproof', 'It also comes in olive']

test('replies typed while the inbox is offline survive closing it and arrive once each, in order', async ({ shopper, agent }) => {
  await shopper.visitStore()
  await shopper.openChat()
  await shopper.send('Is the tote waterproof?')

  // The inbox's socket goes through a switch from the next page load on.
  const agentNetwork = await installNetworkSwitch(agent.page.context(), /\/v1\/agent\b/)
  await agent.page.reload()
  await agent.open('tote waterproof')

  await agentNetwork.goOffline()
  for (const text of OFFLINE_REPLIES) await agent.reply(text)
  // Held in the agent's outbox: nothing reached the shopper.
  await expect(shopper.messages.getByText(OFFLINE_REPLIES[0]!, { exact: true })).toHaveCount(0)

  // The tab is closed before the network is back: the replies wait in the browser's storage, and
  // the inbox opened again sends them.
  await agent.page.close()
  await agentNetwork.goOnline()
  const inbox = new AgentInbox(await agent.page.context().newPage(), agent.url)
  await inbox.page.goto(`${agent.url}/inbox`)

  const order = ['Is the tote waterproof?', ...OFFLINE_REPLIES]
  await expect(shopper.messages.getByText(OFFLINE_REPLIES[1]!, { exact: true })).toBeVisible({ timeout: 20_000 })
  await expect.poll(() => messageOrder(shopper.messages, order)).toEqual(order)

  // The agent's view agrees, once each; and the stored log too, as a fresh load of the widget shows.
  await inbox.open('olive')
  await expect.poll(() => messageOrder(inbox.conversation, order)).toEqual(order)
  await shopper.page.reload()
  await shopper.openChat()
  await expect.poll(() => messageOrder(shopper.messages, order)).toEqual(order)
})
