import { lo } from '../../packages/widget/src/i18n/lo.ts'
import { ShopperPage } from '../pages/shopper-page.ts'
import { test, expect } from '../fixtures/test.ts'

/*
 * Chromium's built-in ICU has no Lao: `new Intl.DateTimeFormat('lo', …)` writes US English in a
 * browser set to English ("3:05 PM"), and ICU's bare root patterns ("M01 1, Thu") in one set to Lao.
 * The Lao widget brings Lao's figures itself (docs/decisions/048): a shopper in Vientiane reads
 * their message's time as Lao writes it, on the 24-hour clock, under "Today" in Lao, whatever
 * language their browser is set to (a Lao reader's phone is often in English).
 */
const ZONE = 'Asia/Vientiane'
const QUESTION = 'ມີເສື້ອໄຊສ໌ M ສີດຳບໍ່'

for (const browserLocale of ['en-US', 'lo-LA']) {
  test(`a Lao shopper in Chromium set to ${browserLocale} reads a message’s time as Lao writes it`, async ({ browser, attune, hostPages }) => {
    const context = await browser.newContext({ locale: browserLocale, timezoneId: ZONE })
    try {
      const shopper = new ShopperPage(await context.newPage(), attune.url)
      // What the widget stands in for: this browser has no Lao dates.
      expect(await shopper.page.evaluate(() => Intl.DateTimeFormat.supportedLocalesOf(['lo']))).toEqual([])

      await shopper.askIn('lo', lo, hostPages.url, QUESTION)
      const time = shopper.messages.getByRole('listitem').filter({ hasText: QUESTION }).locator('time')
      await expect(time).toHaveAttribute('datetime', /\d{4}-\d\d-\d\dT/, { timeout: 15_000 })
      const at = new Date((await time.getAttribute('datetime'))!)
      // Node has Lao's ICU: what Firefox or Safari, which have it, would write.
      await expect(time).toHaveText(new Intl.DateTimeFormat('lo', { hour: 'numeric', minute: '2-digit', timeZone: ZONE }).format(at))
      await expect(time).not.toHaveText(/AM|PM/)
      await expect(shopper.messages.getByText(lo['day.today'] as string, { exact: true })).toBeVisible()
    } finally {
      await context.close()
    }
  })
}
