import { createHmac } from 'node:crypto'
import { expectNoAxeViolations } from '../fixtures/axe.ts'
import { test, expect } from '../fixtures/test.ts'

/*
 * After the chat (issue 16), end to end through the real server: a shopper leaves upset and says
 * why, the agent follows up from the Follow-ups page, the shopper comes back and is asked once
 * more on the same faces, and Insights counts them recovered, with their comment to act on.
 */
test('a shopper who left upset is followed up, answers "How do you feel about it now?", and Insights shows them recovered', async ({
  shopper,
  agent,
}, testInfo) => {
  test.setTimeout(120_000)
  await shopper.visitStore()
  await shopper.openChat()
  await shopper.send('My parcel never arrived and tracking says delivered')

  await agent.open('tracking says delivered')
  await agent.reply('I am sorry. I have opened a claim with the courier.')
  await agent.resolve()

  // The shopper leaves very upset, unresolved, and says why.
  await shopper.choose('How are you feeling now?', 'Very upset')
  await shopper.choose('Was your question resolved?', 'No')
  await shopper.page.getByRole('textbox', { name: /Anything else you would like to tell us/ }).fill('I still have no parcel')
  await shopper.page.getByRole('button', { name: 'Send', exact: true }).first().click()

  // The agent sees the chat on the follow-up list with its reason, and follows up.
  await agent.page.getByRole('link', { name: 'Follow-ups' }).click()
  const list = agent.page.getByRole('region', { name: 'Follow-ups' })
  // Other spec files share this server: this shopper's chat is the one that ended very upset.
  const row = list.getByRole('row').filter({ hasText: 'Ended upset' }).filter({ hasText: 'very upset' })
  await expect(row).toHaveCount(1, { timeout: 10_000 })
  await expectNoAxeViolations(agent.page, 'inbox: the follow-up list')
  await row.getByRole('button', { name: /^Follow up with Visitor/ }).click()
  await expect(agent.page.getByRole('status').filter({ hasText: 'Follow-up sent.' })).toBeVisible()
  await expect(row).toContainText('not asked yet')
  await agent.page.screenshot({ path: testInfo.outputPath('follow-ups.png'), fullPage: true })

  // The shopper comes back another day: asked once more, on the same five faces.
  await shopper.visitStore()
  await shopper.openChat()
  const card = shopper.checkIn('How do you feel about it now?')
  await expect(card).toBeVisible({ timeout: 15_000 })
  await expect(card.getByRole('radio')).toHaveCount(5)
  await expectNoAxeViolations(shopper.page, 'widget: the follow-up card')
  await shopper.page.screenshot({ path: testInfo.outputPath('follow-up-card.png') })
  await shopper.choose('How do you feel about it now?', 'Good')
  await expect(shopper.page.getByText("Thank you for telling us. We're here whenever you need us.")).toBeVisible()

  // The agent's list says what came of it.
  await agent.page.reload()
  await expect(agent.page.getByRole('row').filter({ hasText: 'Ended upset' }).filter({ hasText: 'very upset' })).toContainText('Now feels: good', {
    timeout: 10_000,
  })

  // Insights: recovered after follow-up, apart from the recovery within the chat; the comment to act on.
  await agent.page.getByRole('link', { name: 'Insights' }).click()
  const figure = agent.page.locator('[data-figure="followUpRecovery"]')
  await expect(figure).toContainText('100%', { timeout: 10_000 })
  await expect(figure).toContainText('n = 1')
  const feedback = agent.page.getByRole('region', { name: 'Feedback' }).getByRole('listitem').filter({ hasText: 'I still have no parcel' })
  await expect(feedback).toContainText('very upset')
  await expectNoAxeViolations(agent.page, 'inbox: insights with feedback')
  await feedback.getByRole('textbox', { name: 'What did the store do?' }).fill('We sent a replacement by express.')
  await feedback.getByRole('button', { name: 'Mark acted on' }).click()
  await expect(feedback).toContainText('What we did: We sent a replacement by express.')
  await agent.page.screenshot({ path: testInfo.outputPath('insights.png'), fullPage: true })
})

test('an identified shopper is told once, in the chat, what the store did with their comment', async ({ shopper, agent, attune }, testInfo) => {
  test.setTimeout(120_000)
  // The store's server signs its user id with the identity secret (the demo agent is the owner).
  const cookie = (await agent.page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
  const owner = { cookie, origin: attune.url, 'content-type': 'application/json' }
  const revealed = await fetch(`${attune.url}/api/store/identity-secret`, { method: 'POST', headers: owner })
  const { identitySecret } = (await revealed.json()) as { identitySecret: string }
  const userHash = createHmac('sha256', identitySecret).update('shopper-77').digest('hex')

  await shopper.visitStore()
  await shopper.page.evaluate(
    (hash) => (window as unknown as { Attune(...args: unknown[]): void }).Attune('identify', { id: 'shopper-77', userHash: hash }),
    userHash,
  )
  await shopper.openChat()
  await shopper.send('Could you gift-wrap my order?')
  await agent.open('gift-wrap my order')
  await agent.resolve()
  await shopper.choose('How are you feeling now?', 'Okay')
  await shopper.choose('Was your question resolved?', 'Partly')
  await shopper.page.getByRole('textbox', { name: /Anything else you would like to tell us/ }).fill('Please offer gift wrapping')
  await shopper.page.getByRole('button', { name: 'Send', exact: true }).first().click()

  // The manager marks it acted on, from Insights.
  await agent.page.getByRole('link', { name: 'Insights' }).click()
  const item = agent.page.getByRole('region', { name: 'Feedback' }).getByRole('listitem').filter({ hasText: 'Please offer gift wrapping' })
  await expect(item).toContainText('Signed-in shopper: will be told once', { timeout: 10_000 })
  await item.getByRole('textbox', { name: 'What did the store do?' }).fill('added gift wrapping at checkout.')
  await item.getByRole('button', { name: 'Mark acted on' }).click()
  await expect(item).toContainText('What we did: added gift wrapping at checkout.')

  // Next visit: told once, in the chat, as text.
  await shopper.visitStore()
  await shopper.openChat()
  const told = shopper.page.getByRole('region', { name: 'Your feedback' })
  await expect(told).toContainText('You told us: “Please offer gift wrapping”. We: added gift wrapping at checkout.', { timeout: 15_000 })
  await expectNoAxeViolations(shopper.page, 'widget: "You told us …"')
  await shopper.page.screenshot({ path: testInfo.outputPath('told-us.png') })
  await told.getByRole('button', { name: 'Got it' }).click()
  await expect(told).toBeHidden()

  // Once: the visit after says nothing more.
  await shopper.visitStore()
  await shopper.openChat()
  await shopper.settle()
  await expect(shopper.page.getByRole('region', { name: 'Your feedback' })).toHaveCount(0)
})
