import type { Browser, Page } from '@playwright/test'
import { expectNoAxeViolations } from '../fixtures/axe.ts'
import { ShopperPage } from '../pages/shopper-page.ts'
import { StorePage } from '../pages/store-page.ts'
import type { RunningServer } from '../fixtures/server.ts'
import { serverOfItsOwn, test as base, expect } from '../fixtures/test.ts'

/** This spec changes the demo store for every later spec in its worker: a server of its own (fixtures/test.ts). */
const test = base.extend<object, { attune: RunningServer }>({
  attune: serverOfItsOwn(),
})

/*
 * Issue 15: the owner sets business hours that leave out the present moment (open only tomorrow,
 * in Bangkok); a shopper's launcher and panel then say the store is away and when it is back, in
 * the shopper's language and time zone, and the shopper can still write. Phone-sized screenshots
 * (English and Thai) are kept in the test's output folder for a human to look at.
 */
const ZONE = 'Asia/Bangkok'
const PHONE = { width: 390, height: 844 }

/** Tomorrow's weekday in the store's zone, computed from now, as the Store page names it. */
const tomorrowThere = () => new Intl.DateTimeFormat('en-US', { timeZone: ZONE, weekday: 'long' }).format(Date.now() + 86_400_000)

async function shopperIn(browser: Browser, url: string, lang: 'en' | 'th'): Promise<{ shopper: ShopperPage; page: Page }> {
  const context = await browser.newContext({ viewport: PHONE, timezoneId: ZONE, locale: lang === 'th' ? 'th-TH' : 'en-US' })
  const shopper = new ShopperPage(await context.newPage(), url)
  return { shopper, page: shopper.page }
}

test('outside its hours the launcher and the panel say the store is away and when it is back; the shopper can still write', async ({
  agent,
  browser,
  attune,
  hostPages,
}, testInfo) => {
  const store = new StorePage(agent.page)
  await store.open()
  await store.setHoursOnlyOn(tomorrowThere(), ZONE, 'Within an hour')
  const week = agent.page.getByRole('region', { name: 'Business hours' }).getByRole('group', { name: 'Opening hours' })
  await week.scrollIntoViewIfNeeded()
  await agent.page.screenshot({ path: testInfo.outputPath('hours-store-page.png') })

  // English, in Bangkok: the agent is online, but the store is closed until tomorrow at 9.
  const { shopper, page } = await shopperIn(browser, attune.url, 'en')
  await shopper.visit(`${hostPages.url}/lang.html?lang=en`)
  const line = "We're away — back tomorrow at 9:00 AM"
  await expect(shopper.launcherButton).toHaveAccessibleName(`Open chat, ${line}`, { timeout: 15_000 })
  await expect(shopper.launcherButton).toHaveAttribute('data-away', line)
  await expectNoAxeViolations(page, 'the launcher, store away')
  await page.screenshot({ path: testInfo.outputPath('hours-launcher-en-phone.png'), animations: 'disabled' })

  await shopper.launcherButton.click()
  await expect(shopper.panel.locator('.presence')).toHaveText(
    "We're away right now. We're back tomorrow at 9:00 AM. We usually reply within an hour.",
    { timeout: 15_000 },
  )
  await shopper.send('Do you ship to Chiang Mai?')
  await expect(shopper.messages.getByText('Sent', { exact: true })).toBeVisible({ timeout: 15_000 })
  // Nobody is there, so the panel asks for an email once the shopper has written. Its card comes in
  // a chunk of its own, a moment later: axe the panel once it is there, not while it rises.
  await expect(shopper.panel.getByRole('form', { name: 'Leave your email and we’ll let you know when we reply.' })).toBeVisible({ timeout: 15_000 })
  await expectNoAxeViolations(page, 'the panel, store away')
  await page.screenshot({ path: testInfo.outputPath('hours-panel-en-phone.png'), animations: 'disabled' })
  await page.context().close()

  // Thai: the same, in the shopper's language.
  const thai = await shopperIn(browser, attune.url, 'th')
  await thai.shopper.visit(`${hostPages.url}/lang.html?lang=th`)
  await expect(thai.shopper.launcherButton).toHaveAttribute('data-away', /^ทีมงานไม่อยู่ — กลับมาพรุ่งนี้ เวลา 0?9:00 น\.$/, { timeout: 15_000 })
  await thai.page.screenshot({ path: testInfo.outputPath('hours-launcher-th-phone.png'), animations: 'disabled' })
  await thai.shopper.launcherButton.click()
  await expect(thai.shopper.panel.locator('.presence')).toHaveText(/^ตอนนี้ทีมงานไม่อยู่ ทีมงานจะกลับมาพรุ่งนี้ เวลา 0?9:00 น\. ปกติเราตอบกลับภายใน 1 ชั่วโมง$/, {
    timeout: 15_000,
  })
  // The before card comes a moment after the panel: axe it once it is there, not while it rises.
  await expect(thai.shopper.checkIn('ตอนนี้คุณรู้สึกยังไงบ้างคะ')).toBeVisible({ timeout: 15_000 })
  await expectNoAxeViolations(thai.page, 'the Thai panel, store away')
  await thai.page.screenshot({ path: testInfo.outputPath('hours-panel-th-phone.png'), animations: 'disabled' })
  await thai.page.context().close()
})
