import { expect, type Locator, type Page } from '@playwright/test'

/** The shopper's side: the demo store page with the widget the script tag loaded. */
export class ShopperPage {
  readonly page: Page
  readonly url: string

  constructor(page: Page, url: string) {
    this.page = page
    this.url = url
  }

  get launcher(): Locator {
    return this.page.getByRole('button', { name: /^(Open|Close) chat/ })
  }

  get messages(): Locator {
    return this.page.getByRole('log')
  }

  get messageBox(): Locator {
    return this.page.getByRole('textbox', { name: 'Message' })
  }

  async visitStore(): Promise<void> {
    await this.page.goto(`${this.url}/`)
    await expect(this.page.getByRole('button', { name: /^Open chat/ })).toBeVisible({ timeout: 15_000 })
  }

  async openChat(): Promise<void> {
    await this.page.getByRole('button', { name: /^Open chat/ }).click()
    await expect(this.messageBox).toBeVisible()
  }

  async send(text: string): Promise<void> {
    await this.messageBox.fill(text)
    await this.page.getByRole('button', { name: 'Send', exact: true }).click()
    await expect(this.messages.getByText(text, { exact: true })).toBeVisible()
  }

  async expectMessage(text: string): Promise<void> {
    await expect(this.messages.getByText(text, { exact: true })).toBeVisible()
  }

  /** A check-in card (a radio group named by its question). */
  checkIn(question: string): Locator {
    return this.page.getByRole('group', { name: question })
  }

  /** Answers a check-in step by choosing the option with this label (one tap answers). */
  async choose(question: string, option: string): Promise<void> {
    const card = this.checkIn(question)
    await expect(card).toBeVisible({ timeout: 15_000 })
    await card.getByRole('radio', { name: option, exact: true }).click()
  }
}
