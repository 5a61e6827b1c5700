import { expect, test } from '../fixtures/test.ts'
import { expectNoAxeViolations } from '../fixtures/axe.ts'
import { AgentInbox } from '../pages/agent-inbox.ts'
import { IdentifiedShopper } from '../pages/identified-shopper.ts'
import { joinTeam, ownerSession } from '../pages/team-api.ts'

/*
 * Issue 16. A shopper the store identified comes back for a third chat: the agent's empathy card
 * lists the two earlier ones (moods before → after, reasons) under a one-line summary. When the
 * shopper threatens a public review, a signed-in manager is alerted at once and can open the
 * conversation from the alert.
 */

const PASSWORD = 'correct horse battery'

test('a returning shopper’s earlier chats are on the agent’s card, and a threat of a public review alerts the manager', async ({
  browser,
  attune,
}, testInfo) => {
  const { cookie, secret } = await ownerSession(attune.url)
  await joinTeam(attune.url, cookie, { email: 'manager@over-time.test', role: 'manager', name: 'manager', password: PASSWORD })
  await joinTeam(attune.url, cookie, { email: 'agent@over-time.test', role: 'agent', name: 'agent', password: PASSWORD })

  const shopper = new IdentifiedShopper(attune.url, secret, 'customer-42', 'Malee')
  await shopper.chat({ mood: 2, reason: 'unreachable', topic: 'order' }, 'My parcel is late', { mood: 4, resolved: 'yes' })
  await shopper.chat({ mood: 1, reason: 'product', topic: 'order' }, 'The box came crushed', { mood: 5, resolved: 'yes' })

  const signedIn = async (email: string) => {
    const inbox = new AgentInbox(await (await browser.newContext()).newPage(), attune.url)
    await inbox.watchPolicy()
    await inbox.signIn({ email, password: PASSWORD })
    return inbox
  }
  const agent = await signedIn('agent@over-time.test')
  const manager = await signedIn('manager@over-time.test')

  const { client, conversationId } = await shopper.start()
  await shopper.say(client, conversationId, 'Hello again, my order is late once more')
  await agent.open('Hello again, my order is late once more')

  const history = agent.page.getByRole('region', { name: 'Earlier chats' })
  await expect(history.getByText('2 chats, upset twice about delivery, left happy each time')).toBeVisible()
  const chats = history.getByRole('listitem')
  await expect(chats).toHaveCount(2)
  await expect(chats.nth(0)).toContainText('very upset')
  await expect(chats.nth(0)).toContainText('very happy')
  await expect(chats.nth(0)).toContainText('Product or service condition')
  await expect(chats.nth(1)).toContainText("Couldn't reach anyone")
  await agent.page.screenshot({ path: testInfo.outputPath('card-with-history.png'), fullPage: true })
  await expectNoAxeViolations(agent.page, 'the card with the shopper’s earlier chats')

  await shopper.say(client, conversationId, 'If nobody fixes this today I will leave a 1-star review')
  const alert = manager.page.getByRole('region', { name: 'Alerts' })
  await expect(alert.getByText(/Malee threatens a public complaint/)).toBeVisible()
  await expect(manager.page.getByRole('alert').filter({ hasText: 'Malee threatens a public complaint' })).toHaveCount(1)
  await manager.page.screenshot({ path: testInfo.outputPath('manager-alert.png'), fullPage: true })
  await expectNoAxeViolations(manager.page, 'the manager’s complaint alert')

  // By keyboard: the alert's link opens the conversation; the card shows the risk apart from the signal.
  const open = alert.getByRole('link', { name: /^Open conversation/ })
  await open.focus()
  await manager.page.keyboard.press('Enter')
  await expect(manager.page.getByRole('log')).toContainText('1-star review')
  await expect(manager.page.locator('.empathy-complaint')).toContainText('Complaint risk')
  await manager.page.screenshot({ path: testInfo.outputPath('card-with-complaint.png'), fullPage: true })
  // The agent's card shows the cue too, but the agent gets no alert.
  await expect(agent.page.locator('.empathy-complaint')).toBeVisible()
  await expect(agent.page.getByRole('region', { name: 'Alerts' })).toHaveCount(0)

  // Insights counts the threat and follows the returning shopper: 4 after the first chat, 5 after the second.
  await manager.page.getByRole('link', { name: 'Insights' }).click()
  const complaints = manager.page.getByRole('region', { name: 'Complaint risk' })
  await expect(complaints).toContainText('1 message in 1 conversation.')
  const returning = manager.page.getByRole('region', { name: 'Returning shoppers' })
  await expect(returning).toContainText('1 returning shopper')
  await returning.scrollIntoViewIfNeeded()
  await manager.page.screenshot({ path: testInfo.outputPath('insights-returning.png'), fullPage: true })

  for (const inbox of [agent, manager]) {
    expect(inbox.policyViolations).toEqual([])
    await inbox.page.context().close()
  }
  await client.close()
})
