import { expect, type Locator, type Page } from '@playwright/test'

/** The shopper's side on a store's own chat UI, built on the headless core (examples/headless). */
export class HeadlessChat {
  readonly page: Page

  constructor(page: Page) {
    this.page = page
  }

  get conversation(): Locator {
    return this.page.getByRole('log', { name: 'Conversation' })
  }

  get messageBox(): Locator {
    return this.page.getByRole('textbox', { name: 'Your message' })
  }

  get status(): Locator {
    return this.page.getByRole('status')
  }

  /** Opens the site, talking to the Attune server at `server` (another origin). */
  async visit(siteUrl: string, server: string): Promise<void> {
    await this.page.goto(`${siteUrl}/?server=${encodeURIComponent(server)}`)
    await expect(this.status).toHaveText(/^Connected/, { timeout: 15_000 })
  }

  async send(text: string): Promise<void> {
    await this.messageBox.fill(text)
    await this.page.getByRole('button', { name: 'Send', exact: true }).click()
    await expect(this.message(text)).toBeVisible()
  }

  /** The row of the message showing `text`. */
  message(text: string): Locator {
    return this.conversation.getByRole('listitem').filter({ has: this.page.getByText(text, { exact: true }) })
  }

  /** The delivery state under one of the shopper's own messages ("Sent", "Delivered", "Read"…). */
  async expectDelivery(text: string, state: string, timeout?: number): Promise<void> {
    await expect(this.message(text).getByText(state, { exact: true })).toBeVisible(timeout ? { timeout } : {})
  }
}
