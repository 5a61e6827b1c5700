import { expect, type Locator, type Page } from '@playwright/test'

/** The Store page's Webhooks section, as an owner or admin uses it. */
export class WebhooksSection {
  readonly page: Page
  readonly section: Locator

  constructor(page: Page) {
    this.page = page
    this.section = page.getByRole('region', { name: 'Webhooks' })
  }

  /** Adds an endpoint for only these events (by their names on screen) and returns its secret, shown once. */
  async add(url: string, events: string[]): Promise<string> {
    await this.section.getByRole('textbox', { name: 'Endpoint URL' }).fill(url)
    const boxes = this.section.getByRole('group', { name: 'Send these events' }).getByRole('checkbox')
    for (const box of await boxes.all()) {
      const name = (await box.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '')) ?? ''
      await box.setChecked(events.some((e) => name.startsWith(e)))
    }
    await this.section.getByRole('button', { name: 'Add endpoint' }).click()
    await expect(this.section.getByRole('status').last()).toHaveText(/Endpoint added/)
    const secret = this.section.getByRole('textbox', { name: `Signing secret for ${url}` })
    await expect(secret).toBeFocused()
    return secret.inputValue()
  }

  get log(): Locator {
    return this.section.getByRole('region', { name: 'Delivery log' })
  }

  /** The log's rows as [event, try, result] once it holds `count` of them (refreshed until then). */
  async logRows(count: number): Promise<string[][]> {
    let rows: string[][] = []
    await expect(async () => {
      await this.log.getByRole('button', { name: 'Refresh log' }).click()
      rows = await this.log
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')))
      expect(rows.length).toBeGreaterThanOrEqual(count)
    }).toPass({ timeout: 45_000 })
    return rows
  }
}
