import { expect, type Locator, type Page } from '@playwright/test'

/** The inbox's Team page: members, invitations, one's own password. */
export class TeamPage {
  readonly page: Page

  constructor(page: Page) {
    this.page = page
  }

  get members(): Locator {
    return this.page.getByRole('region', { name: 'Members' }).getByRole('listitem')
  }

  member(name: string): Locator {
    return this.members.filter({ hasText: name })
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).click()
    await expect(this.page.getByRole('heading', { level: 2, name: 'Team' })).toBeVisible()
    await expect(this.members.first()).toBeVisible()
  }

  /** Loads the page again (the list is read when the page opens). */
  async reload(): Promise<void> {
    await this.page.reload()
    await expect(this.members.first()).toBeVisible()
  }

  /** Invites `email` as `role` (its label: Agent, Manager, Admin) and returns the one-time link. */
  async invite(email: string, role: 'Agent' | 'Manager' | 'Admin'): Promise<string> {
    await this.page.getByRole('textbox', { name: 'Email' }).fill(email)
    await this.page.getByRole('combobox', { name: 'Role', exact: true }).selectOption({ label: role })
    await this.page.getByRole('button', { name: 'Create invitation link' }).click()
    const link = this.page.getByRole('textbox', { name: `Invitation link for ${email}` })
    await expect(link).toBeVisible()
    return link.inputValue()
  }

  /** Removes a member, answering the confirmation. */
  async remove(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Remove ${name}` }).click()
    const confirm = this.page.getByRole('group', { name: new RegExp(`^Remove ${name} from the team`) })
    await confirm.getByRole('button', { name: 'Remove', exact: true }).click()
    await expect(this.page.getByRole('status').filter({ hasText: `${name} was removed from the team.` })).toBeVisible()
  }
}
