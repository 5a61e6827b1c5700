import { expect, type Locator, type Page } from '@playwright/test'
import type { InboxMessages } from '../../packages/inbox/src/i18n/en.ts'

export const DEMO_AGENT = { email: 'agent@demo.store', password: 'demo-agent' }

/** Signs the demo store's owner in on `page`, the form read in the words of the page's language. */
export async function signInAsDemoOwner(page: Page, url: string, words: Pick<InboxMessages, 'signIn' | 'header'>): Promise<void> {
  const t = words.signIn
  await page.goto(`${url}/inbox`)
  await page.getByLabel(t.email, { exact: true }).fill(DEMO_AGENT.email)
  await page.getByLabel(t.password, { exact: true }).fill(DEMO_AGENT.password)
  await page.getByRole('button', { name: t.submit }).click()
  await expect(page.getByRole('button', { name: words.header.signOut })).toBeVisible({ timeout: 15_000 })
}

/** The agent's side: the inbox web app. */
export class AgentInbox {
  readonly page: Page
  readonly url: string

  constructor(page: Page, url: string) {
    this.page = page
    this.url = url
  }

  /** Content-Security-Policy violations seen in the inbox's pages (see watchPolicy). */
  readonly policyViolations: string[] = []

  /**
   * Records every Content-Security-Policy violation in this browser context, from the next page
   * load on: the inbox's strict policy must never get in its own way (issue 11).
   */
  async watchPolicy(): Promise<void> {
    const context = this.page.context()
    await context.exposeFunction('__attuneInboxPolicy', (report: string) => void this.policyViolations.push(report))
    await context.addInitScript(() => {
      document.addEventListener(
        'securitypolicyviolation',
        (e) => {
          const report = (window as unknown as { __attuneInboxPolicy?: (s: string) => void }).__attuneInboxPolicy
          report?.(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`)
        },
        true,
      )
    })
    this.page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) this.policyViolations.push(message.text())
    })
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
    // Exact: the sidebar's "Resolved" view (issue 14) is a button too.
    await this.page.getByRole('button', { name: 'Resolve', exact: true }).click()
  }
}
