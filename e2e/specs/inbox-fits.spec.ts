import type { Browser, Locator, Page } from '@playwright/test'
import type { Catalogs } from '../../packages/inbox/src/i18n/context.ts'
import { ar } from '../../packages/inbox/src/i18n/ar/index.ts'
import { enAfterChat } from '../../packages/inbox/src/i18n/en-after-chat.ts'
import { enAlerts } from '../../packages/inbox/src/i18n/en-alerts.ts'
import { enTeam } from '../../packages/inbox/src/i18n/en-team.ts'
import { en } from '../../packages/inbox/src/i18n/en.ts'
import { fil } from '../../packages/inbox/src/i18n/fil/index.ts'
import { id } from '../../packages/inbox/src/i18n/id/index.ts'
import { lo } from '../../packages/inbox/src/i18n/lo/index.ts'
import { AgentInbox, signInAsDemoOwner } from '../pages/agent-inbox.ts'
import { ShopperPage } from '../pages/shopper-page.ts'
import { test, expect } from '../fixtures/test.ts'

/*
 * The inbox's rows and tables fit the screens agents use, in the language they read: nothing
 * scrolls sideways where there is room, nothing is cut at an edge, a button's name stays on one
 * line. Each case was seen broken in a screenshot; each test leaves its shot in the output folder.
 * The language is the browser's (the demo owner's account is left as it was).
 */
type Words = Pick<Catalogs, 'main' | 'afterChat' | 'alerts' | 'team'>
const english: Words = { main: en, afterChat: enAfterChat, alerts: enAlerts, team: enTeam }

async function signIn(browser: Browser, url: string, locale: string, words: Words, viewport: { width: number; height: number }): Promise<Page> {
  const page = await (await browser.newContext({ locale, viewport })).newPage()
  await signInAsDemoOwner(page, url, words.main)
  // The header as it settles: the status menu and the alerts' buttons arrive with their chunks.
  await expect(page.getByRole('combobox', { name: words.team.status.label })).toBeVisible({ timeout: 15_000 })
  await expect(page.getByRole('button', { name: words.alerts.shortcuts.button })).toBeVisible({ timeout: 15_000 })
  return page
}

/** How many pixels `element`'s content is wider than its box: 0 when it does not scroll sideways. */
const overflow = (element: Locator) => element.evaluate((e) => e.scrollWidth - e.clientWidth)

/** Where `inner` lies outside `outer`'s box sideways, in CSS pixels (0 when it is wholly inside). */
async function outsideSideways(inner: Locator, outer: Locator): Promise<number> {
  const a = (await inner.boundingBox())!
  const b = (await outer.boundingBox())!
  return Math.max(0, b.x - a.x, a.x + a.width - (b.x + b.width))
}

/** How far `element`'s vertical centre lies outside the band `line` spans (0 when on its line). */
async function offTheLine(element: Locator, line: Locator): Promise<number> {
  const band = (await line.boundingBox())!
  const box = (await element.boundingBox())!
  const centre = box.y + box.height / 2
  return Math.max(0, band.y - centre, centre - (band.y + band.height))
}

/** The lines `element`'s text is laid out on: the distinct tops of its text's boxes. */
const textLines = (element: Locator) =>
  element.evaluate((e) => {
    const range = document.createRange()
    range.selectNodeContents(e)
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size
  })

const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(`${name}.png`), animations: 'disabled' })

test('in Filipino on an iPad in landscape (1180 px), the views’ first tab shows whole', async ({ browser, attune }) => {
  const page = await signIn(browser, attune.url, 'fil', fil, { width: 1180, height: 820 })
  const tabs = page.getByRole('tablist', { name: fil.team.views.label })
  await expect(tabs.getByRole('tab')).toHaveCount(4, { timeout: 15_000 })
  await shot(page, 'fits-fil-1180-tabs')
  for (const tab of await tabs.getByRole('tab').all()) {
    expect(await outsideSideways(tab, tabs), `${await tab.textContent()} shows whole`).toBeLessThanOrEqual(1)
  }
  expect(await overflow(tabs), 'the tabs do not scroll').toBeLessThanOrEqual(0)
  await page.context().close()
})

test('in Lao on an iPad in portrait (820 px), "Sign out" stays on the header’s first line, in one line', async ({ browser, attune }) => {
  const page = await signIn(browser, attune.url, 'lo', lo, { width: 820, height: 1180 })
  const signOut = page.getByRole('button', { name: lo.main.header.signOut })
  await shot(page, 'fits-lo-820-sign-out')
  expect(await offTheLine(signOut, page.getByRole('heading', { level: 1 })), 'beside the app’s name, not on a line of its own').toBe(0)
  expect(await textLines(signOut), 'its words on one line').toBe(1)
  await page.context().close()
})

for (const [locale, words] of [
  ['en', english],
  ['fil', fil],
  ['ar', ar],
] as const) {
  test(`in ${locale} at 1024 × 768, the pages’ links do not scroll`, async ({ browser, attune }) => {
    const page = await signIn(browser, attune.url, locale, words, { width: 1024, height: 768 })
    const links = page.getByRole('navigation', { name: words.main.header.nav }).getByRole('list')
    await expect(links.getByRole('link')).toHaveCount(7)
    await shot(page, `fits-${locale}-1024-links`)
    expect(await overflow(links), 'the links fit their row').toBeLessThanOrEqual(0)
    await page.context().close()
  })
}

test('in Indonesian at 1280 px, the follow-ups table does not scroll sideways', async ({ browser, attune }) => {
  test.setTimeout(120_000)
  // A chat that began upset and ended very upset: a row on Follow-ups with a mood each side of its arrow.
  const agent = new AgentInbox(await (await browser.newContext()).newPage(), attune.url)
  await agent.signIn()
  const shopper = new ShopperPage(await (await browser.newContext()).newPage(), attune.url)
  await shopper.visitStore()
  await shopper.openChat()
  await shopper.choose('How are you feeling right now?', 'Upset')
  await shopper.choose("What's behind it?", "Couldn't reach anyone")
  await shopper.choose('What is it about?', 'Order & delivery')
  await shopper.send('The box came crushed and the mug inside is broken')
  await agent.open('the mug inside is broken')
  await agent.reply('I am sorry. A new mug is on its way.')
  await agent.resolve()
  await shopper.choose('How are you feeling now?', 'Very upset')
  await shopper.choose('Was your question resolved?', 'No')
  // Followed up and answered: the status column says how the shopper feels now, its longest words.
  // Other spec files share this server (and their rows show too): this shopper's row, by name.
  const shopperName = (await agent.page.locator('#conversation-title').innerText()).trim()
  await agent.page.getByRole('link', { name: 'Follow-ups' }).click()
  const row = agent.page.getByRole('region', { name: 'Follow-ups' }).getByRole('row').filter({ hasText: shopperName })
  await row.getByRole('button', { name: /^Follow up with/ }).click()
  await expect(agent.page.getByRole('status').filter({ hasText: 'Follow-up sent.' })).toBeVisible()
  await shopper.visitStore()
  await shopper.openChat()
  await shopper.choose('How do you feel about it now?', 'Good')

  const page = await signIn(browser, attune.url, 'id', id, { width: 1280, height: 800 })
  await page.getByRole('navigation', { name: id.main.header.nav }).getByRole('link', { name: id.main.header['follow-ups'], exact: true }).click()
  const table = page.getByRole('region', { name: id.afterChat.followUps.title })
  // This shopper's row ("Visitor 3f2a" in English is "Pelanggan 3f2a"), answered.
  const ownRow = table
    .getByRole('row')
    .filter({ hasText: id.main.list.visitor(shopperName.split(' ').at(-1)!) })
    .filter({ hasText: id.afterChat.followUps.answered(id.main.mood[4]) })
  await expect(ownRow).toBeVisible({ timeout: 15_000 })
  await shot(page, 'fits-id-1280-follow-ups')
  expect(await overflow(table), 'the table fits its region').toBeLessThanOrEqual(0)
  await page.context().close()
  await shopper.page.context().close()
  await agent.page.context().close()
})
