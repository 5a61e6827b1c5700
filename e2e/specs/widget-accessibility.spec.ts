import { expectNoAxeViolations } from '../fixtures/axe.ts'
import { test, expect } from '../fixtures/test.ts'
import { focused, tabUntil } from '../pages/focus.ts'

/*
 * The widget is usable by everyone on the demo store page: axe (WCAG 2.0–2.2 A/AA, shadow DOM
 * included) finds nothing in any state the shopper can reach, and the keyboard, screen-reader,
 * zoom, reduced-motion and target-size promises of the README hold in a real browser.
 */
const BEFORE = 'How are you feeling right now?'

test.describe('axe finds no WCAG A/AA violations', () => {
  test('with the widget closed', async ({ shopper }) => {
    await shopper.visitStore()
    await expectNoAxeViolations(shopper.page, 'closed')
  })

  test('with the before-chat check-in card showing', async ({ shopper }) => {
    await shopper.visitStore()
    await shopper.openChat()
    await expect(shopper.checkIn(BEFORE)).toBeVisible({ timeout: 15_000 })
    await expectNoAxeViolations(shopper.page, 'check-in card')
  })

  test('with the panel open and a conversation going', async ({ shopper, agent }) => {
    await shopper.visitStore()
    await shopper.openChat()
    await shopper.choose(BEFORE, 'Good')
    await shopper.choose('What is it about?', 'A product')
    await shopper.send('Is the linen tote machine washable?')
    await agent.open('linen tote machine washable')
    await agent.reply('Yes — **cold wash**, then dry flat.')
    await shopper.expectMessage('Yes — cold wash, then dry flat.')
    await expectNoAxeViolations(shopper.page, 'open, conversation')
  })

  test('showing a refused attachment', async ({ shopper }) => {
    await shopper.visitStore()
    await shopper.openChat()
    // The before card comes a moment after the panel: axe it once it is there, not while it rises.
    await expect(shopper.checkIn(BEFORE)).toBeVisible({ timeout: 15_000 })
    await shopper.fileInput.setInputFiles({ name: 'setup.exe', mimeType: 'application/x-msdownload', buffer: Buffer.from('MZ') })
    await expect(shopper.panel.getByRole('alert')).toContainText("setup.exe can't be sent here")
    await expectNoAxeViolations(shopper.page, 'error: refused attachment')
  })

  test('showing the offline notice', async ({ shopper, shopperNetwork }) => {
    await shopper.visitStore()
    await shopper.openChat()
    await expect(shopper.checkIn(BEFORE)).toBeVisible({ timeout: 15_000 })
    await shopperNetwork.goOffline()
    await expect(shopper.panel.getByRole('status').filter({ hasText: 'You are offline' })).toBeVisible()
    await expectNoAxeViolations(shopper.page, 'error: offline notice')
  })

  test('open on a phone (390×844)', async ({ shopper }) => {
    await shopper.page.setViewportSize({ width: 390, height: 844 })
    await shopper.visitStore()
    await shopper.openChat()
    await expect(shopper.checkIn(BEFORE)).toBeVisible({ timeout: 15_000 })
    // Full screen below 640 px (WCAG 1.4.10).
    await expect.poll(async () => (await shopper.panel.boundingBox())?.width).toBe(390)
    await expectNoAxeViolations(shopper.page, 'phone 390×844, open')
  })
})

// The theme may put the widget in the other corner (left in English, right in Arabic): on a phone
// the panel still takes the whole screen (WCAG 1.4.10), not the width of what it holds.
for (const [lang, position] of [
  ['en', 'left'],
  ['ar', 'right'],
] as const) {
  test(`on a phone the panel takes the whole screen with the widget in the ${position} corner (${lang})`, async ({ shopper, hostPages }) => {
    await shopper.page.setViewportSize({ width: 390, height: 844 })
    await shopper.visit(`${hostPages.url}/lang.html?lang=${lang}`)
    await shopper.widget.evaluate((chat, side) => ((chat as HTMLElement & { theme: object }).theme = { position: side }), position)
    await shopper.launcherButton.click()
    await expect(shopper.panel.locator('textarea')).toBeFocused()
    await expect.poll(async () => await shopper.panel.boundingBox()).toMatchObject({ x: 0, width: 390 })
  })
}

test('keyboard: Tab reaches the launcher, Enter opens into the message box, Enter sends, Escape closes back to the launcher', async ({ shopper }) => {
  await shopper.visitStore()
  await shopper.page.locator('body').focus()
  await tabUntil(shopper.page, (f) => f?.className.includes('launcher') === true)
  await expect(shopper.launcher).toHaveAttribute('aria-expanded', 'false')

  await shopper.page.keyboard.press('Enter')
  await expect(shopper.launcher).toHaveAttribute('aria-expanded', 'true')
  await expect(shopper.messageBox).toBeFocused()

  await shopper.page.keyboard.type('Do you ship to Laos?')
  await shopper.page.keyboard.press('Enter')
  await shopper.expectMessage('Do you ship to Laos?')
  await expect(shopper.messageBox).toHaveValue('')
  await expect(shopper.messageBox).toBeFocused()

  await shopper.page.keyboard.press('Escape')
  await expect(shopper.panel).toHaveCount(0)
  await expect(shopper.launcher).toHaveAttribute('aria-expanded', 'false')
  await expect(shopper.launcher).toBeFocused()
})

test('keyboard: the whole check-in card is operable — Tab to the faces, arrows move, Enter and Space answer', async ({ shopper, agent }) => {
  await shopper.visitStore()
  await shopper.launcher.focus()
  await shopper.page.keyboard.press('Enter')
  await expect(shopper.messageBox).toBeFocused()
  const card = shopper.checkIn(BEFORE)
  await expect(card).toBeVisible({ timeout: 15_000 })
  // The card never takes focus by itself.
  await expect(shopper.messageBox).toBeFocused()

  // Back from the message box into the faces (a radio group is one tab stop; with none checked,
  // Shift+Tab lands on its last option).
  await tabUntil(shopper.page, (f) => f?.tag === 'input' && f.name.startsWith('Very happy'), { backwards: true, max: 6 })
  // Arrows move (and only select: the card stays), Enter answers with the focused face.
  await shopper.page.keyboard.press('ArrowLeft')
  expect(await focused(shopper.page)).toMatchObject({ tag: 'input', value: '4' })
  await expect(card).toBeVisible()
  await expect(card.getByRole('radio', { name: 'Good', exact: true })).toBeChecked()
  await shopper.page.keyboard.press('Enter')

  // The next step takes focus, since the shopper moved on; Space answers there.
  const topic = shopper.checkIn('What is it about?')
  await expect(topic).toBeVisible()
  await expect(topic.getByRole('radio', { name: 'Order & delivery', exact: true })).toBeFocused()
  await shopper.page.keyboard.press('ArrowDown')
  await expect(topic.getByRole('radio', { name: 'A product', exact: true })).toBeFocused()
  await shopper.page.keyboard.press('Space')
  await expect(shopper.panel.getByText('Thank you for telling us. How can we help?')).toBeFocused()

  // The answers reached the agent.
  await shopper.messageBox.focus()
  await shopper.page.keyboard.type('Which pot fits the snake plant?')
  await shopper.page.keyboard.press('Enter')
  await agent.open('snake plant')
  await expect(agent.page.getByRole('complementary', { name: 'How the shopper feels' })).toContainText('good')
})

test('new agent messages are announced: added inside the polite log, and by the launcher while closed', async ({ shopper, agent }) => {
  await shopper.visitStore()
  await shopper.openChat()
  await shopper.send('Can I change my delivery address?')
  const log = shopper.panel.getByRole('log')
  // role=log is a polite live region; additions are what gets read out.
  await expect(log).toHaveAttribute('aria-relevant', 'additions')
  await expect(log).not.toHaveAttribute('aria-live', 'off')
  await agent.open('change my delivery address')
  await agent.reply('Of course — what is the new address?')
  await expect(log.getByText('Of course — what is the new address?', { exact: true })).toBeVisible()

  // Closed: the launcher's polite status region says there is something new.
  await shopper.page.keyboard.press('Escape')
  await agent.reply('I can also hold it at the depot.')
  await expect(shopper.widget.getByRole('status').filter({ hasText: '1 unread message' })).toBeAttached()
  await expect(shopper.page.getByRole('button', { name: /^Open chat/, description: '1 unread message' })).toBeVisible()
})

test('at 200% zoom (640×400 CSS px) the panel fits and the composer is visible and usable', async ({ shopper }) => {
  await shopper.page.setViewportSize({ width: 640, height: 400 })
  await shopper.visitStore()
  await shopper.openChat()
  await expect(shopper.checkIn(BEFORE)).toBeVisible({ timeout: 15_000 })
  const panel = await shopper.panel.boundingBox()
  expect(panel).not.toBeNull()
  expect(panel!.x).toBeGreaterThanOrEqual(0)
  expect(panel!.y).toBeGreaterThanOrEqual(0)
  expect(panel!.x + panel!.width).toBeLessThanOrEqual(640)
  expect(panel!.y + panel!.height).toBeLessThanOrEqual(400)
  // Fully shown: not cut off by the viewport nor by the panel's own overflow.
  await expect(shopper.messageBox).toBeInViewport({ ratio: 1 })
  await expect(shopper.panel.getByRole('button', { name: 'Send', exact: true })).toBeInViewport({ ratio: 1 })
  await shopper.page.screenshot({ path: test.info().outputPath('zoom-200-card.png') })
  // The card (scrolled within the panel when it does not fit) can still be answered.
  await shopper.choose(BEFORE, 'Good')
  await shopper.choose('What is it about?', 'A product')
  await expect(shopper.messageBox).toBeInViewport({ ratio: 1 })
  await shopper.send('Reading this zoomed in')
})

test('with reduced motion the panel and the card neither animate nor transition', async ({ shopper }) => {
  const motion = () =>
    shopper.widget.evaluate((host) =>
      [...host.shadowRoot!.querySelectorAll('*')]
        .map((el) => ({ el, style: getComputedStyle(el) }))
        .filter(({ style }) => style.animationName !== 'none' || style.transitionDuration.split(',').some((d) => parseFloat(d) > 0))
        .map(({ el, style }) => `${el.className || el.tagName}: ${style.animationName} / ${style.transitionDuration}`),
    )
  // The check itself sees motion when it is allowed (so an empty list below means something).
  await shopper.page.emulateMedia({ reducedMotion: 'no-preference' })
  await shopper.visitStore()
  await shopper.openChat()
  await expect(shopper.checkIn(BEFORE)).toBeVisible({ timeout: 15_000 })
  expect(await motion()).toContain('panel: attune-rise / 0s')

  await shopper.page.emulateMedia({ reducedMotion: 'reduce' })
  await shopper.page.reload()
  await shopper.openChat()
  await expect(shopper.checkIn(BEFORE)).toBeVisible({ timeout: 15_000 })
  const panel = await shopper.panel.evaluate((el) => {
    const style = getComputedStyle(el)
    return { animation: style.animationName, transition: style.transitionDuration }
  })
  expect(panel).toEqual({ animation: 'none', transition: '0s' })
  expect(await motion()).toEqual([])
})

test('every button in the widget is a target of at least 24×24 px (WCAG 2.5.8)', async ({ shopper, agent }) => {
  const tooSmall = async () => {
    const small: string[] = []
    const targets = shopper.widget.locator('button:visible, .ci-option:visible')
    for (const target of await targets.all()) {
      const box = await target.boundingBox()
      const name = (await target.getAttribute('aria-label')) ?? (await target.innerText()).trim()
      if (!box || box.width < 24 || box.height < 24) small.push(`${name}: ${box?.width}×${box?.height}`)
    }
    return { count: await targets.count(), small }
  }
  await shopper.visitStore()
  expect(await tooSmall()).toEqual({ count: 1, small: [] })

  await shopper.openChat()
  await expect(shopper.checkIn(BEFORE)).toBeVisible({ timeout: 15_000 })
  // Launcher, hide, attach, send, five faces, Skip, "Don't ask me again".
  expect(await tooSmall()).toEqual({ count: 11, small: [] })

  await shopper.choose(BEFORE, 'Okay')
  await shopper.choose('What is it about?', 'Payment')
  await shopper.send('Do you take PayPal?')
  await agent.open('Do you take PayPal')
  await agent.reply('We do!')
  await shopper.expectMessage('We do!')
  const { small } = await tooSmall()
  expect(small).toEqual([])
})
