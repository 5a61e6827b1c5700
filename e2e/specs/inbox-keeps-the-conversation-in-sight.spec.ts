import { expectNoAxeViolations } from '../fixtures/axe.ts'
import { test, expect } from '../fixtures/test.ts'
import type { ShopperPage } from '../pages/shopper-page.ts'

/*
 * An agent reads the conversation and answers it on whatever screen they have. The messages keep
 * their share of the height beside the reply tools and the empathy card, the newest message is in
 * view (also after the screen changes size), the reply box is in reach, and the suggested
 * acknowledgements scroll into view within the reply area. Before, the reply tools kept their
 * full height: the messages had 66 px on a laptop, and none on a shorter laptop, a tablet or a
 * phone, where even the reply box was below the edge. Screenshots stay in the output folder
 * (inbox-conversation-<size>.png) for a human to look at.
 */
const SIZES = {
  laptop: { width: 1280, height: 800 },
  'short laptop': { width: 1366, height: 650 },
  tablet: { width: 820, height: 1180 },
  'tablet turned': { width: 1180, height: 820 },
  phone: { width: 390, height: 844 },
}
const LINES = ['Hello?', 'My parcel is three days late.', 'Order 1042, it was due on Monday.', 'Is anyone there? Where is my parcel?']

/** A shopper who is upset, could not reach anyone about an order, writes `lines`: the card and the suggestions have something to say. */
async function upsetShopperWrites(shopper: ShopperPage, lines: readonly string[]): Promise<void> {
  await shopper.visitStore()
  await shopper.openChat()
  await shopper.choose('How are you feeling right now?', 'Upset')
  await shopper.choose("What's behind it?", "Couldn't reach anyone")
  await shopper.choose('What is it about?', 'Order & delivery')
  for (const line of lines) await shopper.send(line)
}

test('an agent sees the newest messages and reaches the reply box on a laptop, a tablet and a phone', async ({ shopper, agent }, testInfo) => {
  test.setTimeout(300_000)
  await upsetShopperWrites(shopper, LINES)
  const newest = LINES[LINES.length - 1]!
  await expect(agent.conversationShowing(newest)).toBeVisible({ timeout: 15_000 })

  const { page } = agent
  const log = agent.conversation
  const newestInLog = log.getByText(newest, { exact: true })
  const suggestion = page.getByRole('group', { name: 'Suggested acknowledgements' }).getByRole('button').first()
  for (const [name, size] of Object.entries(SIZES)) {
    await page.setViewportSize(size)
    await page.reload()
    await agent.open(newest)
    await expect(newestInLog, `${name}: the newest message`).toBeInViewport({ ratio: 1 })
    await page.screenshot({ path: testInfo.outputPath(`inbox-conversation-${name}.png`), animations: 'disabled' })
    await expect(agent.replyBox, `${name}: the reply box`).toBeInViewport({ ratio: 0.9 })
    const box = (await log.boundingBox())!
    expect(box.height, `${name}: the messages' height`).toBeGreaterThanOrEqual(size.height * 0.15)
    // The card still says how the shopper feels, beside or above the messages.
    await expect(page.getByRole('complementary', { name: 'How the shopper feels' }), `${name}: the card`).toBeInViewport()
    // On a laptop the reply area shows whole, unscrolled: it scrolled inside, its chips below its edge.
    if (name.includes('laptop')) await expect(suggestion, `${name}: a suggested acknowledgement, unscrolled`).toBeInViewport({ ratio: 1 })
    await suggestion.scrollIntoViewIfNeeded()
    await expect(suggestion, `${name}: a suggested acknowledgement`).toBeInViewport({ ratio: 1 })
  }

  // A window made smaller (or a tablet turned) keeps the newest message in view.
  await page.setViewportSize(SIZES.laptop)
  await page.reload()
  await agent.open(newest)
  await page.setViewportSize(SIZES['short laptop'])
  await expect(newestInLog, 'a smaller window: the newest message').toBeInViewport({ ratio: 1 })

  // On a phone the conversation has the screen; back at the list, the pages' links are there.
  await page.setViewportSize(SIZES.phone)
  await expect(newestInLog, 'a phone: the newest message').toBeInViewport({ ratio: 1 })
  await expectNoAxeViolations(page, 'inbox conversation on a phone')
  await page.getByRole('button', { name: 'Back to conversations' }).click()
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Insights' })).toBeInViewport()
  // A suggestion chosen on the phone starts the reply, as anywhere else.
  await agent.open(newest)
  await suggestion.scrollIntoViewIfNeeded()
  const words = (await suggestion.textContent())!.trim()
  await suggestion.click()
  await expect(agent.replyBox).toHaveValue(new RegExp(`^${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))
})

/*
 * A short screen: a 1280×800 laptop at 200% zoom (640×400 CSS px), a phone turned sideways, and
 * WCAG 1.4.10's 320×256 (400% zoom). Held to one screen, the header took it all: the messages had
 * 32 px, none, or the list could not be reached to open a conversation at all. The inbox scrolls
 * as a page there, and the messages keep at least half a screen of their own.
 */
const SHORT = {
  'laptop at 200%': { width: 640, height: 400 },
  'wide window at 200%': { width: 960, height: 400 },
  'phone turned': { width: 844, height: 390 },
  '320 × 256 (400%)': { width: 320, height: 256 },
}

test('on a short screen the inbox scrolls as a page, and the messages keep half a screen', async ({ shopper, agent }, testInfo) => {
  test.setTimeout(300_000)
  const newest = 'Still waiting for order 1042, is anyone there?'
  await upsetShopperWrites(shopper, [newest])
  await expect(agent.conversationShowing(newest)).toBeVisible({ timeout: 15_000 })

  const { page } = agent
  for (const [name, size] of Object.entries(SHORT)) {
    await page.setViewportSize(size)
    await page.reload()
    await agent.open(newest)
    const box = (await agent.conversation.boundingBox())!
    expect(box.height, `${name}: the messages' height`).toBeGreaterThanOrEqual(size.height * 0.5)
    // The page scrolls down, never sideways (WCAG 1.4.10): a hidden label in the actions' row once made it 653 px wide at 320.
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name}: the page is as wide as the screen`).toBeLessThanOrEqual(
      size.width,
    )
    // Scrolled to the middle, as a person brings it up to read. Lined up with the screen's edge
    // instead (scrollIntoViewIfNeeded), a message at y = 256.28 stayed 0.28 px short: Chromium
    // scrolls by whole pixels.
    const newestInLog = agent.conversation.getByText(newest, { exact: true })
    await newestInLog.evaluate((element) => element.scrollIntoView({ block: 'center' }))
    await expect(newestInLog, `${name}: the newest message`).toBeInViewport({ ratio: 1 })
    await page.screenshot({ path: testInfo.outputPath(`inbox-conversation-${name}.png`), animations: 'disabled' })
    await agent.replyBox.scrollIntoViewIfNeeded()
    await expect(agent.replyBox, `${name}: the reply box`).toBeInViewport()
    const card = page.getByRole('complementary', { name: 'How the shopper feels' })
    await card.scrollIntoViewIfNeeded()
    await expect(card, `${name}: the card`).toBeInViewport()
  }
  await page.setViewportSize(SHORT['laptop at 200%'])
  await expectNoAxeViolations(page, 'inbox conversation, a laptop at 200% zoom')
})
