import type { Locator, Page } from '@playwright/test'
import { ar } from '../../packages/inbox/src/i18n/ar/index.ts'
import type { Catalogs } from '../../packages/inbox/src/i18n/context.ts'
import { enAccounts } from '../../packages/inbox/src/i18n/en-accounts.ts'
import { enAfterChat } from '../../packages/inbox/src/i18n/en-after-chat.ts'
import { enAlerts } from '../../packages/inbox/src/i18n/en-alerts.ts'
import { enCanned } from '../../packages/inbox/src/i18n/en-canned.ts'
import { enSettings } from '../../packages/inbox/src/i18n/en-settings.ts'
import { en } from '../../packages/inbox/src/i18n/en.ts'
import { fil } from '../../packages/inbox/src/i18n/fil/index.ts'
import { lo } from '../../packages/inbox/src/i18n/lo/index.ts'
import { th } from '../../packages/inbox/src/i18n/th/index.ts'
import { expectNoAxeViolations } from '../fixtures/axe.ts'
import { signInAsDemoOwner } from '../pages/agent-inbox.ts'
import { test, expect } from '../fixtures/test.ts'
import { outside } from '../pages/boxes.ts'

/*
 * On a phone the inbox's pages are one row of links that scrolls sideways; it cut the owner's
 * seven at the screen's edge ("Se" for Settings), with nothing to say more waited, and left Team
 * out of sight on its own page. In each language the inbox speaks (Arabic right to left), at 390
 * and 360 px wide: every link is reached with Tab and shows whole once
 * focused, the row shows a shadow at an edge while more waits there, each link is a target of at
 * least 24 px (WCAG 2.5.8), a page opened shows its own link whole, the alerts bar under the menu
 * keeps its height on a long page, and axe finds nothing in either. The browser's language is
 * the inbox's here (the demo account's is never changed). A shot of each stays in the output folder.
 */
type Words = Pick<Catalogs, 'main' | 'accounts' | 'afterChat' | 'alerts' | 'canned' | 'settings'>
const english: Words = { main: en, accounts: enAccounts, afterChat: enAfterChat, alerts: enAlerts, canned: enCanned, settings: enSettings }
const LANGUAGES: [locale: string, words: Words][] = [
  ['en', english],
  ['th', th],
  ['lo', lo],
  ['fil', fil],
  ['ar', ar],
]
const WIDTHS = [390, 360]
/** An owner's pages, in the menu's order (lib/access.ts). */
const PAGES = ['conversations', 'follow-ups', 'insights', 'settings', 'canned-replies', 'store', 'team'] as const

/** The owner's pages laid out as one column of forms (`.settings`), and what shows once each has loaded. */
const SETTINGS_PAGES = (page: Page, words: Words): [name: (typeof PAGES)[number], ready: Locator][] => [
  ['follow-ups', page.getByRole('table').or(page.getByText(words.afterChat.followUps.empty))],
  ['settings', page.getByRole('button', { name: words.settings.save })],
  ['canned-replies', page.getByRole('button', { name: words.canned.add, exact: true })],
  ['store', page.getByRole('textbox', { name: words.accounts.store.name, exact: true })],
  ['team', page.getByRole('combobox', { name: words.accounts.language.title })],
]

/**
 * How far the page reaches past the screen's edge, in CSS pixels: the page, or its column in the
 * scrolling app, past the right edge or (right to left, in Arabic) the left one.
 */
async function pastTheEdge(page: Page): Promise<number> {
  return page.evaluate(() => {
    const app = document.querySelector('.app')!
    const column = document.querySelector('main')!.getBoundingClientRect()
    return Math.max(
      document.documentElement.scrollWidth - innerWidth,
      app.scrollWidth - app.clientWidth,
      Math.ceil(column.right) - innerWidth,
      Math.ceil(-column.left),
    )
  })
}

/** Whether `row` has more to scroll to and draws the shadow that says so (styles.css). */
async function hintsAtMore(row: Locator): Promise<{ more: boolean; shadow: boolean }> {
  return row.evaluate((element) => ({
    more: element.scrollWidth > element.clientWidth + 1,
    shadow: getComputedStyle(element).backgroundImage.includes('radial-gradient'),
  }))
}

for (const [locale, words] of LANGUAGES) {
  for (const width of WIDTHS) {
    test(`the inbox's menu on a ${width} px phone in ${locale}: every page reachable, readable and labelled`, async ({
      browser,
      attune,
    }, testInfo) => {
      const context = await browser.newContext({ locale, viewport: { width, height: 844 } })
      const page = await context.newPage()
      await signInAsDemoOwner(page, attune.url, words.main)
      const t = words.main.header
      const menu = page.getByRole('navigation', { name: t.nav })
      const row = menu.getByRole('list')
      const links = menu.getByRole('link')
      await expect(links).toHaveText(PAGES.map((name) => t[name]))
      // The row scrolls, not the page (WCAG 1.4.10): the menu once overflowed the screen instead.
      expect(await page.evaluate(() => document.documentElement.scrollWidth), 'the page is as wide as the screen').toBeLessThanOrEqual(width)

      // Tab from the first link to the last: each shows whole as it takes focus, and the row
      // hints at what waits past its edge.
      await links.first().focus()
      for (const [index, name] of PAGES.entries()) {
        const link = links.nth(index)
        if (index > 0) await page.keyboard.press('Tab')
        await expect(link, `${name} takes the focus`).toBeFocused()
        expect(await outside(link, row), `${name} shows whole once focused`).toBeLessThanOrEqual(1)
        const box = (await link.boundingBox())!
        expect(Math.min(box.width, box.height), `${name} is a target of 24 px at least`).toBeGreaterThanOrEqual(24)
        const hint = await hintsAtMore(row)
        if (hint.more) expect(hint.shadow, 'a row with more to scroll to shows a shadow at its edge').toBe(true)
      }
      // The last link, opened with the keyboard.
      await page.keyboard.press('Enter')
      await expect(page.getByRole('heading', { level: 2, name: words.accounts.team.title })).toBeVisible({ timeout: 15_000 })

      // Team opened from its address, the row at its start: its link is brought into the row.
      await page.goto(`${attune.url}/inbox/team`)
      await expect(page.getByRole('heading', { level: 2, name: words.accounts.team.title })).toBeVisible({ timeout: 15_000 })
      const current = menu.locator('[aria-current="page"]')
      await expect(current).toHaveText(t.team)
      await expect.poll(() => outside(current, row), 'the page opened shows its link whole').toBeLessThanOrEqual(1)

      // The alerts bar under the menu, on a page longer than the screen: its full height, not a strip.
      const shortcuts = page.getByRole('button', { name: words.alerts.shortcuts.button, exact: true })
      await expect(shortcuts).toBeVisible({ timeout: 15_000 })
      const bar = page.locator('.attention-bar')
      const [barBox, buttonBox] = [(await bar.boundingBox())!, (await shortcuts.boundingBox())!]
      expect(barBox.height, 'the alerts bar is as tall as its buttons').toBeGreaterThanOrEqual(buttonBox.height)

      await page.screenshot({ path: testInfo.outputPath(`inbox-menu-${locale}-${width}.png`), animations: 'disabled' })
      await expectNoAxeViolations(page, `inbox menu in ${locale} at ${width} px`, '.topbar')
      await expectNoAxeViolations(page, `inbox alerts bar in ${locale} at ${width} px`, '.attention-bar')
      await context.close()
    })
  }
}

/*
 * The pages that are one column of forms (Follow-ups, Settings, Canned replies, Store, Team) fit a
 * phone: the column once grew to its widest content (Team's language <select>, Store's business
 * hours) and ran up to 50 px past the screen's edge, at 360 px and on Team at 390 px too, the page
 * scrolling sideways (WCAG 1.4.10). A shot of each page stays in the output folder.
 */
for (const [locale, words] of LANGUAGES) {
  for (const width of WIDTHS) {
    test(`the inbox's settings pages on a ${width} px phone in ${locale}: none is wider than the screen`, async ({ browser, attune }, testInfo) => {
      const context = await browser.newContext({ locale, viewport: { width, height: 844 } })
      const page = await context.newPage()
      await signInAsDemoOwner(page, attune.url, words.main)
      for (const [name, ready] of SETTINGS_PAGES(page, words)) {
        await page.goto(`${attune.url}/inbox/${name}`)
        await expect(ready.first()).toBeVisible({ timeout: 15_000 })
        // What loads after the first field (the store's hours, its time zones) is on the page too.
        await page.waitForLoadState('networkidle')
        expect(await pastTheEdge(page), `${name} fits the screen`).toBeLessThanOrEqual(0)
        await page.screenshot({ path: testInfo.outputPath(`settings-${locale}-${width}-${name}.png`), animations: 'disabled' })
      }
      await context.close()
    })
  }
}
