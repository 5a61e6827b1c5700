import type { Page } from '@playwright/test'
import { ar } from '../../packages/inbox/src/i18n/ar/index.ts'
import type { Catalogs } from '../../packages/inbox/src/i18n/context.ts'
import { fil } from '../../packages/inbox/src/i18n/fil/index.ts'
import { lo } from '../../packages/inbox/src/i18n/lo/index.ts'
import { th } from '../../packages/inbox/src/i18n/th/index.ts'
import { expectNoAxeViolations } from '../fixtures/axe.ts'
import { DEMO_AGENT } from '../pages/agent-inbox.ts'
import type { RunningServer } from '../fixtures/server.ts'
import { serverOfItsOwn, test as base, expect } from '../fixtures/test.ts'

/** This spec changes the demo store for every later spec in its worker: a server of its own (fixtures/test.ts). */
const test = base.extend<object, { attune: RunningServer }>({
  attune: serverOfItsOwn(),
})

/*
 * Issue 14: an agent reads the inbox in their own language. The demo owner picks Thai, then Lao,
 * then Filipino, then Arabic on the Team page; each time the conversation view, the empathy card and
 * Insights read in it (the Store page's hours, webhooks and greetings too), `<html lang>` and
 * `<html dir>` say it (Arabic's inbox is mirrored: the list on the right), and axe
 * finds nothing on any inbox page on a desktop and a tablet. The texts expected are the catalogs
 * themselves. Screenshots stay in the output folder (inbox-<lang>-<page>-<viewport>.png) for a
 * human to look at.
 */
const LANGUAGES: [code: string, autonym: string, words: Catalogs][] = [
  ['th', 'ไทย', th],
  ['lo', 'ລາວ', lo],
  ['fil', 'Filipino', fil],
  ['ar', 'العربية', ar],
]
const VIEWPORTS = { desktop: { width: 1280, height: 800 }, tablet: { width: 820, height: 1180 } }
const PREVIEW = 'where is my parcel'

/** Opens a page from the main navigation and waits for its heading. */
async function visit(page: Page, words: Catalogs, link: string, heading: string): Promise<void> {
  await page.getByRole('navigation', { name: words.main.header.nav }).getByRole('link', { name: link, exact: true }).click()
  await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible({ timeout: 15_000 })
}

/** The Store page's business hours, webhooks and greetings read in the language (issue 15's sections). */
async function expectStoreSectionsIn(page: Page, words: Catalogs): Promise<void> {
  for (const title of [words.hours.title, words.webhooks.title, words.greetings.title]) {
    await expect(page.getByRole('heading', { level: 3, name: title, exact: true })).toBeVisible({ timeout: 15_000 })
  }
  await expect(page.getByRole('checkbox', { name: words.hours.enabled })).toBeVisible()
  await expect(page.getByRole('heading', { level: 4, name: words.hours.days.mon, exact: true })).toBeVisible()
  await expect(page.getByRole('textbox', { name: words.webhooks.url, exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: words.webhooks.add, exact: true })).toBeVisible()
  await expect(page.getByRole('heading', { level: 4, name: words.webhooks.log, exact: true })).toBeVisible()
}

test('an agent switches the inbox to Thai, Lao, Filipino and Arabic; every page reads in it and passes axe', async ({
  shopper,
  agent,
  browser,
  attune,
}, testInfo) => {
  test.setTimeout(600_000)
  await shopper.visitStore()
  await shopper.openChat()
  await shopper.choose('How are you feeling right now?', 'Upset')
  await shopper.choose("What's behind it?", "Couldn't reach anyone")
  await shopper.choose('What is it about?', 'Order & delivery')
  await shopper.send(`Hello, ${PREVIEW}? It is three days late`)
  await expect(agent.conversationShowing(PREVIEW)).toBeVisible({ timeout: 15_000 })

  const { page } = agent
  let now = { label: 'Language', save: 'Save language', team: 'Team', teamTitle: 'Team', nav: 'Main' }
  for (const [code, autonym, words] of LANGUAGES) {
    // The choice, made in the language the inbox speaks now.
    await page.setViewportSize(VIEWPORTS.desktop)
    await page.getByRole('navigation', { name: now.nav }).getByRole('link', { name: now.team, exact: true }).click()
    await expect(page.getByRole('heading', { level: 2, name: now.teamTitle })).toBeVisible()
    await page.getByRole('combobox', { name: now.label }).selectOption({ label: autonym })
    await page.getByRole('button', { name: now.save }).click()
    await expect(page.locator('html')).toHaveAttribute('lang', code, { timeout: 15_000 })
    await expect(page.locator('html')).toHaveAttribute('dir', code === 'ar' ? 'rtl' : 'ltr')
    await expect(page.getByRole('heading', { level: 2, name: words.accounts.team.title })).toBeVisible()
    now = {
      label: words.accounts.language.title,
      save: words.accounts.language.save,
      team: words.main.header.team,
      teamTitle: words.accounts.team.title,
      nav: words.main.header.nav,
    }

    for (const [size, viewport] of Object.entries(VIEWPORTS)) {
      await page.setViewportSize(viewport)
      const shot = (name: string) => page.screenshot({ path: testInfo.outputPath(`inbox-${code}-${name}-${size}.png`), animations: 'disabled' })

      // The conversation view and its empathy card.
      await page
        .getByRole('navigation', { name: words.main.header.nav })
        .getByRole('link', { name: words.main.header.conversations, exact: true })
        .click()
      await page.getByRole('navigation').getByRole('button').filter({ hasText: PREVIEW }).click()
      await expect(page.getByRole('textbox', { name: words.main.composer.label })).toBeVisible()
      const card = page.getByRole('complementary', { name: words.main.card.title })
      await expect(card).toContainText(words.main.mood[2])
      await expect(card).toContainText(words.main.reason.unreachable)
      await expect(card).toContainText(words.main.topic.order!)
      await expect(page.getByRole('button', { name: words.main.conversation.resolve })).toBeVisible()
      if (size === 'desktop') {
        // The list comes first in the reading direction: on the left, or on the right in Arabic.
        const list = (await page.getByRole('navigation', { name: words.main.list.title }).boundingBox())!
        const reply = (await page.getByRole('textbox', { name: words.main.composer.label }).boundingBox())!
        expect(code === 'ar' ? list.x > reply.x : list.x < reply.x, `the list's side in ${code}`).toBe(true)
      }
      await shot('conversation')
      await expectNoAxeViolations(page, `inbox in ${code}, conversation, ${size}`)

      // Search (issue 14): its results, in the language, with the word marked.
      const search = page.getByRole('search', { name: words.search.label }).getByRole('searchbox', { name: words.search.label })
      await search.fill('parcel')
      await expect(page.getByRole('navigation').locator('a.search-row').filter({ hasText: PREVIEW })).toBeVisible({ timeout: 15_000 })
      await shot('search')
      await expectNoAxeViolations(page, `inbox in ${code}, search results, ${size}`)
      await search.press('Escape')
      await expect(page.getByRole('navigation').getByRole('button').filter({ hasText: PREVIEW })).toBeVisible({ timeout: 15_000 })

      // The keyboard shortcuts' list (issue 14), opened with its button and closed with Escape.
      await page.getByRole('button', { name: words.alerts.shortcuts.button, exact: true }).click()
      const shortcuts = page.getByRole('dialog', { name: words.alerts.shortcuts.title })
      await expect(shortcuts).toBeVisible({ timeout: 15_000 })
      await shot('shortcuts')
      await expectNoAxeViolations(page, `inbox in ${code}, keyboard shortcuts, ${size}`)
      await page.keyboard.press('Escape')
      await expect(shortcuts).toBeHidden()

      await visit(page, words, words.main.header.insights, words.insights.title)
      await expect(page.getByRole('heading', { name: words.insights.figures.title })).toBeVisible({ timeout: 15_000 })
      await shot('insights')
      await expectNoAxeViolations(page, `inbox in ${code}, Insights, ${size}`)

      await visit(page, words, words.main.header['follow-ups'], words.afterChat.followUps.title)
      await expectNoAxeViolations(page, `inbox in ${code}, Follow-ups, ${size}`)
      await visit(page, words, words.main.header.settings, words.settings.title)
      await expect(page.getByRole('button', { name: words.settings.save })).toBeVisible({ timeout: 15_000 })
      await expectNoAxeViolations(page, `inbox in ${code}, Settings, ${size}`)
      await visit(page, words, words.main.header.store, words.accounts.store.title)
      await expect(page.getByRole('textbox', { name: words.accounts.store.name, exact: true })).toBeVisible({ timeout: 15_000 })
      await expectStoreSectionsIn(page, words)
      // The page scrolls inside its main area, so each shot brings its section into view first.
      await page.getByRole('heading', { level: 3, name: words.hours.title, exact: true }).scrollIntoViewIfNeeded()
      await shot('store-hours')
      await expectNoAxeViolations(page, `inbox in ${code}, Store, ${size}`)
      // The greeting form, opened: its choices and fields read in the language too.
      await page.getByRole('button', { name: words.greetings.add, exact: true }).click()
      const form = page.getByRole('form', { name: words.greetings.form.addTitle })
      await expect(form.getByRole('combobox', { name: words.greetings.form.when })).toContainText(words.greetings.form.kinds.time_on_page)
      await expect(form.getByRole('spinbutton', { name: words.greetings.form.seconds })).toBeVisible()
      await form.scrollIntoViewIfNeeded()
      await shot('store-greeting')
      await expectNoAxeViolations(page, `inbox in ${code}, Store with the greeting form open, ${size}`)
      await form.getByRole('button', { name: words.greetings.form.cancel, exact: true }).click()
      await expect(form).toBeHidden()
      // Canned replies (issue 14): the page and its form, opened.
      await visit(page, words, words.main.header['canned-replies'], words.canned.title)
      await page.getByRole('button', { name: words.canned.add, exact: true }).click()
      await expect(page.getByRole('textbox', { name: words.canned.form.title, exact: true })).toBeVisible({ timeout: 15_000 })
      await shot('canned')
      await expectNoAxeViolations(page, `inbox in ${code}, Canned replies with the form open, ${size}`)
      await visit(page, words, words.main.header.team, words.accounts.team.title)
      await expect(page.getByRole('combobox', { name: words.accounts.language.title })).toBeVisible()
      await shot('team')
      await expectNoAxeViolations(page, `inbox in ${code}, Team, ${size}`)
    }
  }

  // The choice is the person's, kept with their account: another browser (in English) signs in to Arabic.
  const elsewhere = await browser.newContext({ locale: 'en-US' })
  const other = await elsewhere.newPage()
  await other.goto(`${attune.url}/inbox`)
  await other.getByLabel('Email').fill(DEMO_AGENT.email)
  await other.getByLabel('Password').fill(DEMO_AGENT.password)
  await other.getByRole('button', { name: 'Sign in' }).click()
  await expect(other.getByRole('button', { name: ar.main.header.signOut })).toBeVisible({ timeout: 15_000 })
  await expect(other.locator('html')).toHaveAttribute('lang', 'ar')
  await expect(other.locator('html')).toHaveAttribute('dir', 'rtl')
  await elsewhere.close()
})
