import type { Locator } from '@playwright/test'
import type { Catalogs } from '../../packages/inbox/src/i18n/context.ts'
import { enAccounts } from '../../packages/inbox/src/i18n/en-accounts.ts'
import { enAlerts } from '../../packages/inbox/src/i18n/en-alerts.ts'
import { en } from '../../packages/inbox/src/i18n/en.ts'
import { fil } from '../../packages/inbox/src/i18n/fil/index.ts'
import { lo } from '../../packages/inbox/src/i18n/lo/index.ts'
import { th } from '../../packages/inbox/src/i18n/th/index.ts'
import { expectNoAxeViolations } from '../fixtures/axe.ts'
import { signInAsDemoOwner } from '../pages/agent-inbox.ts'
import { test, expect } from '../fixtures/test.ts'
import { outside } from '../pages/boxes.ts'

/*
 * The inbox on a tablet, signed in as the demo store's owner (seven pages), in each language the
 * inbox speaks. An iPad in landscape is 1180 × 820: there the alerts' buttons ("Turn on desktop
 * notifications", "Keyboard shortcuts") wrapped to a line of their own under the pages' links, a
 * row of height taken from the messages. Turned to portrait (820 × 1180), or a window narrowed to a
 * phone's width, the row of links began to scroll and the open page's link (Team, Store: the
 * last) was left cut at its edge until another page was opened. A shot of each stays in the output folder.
 */
type Words = Pick<Catalogs, 'main' | 'accounts' | 'alerts'>
const LANGUAGES: [locale: string, words: Words][] = [
  ['en', { main: en, accounts: enAccounts, alerts: enAlerts }],
  ['th', th],
  ['lo', lo],
  ['fil', fil],
]
const LANDSCAPE = { width: 1180, height: 820 }
/** A tablet turned to portrait, then a window as narrow as a phone. */
const NARROWER = [
  { width: 820, height: 1180 },
  { width: 390, height: 844 },
]

/** How far each of `parts` has its vertical centre outside the band `line` spans (0 when inside). */
async function offTheLine(parts: Locator, line: Locator): Promise<number[]> {
  const band = (await line.boundingBox())!
  return Promise.all(
    (await parts.all()).map(async (part) => {
      const box = (await part.boundingBox())!
      const centre = box.y + box.height / 2
      return Math.max(0, band.y - centre, centre - (band.y + band.height))
    }),
  )
}

for (const [locale, words] of LANGUAGES) {
  test(`an iPad in landscape in ${locale}: the alerts' buttons stay on the pages' row`, async ({ browser, attune }, testInfo) => {
    const context = await browser.newContext({ locale, viewport: LANDSCAPE })
    const page = await context.newPage()
    await signInAsDemoOwner(page, attune.url, words.main)
    const menu = page.getByRole('navigation', { name: words.main.header.nav })
    const links = menu.getByRole('link')
    const buttons = page.locator('.attention-bar').getByRole('button')
    await expect(links).toHaveCount(7)
    // Both of them: the browser has not been asked about notifications yet, the widest case.
    await expect(buttons.getByText(words.alerts.desktop.turnOn, { exact: true })).toBeVisible({ timeout: 15_000 })
    await expect(buttons.getByText(words.alerts.shortcuts.button, { exact: true })).toBeVisible()

    const row = page.locator('.topbar-row')
    await page.screenshot({ path: testInfo.outputPath(`inbox-tablet-${locale}-${LANDSCAPE.width}.png`), animations: 'disabled' })
    console.log(`[tablet] ${locale} at ${LANDSCAPE.width} px: the pages' row is ${(await row.boundingBox())!.height} px high`)
    expect(await offTheLine(links, links.first()), 'the pages are one line').toEqual([0, 0, 0, 0, 0, 0, 0])
    // Whole, every one: the row has room for them all without scrolling.
    for (const link of await links.all()) {
      expect(await outside(link, menu.getByRole('list')), `${await link.textContent()} shows whole`).toBeLessThanOrEqual(1)
    }
    expect(await offTheLine(buttons, links.first()), "the alerts' buttons are on the pages' line").toEqual([0, 0])
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'the page is as wide as the screen').toBeLessThanOrEqual(LANDSCAPE.width)

    await expectNoAxeViolations(page, `inbox header in ${locale} at ${LANDSCAPE.width} px`, '.topbar')
    await context.close()
  })

  test(`a tablet turned to portrait, then narrowed to a phone, in ${locale}: the open page's link stays whole`, async ({
    browser,
    attune,
  }, testInfo) => {
    const context = await browser.newContext({ locale, viewport: LANDSCAPE })
    const page = await context.newPage()
    await signInAsDemoOwner(page, attune.url, words.main)
    const t = words.main.header
    const menu = page.getByRole('navigation', { name: t.nav })
    const row = menu.getByRole('list')
    for (const name of ['team', 'store'] as const) {
      await page.setViewportSize(LANDSCAPE)
      await menu.getByRole('link', { name: t[name], exact: true }).click()
      const current = menu.locator('[aria-current="page"]')
      await expect(current).toHaveText(t[name])
      for (const size of NARROWER) {
        await page.setViewportSize(size)
        await expect.poll(() => outside(current, row), `${name}'s link is whole in its row at ${size.width} px`).toBeLessThanOrEqual(1)
        await page.screenshot({ path: testInfo.outputPath(`inbox-${name}-${locale}-${size.width}.png`), animations: 'disabled' })
      }
    }
    await context.close()
  })
}
