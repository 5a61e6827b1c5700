import { existsSync } from 'node:fs'
import { mkdir, readFile } from 'node:fs/promises'
import type { Browser, Locator, Page } from '@playwright/test'
import type { Catalogs } from '../../packages/inbox/src/i18n/context.ts'
import { enAccounts } from '../../packages/inbox/src/i18n/en-accounts.ts'
import { enAfterChat } from '../../packages/inbox/src/i18n/en-after-chat.ts'
import { enCanned } from '../../packages/inbox/src/i18n/en-canned.ts'
import { enHours } from '../../packages/inbox/src/i18n/en-hours.ts'
import { enInsights } from '../../packages/inbox/src/i18n/en-insights.ts'
import { enNotes } from '../../packages/inbox/src/i18n/en-notes.ts'
import { enSettings } from '../../packages/inbox/src/i18n/en-settings.ts'
import { ar } from '../../packages/inbox/src/i18n/ar/index.ts'
import { en } from '../../packages/inbox/src/i18n/en.ts'
import { fil } from '../../packages/inbox/src/i18n/fil/index.ts'
import { directionOf } from '../../packages/protocol/src/language.ts'
import { id } from '../../packages/inbox/src/i18n/id/index.ts'
import { isolating } from '../../packages/inbox/src/i18n/isolating.ts'
import { lo } from '../../packages/inbox/src/i18n/lo/index.ts'
import { th } from '../../packages/inbox/src/i18n/th/index.ts'
import { diffPngs } from '../fixtures/png.ts'
import { AgentInbox, DEMO_AGENT } from '../pages/agent-inbox.ts'
import { REFUSED, refuseReplies } from '../pages/refused-replies.ts'
import { ShopperPage } from '../pages/shopper-page.ts'
import { test, expect } from '../fixtures/test.ts'

/*
 * The agents' inbox in its six languages, on a phone and a desktop: the sign-in page, the
 * conversation list, one conversation open (the empathy card, a private note, a reply the server
 * refused), then every page of the owner's menu. The shoppers write first, once, in English (one
 * of them in Thai, one in Lao); each language is the browser's (the inbox speaks it until the
 * person picks another on the Team page, which this spec never does, so the demo agent's account
 * is left as it was). Times are hidden; SCREENS_BASELINE works as in widget-screens.spec.ts.
 */
/** The catalogs whose words name what this spec clicks and waits for. */
type Words = Pick<Catalogs, 'main' | 'accounts' | 'afterChat' | 'canned' | 'hours' | 'insights' | 'notes' | 'settings'>
const english: Words = {
  main: en,
  accounts: enAccounts,
  afterChat: enAfterChat,
  canned: enCanned,
  hours: enHours,
  insights: enInsights,
  notes: enNotes,
  settings: enSettings,
}
const LANGUAGES: [lang: string, words: Words][] = [
  ['en', english],
  ['th', th],
  ['lo', lo],
  ['fil', fil],
  ['id', id],
  ['ar', ar],
]
const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } }
const dir = process.env.SCREENS_DIR ?? 'test-results/screens'
const baseline = process.env.SCREENS_BASELINE

/** The conversation opened in every language: an upset shopper, a note, a reply, their answer. */
const UPSET = {
  question: 'Hello, where is my parcel? It is three days late',
  note: 'Courier confirmed a delay at the Bangkok hub. Offer free shipping on the next order.',
  reply: 'I am so sorry about the wait. I have asked the courier and will tell you as soon as I hear.',
  answer: 'It is a birthday gift for my mother on Saturday',
  tag: 'Late parcel',
}
/** The other open conversations, in the languages shoppers of these stores write. */
const OTHERS = ['สั่งเสื้อไซซ์ M แต่ได้ไซซ์ L มาค่ะ เปลี่ยนได้ไหมคะ', 'ສິນຄ້າຈະມາຮອດວຽງຈັນຈັກມື້?', 'Do you have the linen shirt in navy?']
/** The demo agent's name (the demo store's seed), under the note they wrote. */
const DEMO_AGENT_NAME = 'Alex'

/**
 * Hides the times, keeping their places. Not a mask: a mask is drawn over a time's box even where
 * it is scrolled out of the timeline (over the header, as a pink block). Not the screenshot's
 * `style` either: the inbox's Content-Security-Policy refuses the stylesheet it adds.
 */
async function hideTimes(page: Page): Promise<void> {
  await page.locator('time').evaluateAll((times) => times.forEach((time) => ((time as HTMLElement).style.visibility = 'hidden')))
}

async function shoot(page: Page, name: string): Promise<void> {
  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(viewport)
    // Let the page settle at the new size (the panes switch, the timeline scrolls to the newest).
    await page.waitForTimeout(150)
    const file = `inbox-${name}-${size}.png`
    await hideTimes(page)
    const shot = await page.screenshot({ path: `${dir}/${file}`, animations: 'disabled' })
    if (baseline && existsSync(`${baseline}/${file}`)) {
      const diff = diffPngs(await readFile(`${baseline}/${file}`), shot)
      console.log(`[screens] ${file}: ${diff.differing} of ${diff.total} pixels differ from the baseline`)
    }
  }
}

/** A shopper on the demo store, in a browser of their own, who opens the chat. */
async function newShopper(browser: Browser, url: string): Promise<ShopperPage> {
  const shopper = new ShopperPage(await (await browser.newContext()).newPage(), url)
  await shopper.visitStore()
  await shopper.openChat()
  return shopper
}

/** Opens a page from the main menu and waits for its heading. */
async function visit(page: Page, words: Words, link: string, heading: string): Promise<void> {
  await page.getByRole('navigation', { name: words.main.header.nav }).getByRole('link', { name: link, exact: true }).click()
  await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible({ timeout: 15_000 })
}

test.beforeAll(async ({ browser, attune }) => {
  test.setTimeout(240_000)
  const context = await browser.newContext()
  const agent = new AgentInbox(await context.newPage(), attune.url)
  await agent.signIn()

  // A chat that ended very upset: a row on Follow-ups, a comment on Insights.
  const left = await newShopper(browser, attune.url)
  await left.send('My parcel never arrived and tracking says delivered')
  await agent.open('tracking says delivered')
  await agent.reply('I am sorry. I have opened a claim with the courier.')
  await agent.resolve()
  await left.choose('How are you feeling now?', 'Very upset')
  await left.choose('Was your question resolved?', 'No')
  await left.page.getByRole('textbox', { name: /Anything else you would like to tell us/ }).fill('I still have no parcel and nobody calls me back')
  await left.page.getByRole('button', { name: 'Send', exact: true }).first().click()

  const shoppers = [left]
  for (const question of OTHERS) {
    const shopper = await newShopper(browser, attune.url)
    shoppers.push(shopper)
    await shopper.send(question)
    await expect(agent.conversationShowing(question)).toBeVisible({ timeout: 15_000 })
  }

  // The upset shopper said how they feel before writing: the empathy card has something to show.
  const upset = new ShopperPage(await (await browser.newContext()).newPage(), attune.url)
  shoppers.push(upset)
  await upset.visitStore()
  await upset.openChat()
  await upset.choose('How are you feeling right now?', 'Upset')
  await upset.choose("What's behind it?", "Couldn't reach anyone")
  await upset.choose('What is it about?', 'Order & delivery')
  await upset.send(UPSET.question)
  await agent.open(UPSET.question)
  const tagBox = agent.page.getByRole('combobox', { name: enNotes.addTag })
  await tagBox.fill(UPSET.tag)
  await tagBox.press('Enter')
  await agent.reply(UPSET.reply)
  await upset.send(UPSET.answer)
  await expect(agent.conversation.getByText(UPSET.answer)).toBeVisible()
  // The note last, so it is on screen with the newest messages.
  await agent.page.getByRole('switch', { name: enNotes.switch }).click()
  await agent.page.getByRole('textbox', { name: enNotes.noteLabel }).fill(UPSET.note)
  await agent.page.getByRole('button', { name: 'Send', exact: true }).click()
  await expect(agent.conversation.getByText(UPSET.note)).toBeVisible()
  await context.close()
  for (const shopper of shoppers) await shopper.page.context().close()
})

for (const [lang, words] of LANGUAGES) {
  test(`inbox screens in ${lang}`, async ({ browser, attune }) => {
    await mkdir(dir, { recursive: true })
    const t = words.main
    const context = await browser.newContext({ locale: lang })
    await refuseReplies(context)
    const page = await context.newPage()

    await page.goto(`${attune.url}/inbox`)
    await expect(page.getByRole('heading', { name: t.signIn.title })).toBeVisible({ timeout: 15_000 })
    await shoot(page, `${lang}-01-sign-in`)

    await page.getByLabel(t.signIn.email, { exact: true }).fill(DEMO_AGENT.email)
    await page.getByLabel(t.signIn.password, { exact: true }).fill(DEMO_AGENT.password)
    await page.getByRole('button', { name: t.signIn.submit }).click()
    await expect(page.getByRole('button', { name: t.header.signOut })).toBeVisible({ timeout: 15_000 })
    const row = page.getByRole('navigation').getByRole('button').filter({ hasText: UPSET.answer })
    await expect(row).toBeVisible({ timeout: 15_000 })
    await expect(row).toContainText(UPSET.tag)
    await shoot(page, `${lang}-02-conversations`)

    await row.click()
    const card = page.getByRole('complementary', { name: t.card.title })
    await expect(card).toContainText(t.mood[2], { timeout: 15_000 })
    // As the inbox says it: in Arabic the name is isolated.
    await expect(page.getByText(isolating(words.notes, directionOf(t.locale) === 'rtl').noteBy(DEMO_AGENT_NAME))).toBeVisible({ timeout: 15_000 })
    await page.getByRole('textbox', { name: t.composer.label }).fill(REFUSED)
    await page.getByRole('button', { name: t.composer.send, exact: true }).click()
    await expect(page.getByText(words.notes.notSent.not_found)).toBeVisible({ timeout: 15_000 })
    await shoot(page, `${lang}-03-conversation`)

    const pages: [name: string, link: string, heading: string, ready: Locator][] = [
      ['insights', t.header.insights, words.insights.title, page.getByRole('heading', { name: words.insights.figures.title })],
      ['follow-ups', t.header['follow-ups'], words.afterChat.followUps.title, page.getByRole('table')],
      ['settings', t.header.settings, words.settings.title, page.getByRole('button', { name: words.settings.save })],
      ['canned-replies', t.header['canned-replies'], words.canned.title, page.getByRole('button', { name: words.canned.add, exact: true })],
      ['store', t.header.store, words.accounts.store.title, page.getByRole('textbox', { name: words.accounts.store.name, exact: true })],
      ['team', t.header.team, words.accounts.team.title, page.getByRole('combobox', { name: words.accounts.language.title })],
    ]
    for (const [index, [name, link, heading, ready]] of pages.entries()) {
      const numbered = `${lang}-${String(index + 4).padStart(2, '0')}-${name}`
      await visit(page, words, link, heading)
      await expect(ready).toBeVisible({ timeout: 15_000 })
      await shoot(page, numbered)
      if (name !== 'store') continue
      // The Store page is long: its business hours, further down, too.
      await page.getByRole('heading', { level: 3, name: words.hours.title, exact: true }).scrollIntoViewIfNeeded()
      await shoot(page, `${numbered}-hours`)
    }
    await context.close()
  })
}
