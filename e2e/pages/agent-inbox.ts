import { expect, type Locator, type Page } from '@playwright/test'

export const DEMO_AGENT = { email: 'agent@demo.store', password: 'demo-agent' }

/** The agent's side: the inbox web app. */
export class AgentInbox {
  readonly page: Page
  readonly url: string

  constructor(page: Page, url: string) {
    this.page = page
    this.url = url
  }

  get replyBox(): Locator {
    return this.page.getByRole('textbox', { name: 'Reply' })
  }

  get conversation(): Locator {
    return this.page.getByRole('log')
  }

  async signIn(credentials = DEMO_AGENT): Promise<void> {
    await this.page.goto(`${this.url}/inbox`)
    await this.page.getByLabel('Email').fill(credentials.email)
    await this.page.getByLabel('Password').fill(credentials.password)
    await this.page.getByRole('button', { name: 'Sign in' }).click()
    await expect(this.page.getByRole('button', { name: 'Sign out' })).toBeVisible()
  }

  /** The conversation in the list whose preview shows `text`. */
  conversationShowing(text: string): Locator {
    return this.page.getByRole('navigation').getByRole('button').filter({ hasText: text })
  }

  async open(previewText: string): Promise<void> {
    await this.conversationShowing(previewText).click()
    await expect(this.replyBox).toBeVisible()
  }

  async reply(text: string): Promise<void> {
    await this.replyBox.fill(text)
    await this.page.getByRole('button', { name: 'Send', exact: true }).click()
    await expect(this.conversation.getByText(text, { exact: true })).toBeVisible()
  }

  async resolve(): Promise<void> {
    await this.page.getByRole('button', { name: 'Resolve' }).click()
  }
}
