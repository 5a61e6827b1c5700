import { expect, type Locator, type Page } from '@playwright/test'

/** The inbox's Store page, as an owner or admin uses it. */
export class StorePage {
  readonly page: Page

  constructor(page: Page) {
    this.page = page
  }

  get scriptTag(): Locator {
    return this.page.getByRole('textbox', { name: 'Script tag' })
  }

  get originField(): Locator {
    return this.page.getByRole('textbox', { name: 'Add an origin' })
  }

  /** The allowed origins, as listed. */
  get origins(): Locator {
    return this.page.getByRole('region', { name: 'Allowed origins' }).getByRole('listitem')
  }

  /** Opens the page from the header, as a person would. */
  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Store' }).click()
    await expect(this.page.getByRole('heading', { level: 2, name: 'Store' })).toBeVisible()
    await expect(this.scriptTag).toBeVisible()
  }

  /** Chooses the chat's Thai voice by its particle ("ค่ะ / คะ", "ครับ", "No particle") and saves it. */
  async setThaiVoice(particle: string): Promise<void> {
    const section = this.page.getByRole('region', { name: 'Thai voice of the chat' })
    await section.getByRole('radio', { name: new RegExp(`^${particle} —`) }).check()
    await section.getByRole('button', { name: 'Save voice' }).click()
    await expect(section.getByRole('status')).toHaveText('Saved.')
  }

  /**
   * Sets the store's business hours (issue 15) in its section: on, in `timeZone`, open only on
   * `day` (its English name) 9:00 to 17:00, with a typical reply time; saved.
   */
  async setHoursOnlyOn(day: string, timeZone: string, replyTime: string): Promise<void> {
    const section = this.page.getByRole('region', { name: 'Business hours' })
    await section.getByRole('checkbox', { name: 'Use business hours' }).check()
    await section.getByRole('combobox', { name: 'Time zone' }).selectOption(timeZone)
    // Empty every day, then give `day` the default range.
    const removes = section.getByRole('button', { name: /^Remove \w+day \d\d:\d\d–/ })
    while ((await removes.count()) > 0) await removes.first().click()
    await section.getByRole('button', { name: `Add hours to ${day}` }).click()
    await section.getByRole('combobox', { name: 'Typical reply time' }).selectOption({ label: replyTime })
    await section.getByRole('button', { name: 'Save business hours' }).click()
    await expect(section.getByRole('status').last()).toHaveText('Business hours saved.')
  }

  async addOrigin(origin: string): Promise<void> {
    await this.originField.fill(origin)
    await this.page.getByRole('button', { name: 'Add', exact: true }).click()
  }

  /** The message tied to the origin field (aria-describedby), once it is refused. */
  async originProblem(): Promise<string> {
    await expect(this.originField).toHaveAttribute('aria-invalid', 'true')
    const ids = (await this.originField.getAttribute('aria-describedby'))?.split(' ') ?? []
    return (await this.page.locator(`#${ids[0]}`).textContent()) ?? ''
  }

  /** The Greetings section (issue 15). */
  get greetings(): Locator {
    return this.page.getByRole('region', { name: 'Greetings' })
  }

  /** Adds a greeting on pages matching `pattern`, with a text per language ("English", "Thai"…); it is added off. */
  async addPageGreeting(pattern: string, texts: Record<string, string>): Promise<void> {
    const section = this.greetings
    await section.getByRole('button', { name: 'Add a greeting' }).click()
    await section.getByLabel('Show it').selectOption('url_pattern')
    await section.getByLabel('Page path').fill(pattern)
    await section.getByText('Texts in other languages (optional)').click()
    for (const [language, text] of Object.entries(texts)) await section.getByLabel(`Text in ${language}`).fill(text)
    await section.getByRole('button', { name: 'Save greeting' }).click()
    await expect(section.locator(':scope > [role="status"]')).toHaveText('Greeting added. It is off until you turn it on.')
  }

  /** Turns on the greeting named by its main text. */
  async turnOnGreeting(text: string): Promise<void> {
    await this.greetings.getByRole('checkbox', { name: `On the greeting “${text}”` }).check()
    await expect(this.greetings.locator(':scope > [role="status"]')).toHaveText(`“${text}” is on.`)
  }
}
