// What "the launcher is visible" and "open the chat" mean for each widget. The predicates run in
// the page and return performance.now() (ms since navigation start) once the launcher shows.

export const attune = {
  launcherVisible: () => {
    const button = document.querySelector('attune-chat')?.shadowRoot?.querySelector('button.launcher, button[aria-label*="Open chat"]')
    if (!button || !button.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false
    const box = button.getBoundingClientRect()
    return box.width > 0 && box.height > 0 && box.top < innerHeight ? performance.now() : false
  },
  async open(page) {
    const chat = page.locator('attune-chat')
    await chat.getByRole('button', { name: 'Open chat' }).click()
    // Ready: the message box, or the before-chat check-in card that may come first. The hover
    // that precedes Playwright's click is the intent that fetches the panel (decision 010).
    await chat.locator('[role="dialog"] textarea, [role="dialog"] [role="group"]').first().waitFor({ state: 'visible', timeout: 10_000 })
  },
}

// Rocket.Chat Livechat draws its launcher inside its own iframe (#rocketchat-iframe). Here the
// iframe is same-origin with the page, so the page can look inside it.
const RC_BUTTON = 'button[class*="screen__chat-button"]'

export const rocketChat = {
  launcherVisible: () => {
    const frame = document.getElementById('rocketchat-iframe')
    const button = frame?.contentDocument?.querySelector('button[class*="screen__chat-button"]')
    if (!frame || !button || !frame.checkVisibility() || !button.checkVisibility({ opacityProperty: true })) return false
    const box = button.getBoundingClientRect()
    return box.width > 0 && box.height > 0 ? performance.now() : false
  },
  async open(page) {
    await page.frameLocator('#rocketchat-iframe').locator(RC_BUTTON).click({ timeout: 10_000 })
  },
}
