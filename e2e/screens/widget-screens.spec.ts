import { existsSync } from 'node:fs'
import { mkdir, readFile } from 'node:fs/promises'
import type { Locator, Page } from '@playwright/test'
import { ar } from '../../packages/widget/src/i18n/ar.ts'
import { en, type Catalog } from '../../packages/widget/src/i18n/en.ts'
import { fil } from '../../packages/widget/src/i18n/fil.ts'
import { lo } from '../../packages/widget/src/i18n/lo.ts'
import { th } from '../../packages/widget/src/i18n/th.ts'
import { ar as arLater } from '../../packages/widget/src/i18n/later/ar.ts'
import { en as enLater, type LaterWords } from '../../packages/widget/src/i18n/later/en.ts'
import { fil as filLater } from '../../packages/widget/src/i18n/later/fil.ts'
import { lo as loLater } from '../../packages/widget/src/i18n/later/lo.ts'
import { th as thLater } from '../../packages/widget/src/i18n/later/th.ts'
import { diffPngs } from '../fixtures/png.ts'
import { AgentInbox } from '../pages/agent-inbox.ts'
import { ShopperPage } from '../pages/shopper-page.ts'
import { test, expect } from '../fixtures/test.ts'

/*
 * The widget in five languages, on a phone and a desktop, in each state a shopper meets: the
 * closed launcher, the before-chat card, a conversation with the agent's formatted reply, the
 * during card the agent raised, and the after card. Times are masked so two runs can be compared
 * pixel for pixel: with SCREENS_BASELINE=<an earlier SCREENS_DIR>, each shot prints how many of its
 * pixels differ from the earlier one (e.g. before and after a CSS change).
 */
/** A language's catalog with the words its chats reach later (the during and after cards). */
type Texts = Catalog & LaterWords
const LANGUAGES: [lang: string, catalog: Texts][] = [
  ['en', { ...en, ...enLater }],
  ['th', { ...th, ...thLater }],
  ['lo', { ...lo, ...loLater }],
  ['fil', { ...fil, ...filLater }],
  ['ar', { ...ar, ...arLater }],
]
const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } }
const dir = process.env.SCREENS_DIR ?? 'test-results/screens'
const baseline = process.env.SCREENS_BASELINE
const text = (catalog: Texts, key: keyof Texts) => catalog[key] as string

async function shoot(page: Page, widget: Locator, name: string): Promise<void> {
  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(viewport)
    // Let the panel settle at the new size (visual viewport, scroll to the newest message).
    await page.waitForTimeout(150)
    const file = `${name}-${size}.png`
    const shot = await page.screenshot({ path: `${dir}/${file}`, animations: 'disabled', mask: [widget.locator('time')] })
    if (baseline && existsSync(`${baseline}/${file}`)) {
      const diff = diffPngs(await readFile(`${baseline}/${file}`), shot)
      console.log(`[screens] ${file}: ${diff.differing} of ${diff.total} pixels differ from the baseline`)
    }
  }
}

for (const [lang, catalog] of LANGUAGES) {
  test(`screens in ${lang}`, async ({ browser, hostPages, attune }) => {
    await mkdir(dir, { recursive: true })
    const context = await browser.newContext()
    const shopper = new ShopperPage(await context.newPage(), attune.url)
    const { page, panel, widget } = shopper
    await shopper.visit(`${hostPages.url}/lang.html?lang=${lang}`)
    await shoot(page, widget, `${lang}-1-closed`)

    await shopper.launcherButton.click()
    await expect(panel.getByRole('group', { name: text(catalog, 'checkin.before.question') })).toBeVisible({ timeout: 15_000 })
    await shoot(page, widget, `${lang}-2-before-card`)

    await panel.getByRole('button', { name: text(catalog, 'checkin.skip') }).click()
    const question = `Where is order 1042? (${lang})`
    await panel.getByRole('textbox', { name: text(catalog, 'composer.label') }).fill(question)
    await panel.getByRole('textbox', { name: text(catalog, 'composer.label') }).press('Enter')
    const agentContext = await browser.newContext()
    const agent = new AgentInbox(await agentContext.newPage(), attune.url)
    await agent.signIn()
    await agent.open(question)
    await agent.reply('**It ships today.** You can:\n- track it from the email\n- or ask me here')
    await expect(panel.getByText('It ships today.')).toBeVisible()
    await shoot(page, widget, `${lang}-3-conversation`)

    await agent.page.getByRole('button', { name: 'Check in' }).click()
    await expect(panel.getByRole('group', { name: text(catalog, 'checkin.during.question') })).toBeVisible({ timeout: 15_000 })
    await shoot(page, widget, `${lang}-4-during-card`)

    await panel.getByRole('radio', { name: text(catalog, 'checkin.during.yes') }).click()
    await agent.resolve()
    await expect(panel.getByRole('group', { name: text(catalog, 'checkin.after.question') })).toBeVisible({ timeout: 15_000 })
    await shoot(page, widget, `${lang}-5-after-card`)
    await agentContext.close()
    await context.close()
  })
}
