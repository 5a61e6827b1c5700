import { id } from '../../packages/inbox/src/i18n/id/index.ts'
import { expectNoAxeViolations } from '../fixtures/axe.ts'
import type { RunningServer } from '../fixtures/server.ts'
import { serverOfItsOwn, test as base, expect } from '../fixtures/test.ts'

/** This spec changes the demo owner's inbox language for every later spec in its worker: a server of its own. */
const test = base.extend<object, { attune: RunningServer }>({
  attune: serverOfItsOwn(),
})

/*
 * Decision 023, a fifth language: an agent of a store in Indonesia picks Bahasa Indonesia on the
 * Team page; the conversation view and the empathy card read in it (the texts expected are the
 * catalog's own), `<html lang>` says `id`, and axe finds nothing on the conversation and on
 * Insights. Screenshots stay in the output folder (inbox-id-<page>.png) for a human to look at.
 */
const PREVIEW = 'paket saya belum sampai'
const DESKTOP = { width: 1280, height: 800 }

test('an agent reads the inbox in Bahasa Indonesia, and it passes axe', async ({ shopper, agent }, testInfo) => {
  test.setTimeout(120_000)
  await shopper.visitStore()
  await shopper.openChat()
  await shopper.choose('How are you feeling right now?', 'Upset')
  await shopper.choose("What's behind it?", "Couldn't reach anyone")
  await shopper.choose('What is it about?', 'Order & delivery')
  await shopper.send(`Halo, ${PREVIEW}, sudah telat tiga hari`)
  await expect(agent.conversationShowing(PREVIEW)).toBeVisible({ timeout: 15_000 })

  const { page } = agent
  const words = id.main
  const shot = (name: string) => page.screenshot({ path: testInfo.outputPath(`inbox-id-${name}.png`), animations: 'disabled' })
  await page.setViewportSize(DESKTOP)

  // The choice, made in English, the inbox's language until then.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team', exact: true }).click()
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Bahasa Indonesia' })
  await page.getByRole('button', { name: 'Save language' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'id', { timeout: 15_000 })
  await expect(page.getByRole('heading', { level: 2, name: id.accounts.team.title })).toBeVisible()
  await expect(page.getByRole('combobox', { name: id.accounts.language.title })).toHaveValue('id')
  await shot('team')

  // The conversation view and its empathy card.
  const nav = page.getByRole('navigation', { name: words.header.nav })
  await nav.getByRole('link', { name: words.header.conversations, exact: true }).click()
  await page.getByRole('navigation').getByRole('button').filter({ hasText: PREVIEW }).click()
  await expect(page.getByRole('textbox', { name: words.composer.label })).toBeVisible()
  const card = page.getByRole('complementary', { name: words.card.title })
  await expect(card).toContainText(words.mood[2])
  await expect(card).toContainText(words.reason.unreachable)
  await expect(card).toContainText(words.topic.order!)
  await expect(page.getByRole('button', { name: words.conversation.resolve })).toBeVisible()
  await expect(page.getByRole('button', { name: words.header.signOut })).toBeVisible()
  await shot('conversation')
  await expectNoAxeViolations(page, 'inbox in id, conversation, desktop')

  await nav.getByRole('link', { name: words.header.insights, exact: true }).click()
  await expect(page.getByRole('heading', { level: 2, name: id.insights.title })).toBeVisible({ timeout: 15_000 })
  await expect(page.getByRole('heading', { name: id.insights.figures.title })).toBeVisible({ timeout: 15_000 })
  await shot('insights')
  await expectNoAxeViolations(page, 'inbox in id, Insights, desktop')
})
