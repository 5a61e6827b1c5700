import type { Browser, Page } from '@playwright/test'
import { expectNoAxeViolations } from '../fixtures/axe.ts'
import type { RunningServer } from '../fixtures/server.ts'
import { serverOfItsOwn, test as base, expect } from '../fixtures/test.ts'
import { AgentInbox, DEMO_AGENT } from '../pages/agent-inbox.ts'
import { ShopperPage } from '../pages/shopper-page.ts'
import { joinTeam, signInOverApi } from '../pages/team-api.ts'
import { team as loTeam } from '../../packages/inbox/src/i18n/lo/team.ts'
import { team as thTeam } from '../../packages/inbox/src/i18n/th/team.ts'

/** This spec changes the demo store's assignment mode and team: a server of its own (fixtures/test.ts). */
const test = base.extend<object, { attune: RunningServer }>({
  attune: serverOfItsOwn(),
})

/*
 * Issue 14, end to end: two agents of the demo store (invited, in two browser contexts) and
 * shoppers writing in. New conversations go round robin; an agent who is away gets none; the
 * holder transfers one with a note only the team reads; of two agents taking the same waiting
 * conversation at once, exactly one wins and the other is told. Screenshots stay in the output
 * folder (team-*.png) for a human to look at.
 */
const ANA = { email: 'ana@demo.store', password: 'ana-is-an-agent', name: 'Ana' }
const BEN = { email: 'ben@demo.store', password: 'ben-is-an-agent', name: 'Ben' }
const DESKTOP = { width: 1280, height: 800 }
const TABLET = { width: 820, height: 1180 }

test.beforeAll(async ({ attune }) => {
  // The owner invites Ana and Ben as agents; each accepts (what the Team page and the link do).
  const owner = await signInOverApi(attune.url, DEMO_AGENT)
  for (const person of [ANA, BEN]) await joinTeam(attune.url, owner, { ...person, role: 'agent' })
})

async function inboxOf(browser: Browser, url: string, person: typeof ANA, viewport = DESKTOP): Promise<AgentInbox> {
  const inbox = new AgentInbox(await (await browser.newContext({ viewport })).newPage(), url)
  await inbox.signIn(person)
  await expect(inbox.page.getByRole('tab', { name: 'Mine' })).toBeVisible()
  return inbox
}

async function shopperWrites(browser: Browser, url: string, text: string): Promise<ShopperPage> {
  const shopper = new ShopperPage(await (await browser.newContext()).newPage(), url)
  await shopper.visitStore()
  await shopper.openChat()
  await shopper.send(text)
  return shopper
}

const view = (page: Page, name: 'Mine' | 'Unassigned') => page.getByRole('tab', { name })
const list = (page: Page) => page.getByRole('tabpanel')
const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(`team-${name}.png`), animations: 'disabled' })

test('new conversations go round robin, an away agent gets none, and a transfer carries a note the shopper never sees', async ({
  browser,
  attune,
}) => {
  test.setTimeout(120_000)
  const ana = await inboxOf(browser, attune.url, ANA)
  const ben = await inboxOf(browser, attune.url, BEN, TABLET)
  // Each sees the other online, in words.
  await expect(ana.page.getByRole('region', { name: 'Team now' })).toContainText('Ben — Online')
  await expect(ben.page.getByRole('region', { name: 'Team now' })).toContainText('Ana — Online')

  await shopperWrites(browser, attune.url, 'Do you restock the lilac teapot?')
  await shopperWrites(browser, attune.url, 'Is the mint teapot dishwasher safe?')
  // One each: whose turn came first depends on their ids, so either way round.
  for (const inbox of [ana, ben]) {
    await expect(list(inbox.page).getByText(/(lilac|mint) teapot/)).toHaveCount(1, { timeout: 15_000 })
    await expect(view(inbox.page, 'Mine')).toContainText('1')
  }
  await expect(ana.conversationShowing('teapot')).toHaveCount(1)
  await expectNoAxeViolations(ana.page, 'inbox, the Mine view with the team')
  await shot(ana.page, 'mine-desktop')
  await shot(ben.page, 'mine-tablet')

  // Ben steps away: the next two go to Ana.
  await ben.page.getByLabel('Status').selectOption({ label: 'Away' })
  await expect(ana.page.getByRole('region', { name: 'Team now' })).toContainText('Ben — Away')
  const shopper = await shopperWrites(browser, attune.url, 'My saffron teapot handle came loose')
  await shopperWrites(browser, attune.url, 'Can I gift-wrap the cobalt teapot?')
  await expect(ana.conversationShowing('saffron teapot')).toBeVisible({ timeout: 15_000 })
  await expect(ana.conversationShowing('cobalt teapot')).toBeVisible()
  await expect(view(ana.page, 'Mine')).toContainText('3')
  await expect(ben.conversationShowing('saffron teapot')).toHaveCount(0)
  await expect(ben.conversationShowing('cobalt teapot')).toHaveCount(0)
  await view(ben.page, 'Unassigned').click()
  await expect(list(ben.page).getByText(/saffron|cobalt/)).toHaveCount(0)
  await view(ben.page, 'Mine').click()

  // Ana hands the saffron one to Ben with a note for him alone.
  await ana.open('saffron teapot')
  await expect(ana.page.getByRole('main').getByText('Assigned to you')).toBeVisible()
  await ana.page.getByRole('button', { name: 'Transfer' }).click()
  await ana.page.getByRole('combobox', { name: 'To', exact: true }).selectOption({ label: 'Ben' })
  const note = 'She already tried glue; offer the replacement handle'
  await ana.page.getByLabel('Note for them').fill(note)
  await expectNoAxeViolations(ana.page, 'inbox, the transfer form')
  await shot(ana.page, 'transfer-form')
  await ana.page.getByRole('button', { name: 'Transfer' }).click()
  await expect(ana.page.getByRole('status').filter({ hasText: 'Assigned to Ben.' })).toBeVisible()

  await ben.open('saffron teapot')
  await expect(ben.page.getByText(`Note from Ana: ${note}`)).toBeVisible()
  await expect(ben.page.getByRole('main').getByText('Assigned to you')).toBeVisible()
  await shot(ben.page, 'transfer-received-tablet')
  await expect(shopper.page.getByText(note)).toHaveCount(0)
  expect(await shopper.page.content()).not.toContain('replacement handle')
})

test('of two agents taking the same waiting conversation at once, exactly one wins and the other is told', async ({
  browser,
  attune,
  agent: owner,
}) => {
  test.setTimeout(120_000)
  // The owner lets new conversations wait in Unassigned (the Store page's "Assignment").
  await owner.page.getByRole('link', { name: 'Store' }).click()
  const settings = owner.page.getByRole('region', { name: 'Assignment' })
  await settings.getByRole('radio', { name: /Let them wait in Unassigned/ }).check()
  await settings.getByRole('button', { name: 'Save assignment' }).click()
  await expect(settings.getByText('Assignment saved.')).toBeVisible()
  await expectNoAxeViolations(owner.page, 'inbox, the Store page’s Assignment', '#assignment-title + form')
  await settings.scrollIntoViewIfNeeded()
  await shot(owner.page, 'store-assignment')
  const ana = await inboxOf(browser, attune.url, ANA)
  const ben = await inboxOf(browser, attune.url, BEN)
  // Ben may still be Away from the first test: Online again.
  await ben.page.getByLabel('Status').selectOption({ label: 'Online' })
  await shopperWrites(browser, attune.url, 'Which teacup fits the pewter saucer?')
  for (const inbox of [ana, ben]) {
    await view(inbox.page, 'Unassigned').click()
    await expect(inbox.conversationShowing('pewter saucer')).toBeVisible({ timeout: 15_000 })
  }
  await expectNoAxeViolations(ben.page, 'inbox, the Unassigned view')
  await shot(ben.page, 'unassigned-desktop')

  const take = (inbox: AgentInbox) =>
    list(inbox.page)
      .getByRole('button', { name: /^Take / })
      .first()
  // Both takes reach the server together: each request waits until the other is sent, so the
  // winner's update cannot take the loser's button away before it is pressed.
  let sent = 0
  let bothSent = () => {}
  const together = new Promise<void>((resolve) => (bothSent = resolve))
  for (const inbox of [ana, ben])
    await inbox.page.route('**/api/conversations/*/take', async (route) => {
      if (++sent === 2) bothSent()
      await together
      await route.continue()
    })
  await Promise.all([take(ana).click(), take(ben).click()])
  const taken = 'Someone else took this conversation first.'
  const told = async (inbox: AgentInbox) => (await inbox.page.getByRole('status').filter({ hasText: taken }).count()) > 0
  await expect.poll(async () => [await told(ana), await told(ben)].filter(Boolean).length, { timeout: 15_000 }).toBe(1)
  const [winner, loser] = (await told(ana)) ? [ben, ana] : [ana, ben]
  await expect(winner.page.getByRole('main').getByText('Assigned to you')).toBeVisible()
  await view(winner.page, 'Mine').click()
  await expect(winner.conversationShowing('pewter saucer')).toBeVisible()
  await expect(loser.conversationShowing('pewter saucer')).toHaveCount(0)
  await shot(loser.page, 'take-lost')

  // The same views, in Thai: the loser reads the inbox in Thai (their own preference).
  const thai = await loser.page.request.put(`${attune.url}/api/agent/preferences`, { data: { language: 'th' }, headers: { origin: attune.url } })
  expect(thai.status()).toBe(200)
  await loser.page.reload()
  await expect(loser.page.getByRole('tab', { name: thTeam.views.mine })).toBeVisible()
  await expect(loser.page.getByLabel(thTeam.status.label)).toBeVisible()
  await expectNoAxeViolations(loser.page, 'inbox, the views in Thai')
  await shot(loser.page, 'views-th-desktop')
  await loser.page.getByRole('tab', { name: thTeam.views.unassigned }).click()
  await loser.page.setViewportSize(TABLET)
  await expectNoAxeViolations(loser.page, 'inbox, the Unassigned view in Thai on a tablet')
  await shot(loser.page, 'views-th-tablet')

  // And in Lao, with the conversation the winner holds out of sight and the team below.
  const lao = await loser.page.request.put(`${attune.url}/api/agent/preferences`, { data: { language: 'lo' }, headers: { origin: attune.url } })
  expect(lao.status()).toBe(200)
  await loser.page.reload()
  await expect(loser.page.getByRole('tab', { name: loTeam.views.mine })).toBeVisible()
  await expect(loser.page.getByRole('region', { name: loTeam.team.title })).toBeVisible()
  await expectNoAxeViolations(loser.page, 'inbox, the views in Lao on a tablet')
  await shot(loser.page, 'views-lo-tablet')
})
