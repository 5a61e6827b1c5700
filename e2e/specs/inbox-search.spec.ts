import type { Page } from '@playwright/test'
import { enSearch } from '../../packages/inbox/src/i18n/en-search.ts'
import { search as loSearch } from '../../packages/inbox/src/i18n/lo/search.ts'
import { search as thSearch } from '../../packages/inbox/src/i18n/th/search.ts'
import { team as loTeam } from '../../packages/inbox/src/i18n/lo/team.ts'
import { team as thTeam } from '../../packages/inbox/src/i18n/th/team.ts'
import { expectNoAxeViolations } from '../fixtures/axe.ts'
import type { RunningServer } from '../fixtures/server.ts'
import { serverOfItsOwn, test as base, expect } from '../fixtures/test.ts'
import { AgentInbox } from '../pages/agent-inbox.ts'
import { IdentifiedShopper } from '../pages/identified-shopper.ts'
import { joinTeam, ownerSession } from '../pages/team-api.ts'

/*
 * Issue 14: search finds a resolved conversation by a word from it. A shopper writes a word no
 * other spec writes, the agent answers and resolves; the conversation leaves the open list, and
 * the sidebar's "Search conversations" finds it, marked, and opens it read-only. An identified
 * shopper is found by name and email, and when they come back, their earlier chat opens from the
 * card's link; a Thai word inside a run without spaces is found too, in an inbox that reads Thai
 * (and Lao, for the screenshots).
 */

const PASSWORD = 'correct horse battery'
const WORD = 'quillwort'
const THAI_WORD = 'ลายคราม'
const VIEWPORTS = { desktop: { width: 1280, height: 800 }, tablet: { width: 820, height: 1180 } }

const searchBox = (page: Page, label = enSearch.label) => page.getByRole('search', { name: label }).getByRole('searchbox', { name: label })
const results = (page: Page) => page.getByRole('navigation').locator('a.search-row')

/** This spec adds an agent (Nok) to the demo store's team: a server of its own (fixtures/test.ts). */
const test = base.extend<object, { attune: RunningServer }>({
  attune: serverOfItsOwn(),
})

test('search finds a resolved conversation by a word from it, a shopper by name or email, and a Thai word; an earlier chat opens from the card', async ({
  shopper,
  agent,
  browser,
  attune,
}, testInfo) => {
  test.setTimeout(300_000)
  const { page } = agent
  await page.setViewportSize(VIEWPORTS.desktop)

  // A shopper writes a word no other spec writes; the agent answers and resolves.
  await shopper.visitStore()
  await shopper.openChat()
  await shopper.send(`My ${WORD} teapot arrived with a chipped spout`)
  await expect(agent.conversationShowing(WORD)).toBeVisible({ timeout: 15_000 })
  await agent.open(WORD)
  await agent.reply('So sorry! A new one is on its way.')
  await agent.resolve()
  await expect(agent.conversationShowing(WORD)).toHaveCount(0)

  // The search finds it by that word, says how many it found, and marks the word.
  await searchBox(page).fill(WORD.toUpperCase())
  await expect(page.getByRole('status').filter({ hasText: '1 conversation found' })).toBeVisible({ timeout: 15_000 })
  const found = results(page)
  await expect(found).toHaveCount(1)
  await expect(found.locator('mark')).toHaveText(WORD)
  await expect(found).toContainText('Resolved')
  await page.screenshot({ path: testInfo.outputPath('search-en-desktop.png') })
  await expectNoAxeViolations(page, 'search results (English)', '.pane-list')

  // By keyboard, the result opens the conversation, read-only: it is resolved.
  await found.focus()
  await page.keyboard.press('Enter')
  await expect(agent.conversation).toContainText(`My ${WORD} teapot`)
  await expect(agent.replyBox).toBeDisabled()

  // The "Resolved" view has it too.
  await searchBox(page).fill('')
  await page.getByRole('tab', { name: 'Resolved' }).click()
  await expect(page.getByRole('heading', { name: 'Resolved conversations' })).toBeVisible()
  await expect(results(page).filter({ hasText: 'So sorry! A new one is on its way.' })).toHaveCount(1, { timeout: 15_000 })
  await page.screenshot({ path: testInfo.outputPath('resolved-en-desktop.png') })
  await expectNoAxeViolations(page, 'the Resolved list (English)', '.pane-list')
  await page.getByRole('tab', { name: /^All/ }).click()

  // An identified shopper, found by name and by email; and a Thai word inside a run.
  const { cookie, secret } = await ownerSession(attune.url)
  const kanokwan = new IdentifiedShopper(attune.url, secret, 'inbox-search-1', 'Kanokwan Srisuk', 'kanokwan.s@search.example')
  await kanokwan.chat({ mood: 4 }, `สั่งกาน้ำชา${THAI_WORD}ไปแล้วยังไม่ได้รับของเลยค่ะ`, { mood: 4, resolved: 'yes' })
  for (const [typed, why] of [
    ['kanokwan sri', enSearch.matched.name],
    ['KANOKWAN.S@SEARCH', enSearch.matched.email],
  ] as const) {
    await searchBox(page).fill(typed)
    const row = results(page).filter({ hasText: 'Kanokwan Srisuk' })
    await expect(row).toHaveCount(1, { timeout: 15_000 })
    await expect(row).toContainText(why)
  }

  // Kanokwan comes back: her card lists the earlier chat, whose link opens it beside, read-only.
  await searchBox(page).fill('')
  const again = await kanokwan.start()
  await kanokwan.say(again.client, again.conversationId, 'Back again about the celadon saucers')
  await agent.open('Back again about the celadon saucers')
  const earlier = page.getByRole('region', { name: 'Earlier chats' }).getByRole('link')
  await expect(earlier).toHaveCount(1)
  await earlier.click()
  await expect(agent.conversation).toContainText(THAI_WORD)
  await expect(agent.replyBox).toBeDisabled()
  await again.client.close()

  // Another agent reads the inbox in Thai, then Lao, and finds the Thai word.
  await joinTeam(attune.url, cookie, { email: 'nok@inbox-search.test', role: 'agent', name: 'Nok', password: PASSWORD })
  const nok = new AgentInbox(await (await browser.newContext()).newPage(), attune.url)
  await nok.signIn({ email: 'nok@inbox-search.test', password: PASSWORD })
  for (const [language, words, views] of [
    ['th', thSearch, thTeam.views],
    ['lo', loSearch, loTeam.views],
  ] as const) {
    const saved = await nok.page.request.put(`${attune.url}/api/agent/preferences`, {
      headers: { Origin: attune.url, 'Content-Type': 'application/json' },
      data: { language },
    })
    expect(saved.status()).toBe(200)
    await nok.page.reload()
    await expect(nok.page.locator('html')).toHaveAttribute('lang', language, { timeout: 15_000 })
    await searchBox(nok.page, words.label).fill(THAI_WORD)
    const thai = results(nok.page)
    await expect(thai).toHaveCount(1, { timeout: 15_000 })
    await expect(thai.locator('mark')).toHaveText(THAI_WORD)
    await expect(nok.page.getByRole('status').filter({ hasText: words.found(1) })).toBeVisible()
    for (const [size, viewport] of Object.entries(VIEWPORTS)) {
      await nok.page.setViewportSize(viewport)
      await nok.page.screenshot({ path: testInfo.outputPath(`search-${language}-${size}.png`) })
    }
    await expectNoAxeViolations(nok.page, `search results (${language})`, '.pane-list')
    await searchBox(nok.page, words.label).fill('')
    await nok.page.getByRole('tab', { name: views.resolved }).click()
    await expect(results(nok.page).first()).toBeVisible({ timeout: 15_000 })
    await nok.page.screenshot({ path: testInfo.outputPath(`resolved-${language}-tablet.png`) })
    await nok.page.setViewportSize(VIEWPORTS.desktop)
  }
  await nok.page.context().close()
})
