import { expect, type Locator, type Page } from '@playwright/test'

/** Agent care in the inbox (issue 16): the check-in offered to the agent, and the hand-off alerts. */
export class AgentCare {
  constructor(readonly page: Page) {}

  /** The corner where notices for this person appear. */
  get corner(): Locator {
    return this.page.getByRole('complementary', { name: 'For you' })
  }

  /** The offered check-in: a group of five faces named by its question. */
  get faces(): Locator {
    return this.corner.getByRole('group', { name: 'How are you after that one?' })
  }

  async answer(mood: string): Promise<void> {
    await expect(this.faces).toBeVisible({ timeout: 15_000 })
    await this.faces.getByRole('button', { name: mood, exact: true }).click()
  }

  get handOffButton(): Locator {
    return this.page.getByRole('button', { name: 'Hand to a manager' })
  }
}
