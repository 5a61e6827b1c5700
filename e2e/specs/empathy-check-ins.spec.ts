import { test, expect } from '../fixtures/test.ts'
import { DEMO_AGENT } from '../pages/agent-inbox.ts'
import { api, signInOverApi } from '../pages/team-api.ts'

/*
 * The reason Attune exists, end to end through the real server: the shopper says how they feel
 * before the chat, the agent sees it, the agent's silence raises "do you feel understood?",
 * "Not yet" alerts the agent, the after card closes the loop, and Insights shows the change.
 */
test.beforeAll(async ({ attune }) => {
  // A store that asks sooner than the default 90 s, so the silence trigger fits in a test.
  const owner = await signInOverApi(attune.url, DEMO_AGENT)
  const saved = await api(attune.url, '/api/settings', { settings: { waitSeconds: 10, quietStartSeconds: 0 } }, owner, 'PUT')
  expect(saved.status).toBe(200)
})

test('before → during → after: the shopper’s feeling reaches the agent and the manager', async ({ shopper, agent }) => {
  test.setTimeout(90_000)
  await shopper.visitStore()
  await shopper.openChat()

  // Before: one tap for the mood; upset brings the reasons, then the topic.
  await shopper.choose('How are you feeling right now?', 'Upset')
  await shopper.choose("What's behind it?", "Couldn't reach anyone")
  await shopper.choose('What is it about?', 'Order & delivery')
  await shopper.send('My parcel was due on Monday and nobody answers the phone')

  // The agent sees the mood in the list row and on the conversation's empathy card.
  const row = agent.conversationShowing('nobody answers the phone')
  await expect(row).toContainText('upset')
  await agent.open('nobody answers the phone')
  const card = agent.page.getByRole('complementary', { name: 'How the shopper feels' })
  await expect(card).toContainText('upset')
  await expect(card).toContainText("Couldn't reach anyone")
  await expect(card).toContainText('Order & delivery')

  // The agent stays silent: after the store's wait the server asks the shopper.
  await shopper.choose('Do you feel we understand what you need?', 'Not yet')
  await expect(agent.page.getByText("The shopper doesn't feel understood yet")).toBeVisible()
  await expect(row).toContainText('Not yet')

  await agent.reply('I am so sorry — I can see the parcel at the depot. It goes out today.')
  await agent.resolve()

  // After: the same faces, then resolved, then an optional comment.
  await shopper.choose('How are you feeling now?', 'Good')
  await shopper.choose('Was your question resolved?', 'Yes')
  const comment = shopper.page.getByRole('textbox', { name: /Anything else you would like to tell us/ })
  await comment.fill('Thanks for sorting it out')
  await shopper.page.getByRole('button', { name: 'Send', exact: true }).first().click()

  // The manager's Insights show this conversation's change: upset (2) → good (4) = +2.
  await agent.page.getByRole('link', { name: 'Insights' }).click()
  const table = agent.page.getByRole('region', { name: 'Conversations' })
  await expect(table).toContainText('+2', { timeout: 10_000 })
  await expect(agent.page.getByRole('heading', { name: 'Insights' })).toBeVisible()
})
