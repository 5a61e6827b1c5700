import { expect, type Locator, type Page } from '@playwright/test'
import { ar } from '../../packages/widget/src/i18n/ar.ts'
import type { Catalog } from '../../packages/widget/src/i18n/en.ts'

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

  /** The one element the widget adds to the host page. */
  get widget(): Locator {
    return this.page.locator('attune-chat')
  }

  /** The open chat panel (the non-modal dialog inside the widget's shadow root). */
  get panel(): Locator {
    return this.widget.locator('#attune-panel')
  }

  /** The store's greeting bubble beside the launcher (issue 15), in any language. */
  get greeting(): Locator {
    return this.widget.locator('section.greeting-bubble')
  }

  /** The launcher in any language (the `launcher` getter matches English names only). */
  get launcherButton(): Locator {
    return this.widget.locator('button.launcher')
  }

  /** The hidden file input the "Attach a file" button opens (for `setInputFiles`). */
  get fileInput(): Locator {
    return this.panel.locator('input[type="file"]')
  }

  /**
   * The widget chunks this page fetches from now on, by name (launcher, panel, locale-en, rich…):
   * the array fills as they are requested.
   */
  widgetChunks(): string[] {
    const chunks: string[] = []
    this.page.on('request', (request) => {
      // The hash is six characters (packages/widget/vite.config.ts) and may itself hold a '-'.
      const name = /\/widget\/assets\/([a-z-]+)-[\w-]{6}\.js$/.exec(request.url())?.[1]
      if (name) chunks.push(name)
    })
    return chunks
  }

  /** The WebSockets this page opens from now on, by URL: the array fills as they open. */
  sockets(): string[] {
    const urls: string[] = []
    this.page.on('websocket', (socket) => urls.push(socket.url()))
    return urls
  }

  /** Resolves after the page has had two idle moments: what the widget would do "at idle" is done. */
  async settle(): Promise<void> {
    for (let i = 0; i < 2; i++) {
      await this.page.evaluate(() => new Promise((done) => requestIdleCallback(() => setTimeout(done, 300), { timeout: 5_000 })))
    }
  }

  async visitStore(): Promise<void> {
    await this.page.goto(`${this.url}/`)
    await expect(this.page.getByRole('button', { name: /^Open chat/ })).toBeVisible({ timeout: 15_000 })
  }

  /** Opens any page that embeds the widget and waits for the launcher. */
  async visit(url: string): Promise<void> {
    await this.page.goto(url)
    await expect(this.launcherButton).toBeVisible({ timeout: 15_000 })
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

  /**
   * On a store page in the language `code` (whose widget catalog is `words`): opens the chat, skips
   * the before card and sends `text`, naming each control by that widget's own words.
   */
  async askIn(code: string, words: Catalog, pageUrl: string, text: string): Promise<void> {
    await this.visit(`${pageUrl}/lang.html?lang=${code}`)
    await this.launcherButton.click()
    await this.panel.getByRole('button', { name: words['checkin.skip'] as string, exact: true }).click()
    const messageBox = this.panel.getByRole('textbox', { name: words['composer.label'] as string, exact: true })
    await messageBox.fill(text)
    await messageBox.press('Enter')
  }

  /** `askIn` on a store page in Arabic. */
  askInArabic(pageUrl: string, text: string): Promise<void> {
    return this.askIn('ar', ar, pageUrl, text)
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
