import type { Page } from '@playwright/test'
import { enAlerts } from '../../packages/inbox/src/i18n/en-alerts.ts'
import { th } from '../../packages/inbox/src/i18n/th/index.ts'
import { expectNoAxeViolations } from '../fixtures/axe.ts'
import type { RunningServer } from '../fixtures/server.ts'
import { serverOfItsOwn, test as base, expect } from '../fixtures/test.ts'
import { AgentInbox } from '../pages/agent-inbox.ts'

/**
 * Issue 14: a new conversation raises the tab title's count and a desktop notification while the
 * inbox's tab is hidden; the keyboard shortcuts are listed under "?" and "j" opens the waiting
 * conversation. The agent's inbox language changes to Thai here: a server of its own (fixtures/test.ts).
 */
const test = base.extend<{ alertedAgent: AgentInbox }, { attune: RunningServer }>({
  attune: serverOfItsOwn(),
  // The agent's browser lets the inbox notify (as after "Allow"), and records each Notification
  // the page constructs — the real API still shows it.
  alertedAgent: async ({ browser, attune }, use) => {
    const context = await browser.newContext({ permissions: ['notifications'] })
    await context.addInitScript(() => {
      const Real = window.Notification
      const shown: { title: string; body?: string; tag?: string }[] = []
      const instances: Notification[] = []
      class Recorded extends Real {
        constructor(title: string, options?: NotificationOptions) {
          shown.push({ title, ...(options?.body ? { body: options.body } : {}), ...(options?.tag ? { tag: options.tag } : {}) })
          super(title, options)
          instances.push(this)
        }
      }
      Object.assign(window, { Notification: Recorded, __shown: shown, __notifications: instances })
    })
    const inbox = new AgentInbox(await context.newPage(), attune.url)
    await inbox.signIn()
    await use(inbox)
    await context.close()
  },
})

const QUESTION = 'Does the walnut cutting board come oiled?'
const TITLE = 'Attune Inbox'

/** The tab goes to the background (another tab in front), as the browser tells a page: a real visibilitychange. */
async function setHidden(page: Page, hidden: boolean): Promise<void> {
  await page.evaluate((hide) => {
    if (hide) {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' })
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true })
      Object.defineProperty(document, 'hasFocus', { configurable: true, value: () => false })
    } else {
      // The instance's own properties go: the document's real ones show through again.
      for (const name of ['visibilityState', 'hidden', 'hasFocus']) delete (document as unknown as Record<string, unknown>)[name]
    }
    document.dispatchEvent(new Event('visibilitychange'))
  }, hidden)
}

const recorded = (page: Page) => page.evaluate(() => (window as unknown as { __shown: { title: string; body?: string }[] }).__shown)

test('a new conversation while the inbox is hidden counts in the title and notifies; shortcuts open it and list themselves under "?"', async ({
  alertedAgent: agent,
  shopper,
}, testInfo) => {
  test.setTimeout(180_000)
  const { page } = agent
  const shot = (name: string) => page.screenshot({ path: testInfo.outputPath(`inbox-alerts-${name}.png`), animations: 'disabled' })
  // The alerts' chunk is in; the browser already allows notifications, so nobody is asked.
  await expect(page.getByRole('button', { name: enAlerts.shortcuts.button })).toBeVisible({ timeout: 15_000 })
  await expect(page.getByRole('button', { name: enAlerts.desktop.turnOn })).toHaveCount(0)
  await expect(page).toHaveTitle(TITLE)

  await setHidden(page, true)
  await shopper.visitStore()
  await shopper.openChat()
  await shopper.send(QUESTION)

  await expect(page).toHaveTitle(`(1) ${TITLE}`, { timeout: 15_000 })
  await expect
    .poll(() => recorded(page))
    .toEqual([{ title: expect.stringMatching(/^New conversation: Visitor \w{4}$/), body: QUESTION, tag: expect.any(String) }])

  // A click on the notification brings the tab forward and opens the conversation.
  await page.evaluate(() => (window as unknown as { __notifications: Notification[] }).__notifications[0]!.dispatchEvent(new Event('click')))
  await expect(agent.conversation.getByText(QUESTION, { exact: true })).toBeVisible()
  await setHidden(page, false)
  await expect(page).toHaveTitle(TITLE)

  // From a fresh inbox with nothing open, "j" opens the waiting conversation.
  await page.reload()
  await expect(page.getByRole('button', { name: enAlerts.shortcuts.button })).toBeVisible({ timeout: 15_000 })
  await expect(agent.conversationShowing(QUESTION)).toBeVisible({ timeout: 15_000 })
  await expect(agent.replyBox).toHaveCount(0)
  await page.keyboard.press('j')
  await expect(agent.conversation.getByText(QUESTION, { exact: true })).toBeVisible()
  await expect(agent.conversationShowing(QUESTION)).toHaveAttribute('aria-current', 'true')
  // "r" goes to the reply box, where "j" is a letter; Escape leaves it.
  await page.keyboard.press('r')
  await expect(agent.replyBox).toBeFocused()
  await page.keyboard.type('j')
  await expect(agent.replyBox).toHaveValue('j')
  await page.keyboard.press('Escape')
  await expect(agent.replyBox).not.toBeFocused()

  // "?" lists the shortcuts in a modal dialog; Escape closes it and the focus comes back.
  const trigger = page.getByRole('button', { name: enAlerts.shortcuts.button })
  await trigger.focus()
  await page.keyboard.press('Shift+Slash')
  const dialog = page.getByRole('dialog', { name: enAlerts.shortcuts.title })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('row', { name: `j ${enAlerts.shortcuts.actions.next}` })).toBeVisible()
  await expect(dialog.getByRole('button', { name: enAlerts.shortcuts.close })).toBeFocused()
  await shot('shortcuts-en-desktop')
  await expectNoAxeViolations(page, 'inbox, keyboard shortcuts dialog, English')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(trigger).toBeFocused()

  // In Thai: the dialog reads in Thai and passes axe too, on a desktop and a tablet.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team', exact: true }).click()
  await expect(page.getByRole('heading', { level: 3, name: enAlerts.settings.title })).toBeVisible({ timeout: 15_000 })
  await expect(page.getByRole('checkbox', { name: enAlerts.settings.sound })).toBeChecked()
  await expect(page.getByText(enAlerts.desktop.granted)).toBeVisible()
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'ไทย' })
  await page.getByRole('button', { name: 'Save language' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'th', { timeout: 15_000 })
  await expect(page.getByRole('heading', { level: 3, name: th.alerts.settings.title })).toBeVisible()
  await shot('team-th')
  await page.getByRole('navigation', { name: th.main.header.nav }).getByRole('link', { name: th.main.header.conversations, exact: true }).click()
  for (const [size, viewport] of Object.entries({ desktop: { width: 1280, height: 800 }, tablet: { width: 820, height: 1180 } })) {
    await page.setViewportSize(viewport)
    await page.locator('body').press('Shift+Slash')
    const thai = page.getByRole('dialog', { name: th.alerts.shortcuts.title })
    await expect(thai).toBeVisible()
    await expect(thai).toContainText(th.alerts.shortcuts.actions.next)
    await shot(`shortcuts-th-${size}`)
    await expectNoAxeViolations(page, `inbox in th, keyboard shortcuts dialog, ${size}`)
    await thai.getByRole('button', { name: th.alerts.shortcuts.close }).click()
    await expect(thai).toBeHidden()
  }
})
