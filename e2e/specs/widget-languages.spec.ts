import { ar } from '../../packages/widget/src/i18n/ar.ts'
import type { Catalog } from '../../packages/widget/src/i18n/en.ts'
import { fil } from '../../packages/widget/src/i18n/fil.ts'
import { lo } from '../../packages/widget/src/i18n/lo.ts'
import { th } from '../../packages/widget/src/i18n/th.ts'
import { test, expect } from '../fixtures/test.ts'

/*
 * The widget speaks the shopper's language: on a store page with <html lang> set to Thai,
 * Lao, Filipino or Arabic, the launcher, the message box and the check-in card use that
 * language's catalog (the texts are read from the widget's own catalogs), and Arabic is laid out
 * right to left. Phone-sized screenshots are kept in test-results/ for a human to look at.
 */
const LANGUAGES: [lang: string, catalog: Catalog, dir: 'ltr' | 'rtl'][] = [
  ['th', th, 'ltr'],
  ['lo', lo, 'ltr'],
  ['fil', fil, 'ltr'],
  ['ar', ar, 'rtl'],
]
const text = (catalog: Catalog, key: keyof Catalog) => catalog[key] as string

for (const [lang, catalog, dir] of LANGUAGES) {
  test(`with <html lang="${lang}"> the widget speaks ${lang}${dir === 'rtl' ? ', right to left' : ''}`, async ({ shopper, hostPages }, testInfo) => {
    const { page } = shopper
    await page.setViewportSize({ width: 390, height: 844 })
    // A store page whose <html lang> is this language (rewriting the demo store's HTML with
    // page.route would not do: Chromium then treats the document as public and its Local Network
    // Access checks block the socket to the loopback server, net::ERR_BLOCKED_BY_LOCAL_NETWORK_ACCESS_CHECKS).
    await page.goto(`${hostPages.url}/lang.html?lang=${lang}`)
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang)

    const launcher = page.getByRole('button', { name: text(catalog, 'launcher.open'), exact: true })
    await expect(launcher).toBeVisible({ timeout: 15_000 })
    await expect(shopper.widget.locator('.root')).toHaveAttribute('dir', dir)
    await launcher.click()

    const messageBox = shopper.panel.getByRole('textbox', { name: text(catalog, 'composer.label'), exact: true })
    await expect(messageBox).toBeFocused()
    await expect(messageBox).toHaveAttribute('placeholder', text(catalog, 'composer.placeholder'))
    await expect(page.getByRole('button', { name: text(catalog, 'launcher.close'), exact: true })).toBeVisible()
    await expect(shopper.panel.getByRole('group', { name: text(catalog, 'checkin.before.question') })).toBeVisible({ timeout: 15_000 })
    await expect(shopper.panel.getByRole('log', { name: text(catalog, 'log.label'), exact: true })).toContainText(text(catalog, 'panel.greeting'))
    await expect(shopper.panel).toHaveCSS('direction', dir)
    await expect(shopper.widget.locator('.root')).toHaveAttribute('lang', lang)

    // For humans, not asserted: does the script render, does nothing clip, is Arabic mirrored?
    await page.screenshot({ path: testInfo.outputPath(`widget-${lang}-phone.png`), animations: 'disabled' })
  })
}
