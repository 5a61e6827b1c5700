import { expect, type Page } from '@playwright/test'

/** Someone opening an invitation link in their own browser. */
export class Invitation {
  readonly page: Page

  constructor(page: Page) {
    this.page = page
  }

  /** Opens the link; the page names the store it joins. */
  async open(link: string, storeName: string): Promise<void> {
    await this.page.goto(link)
    await expect(this.page.getByRole('heading', { level: 1, name: `Join ${storeName}` })).toBeVisible()
  }

  /** A new person: a name and a password, then in the inbox. */
  async join(name: string, password: string): Promise<void> {
    await this.page.getByLabel('Your name').fill(name)
    await this.page.getByLabel('Choose a password').fill(password)
    await this.page.getByRole('button', { name: 'Join' }).click()
    await expect(this.page.getByRole('button', { name: 'Sign out' })).toBeVisible()
  }
}
