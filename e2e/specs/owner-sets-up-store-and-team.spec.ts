import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expectNoAxeViolations } from '../fixtures/axe.ts'
import { test, expect } from '../fixtures/test.ts'
import { AgentInbox } from '../pages/agent-inbox.ts'
import { Invitation } from '../pages/invitation.ts'
import { StorePage } from '../pages/store-page.ts'
import { TeamPage } from '../pages/team-page.ts'

/*
 * The store's own pages: the owner (the demo agent, owner of the demo store in demo mode) finds
 * the snippet on the Store page, adds an origin (a bad one is explained), invites a person from
 * the Team page; the person joins from the link in their own browser as an agent, sees no Store
 * or Insights, and is signed out within seconds when the owner removes them. Both pages pass axe.
 */

/** Set ATTUNE_SCREENSHOTS to a folder to keep pictures of the pages (desktop and phone). */
async function picture(page: Page, name: string): Promise<void> {
  const folder = process.env.ATTUNE_SCREENSHOTS
  if (!folder) return
  mkdirSync(folder, { recursive: true })
  const desktop = page.viewportSize()
  // The app scrolls inside its own box; let the document grow instead, for a whole-page picture.
  const unbox = await page.addStyleTag({ content: 'html, body, #app, .app { height: auto !important; overflow: visible !important }' })
  await page.screenshot({ path: join(folder, `${name}-desktop.png`), fullPage: true })
  await page.setViewportSize({ width: 390, height: 844 })
  await page.screenshot({ path: join(folder, `${name}-phone.png`), fullPage: true })
  await unbox.evaluate((style) => (style as HTMLStyleElement).remove())
  if (desktop) await page.setViewportSize(desktop)
}

test('an owner sets up the store and the team; a removed person is signed out', async ({ agent: owner, browser, attune }) => {
  const store = new StorePage(owner.page)
  await store.open()
  await expect(store.scriptTag).toHaveValue(/Attune\('boot',\{siteKey:'demo'\}\)/)
  await expect(store.scriptTag).toHaveValue(new RegExp(`<script async src="${attune.url}/widget/loader.js"></script>`))

  await store.addOrigin('https://shop.example')
  await expect(store.origins.filter({ hasText: 'https://shop.example' })).toBeVisible()
  await expect(owner.page.getByRole('status').filter({ hasText: 'Added https://shop.example.' })).toBeVisible()
  await store.addOrigin('https://shop.example/checkout')
  expect(await store.originProblem()).toContain('is not an origin the chat can use. Write scheme://host[:port]')
  await expectNoAxeViolations(owner.page, 'Store page, a refused origin')
  await picture(owner.page, 'store')

  const team = new TeamPage(owner.page)
  await team.open()
  const link = await team.invite('nok@shop.example', 'Agent')
  expect(link).toMatch(new RegExp(`^${attune.url}/inbox/invite#.+`))
  await expectNoAxeViolations(owner.page, 'Team page, an invitation link')
  await picture(owner.page, 'team')

  // The invited person, in a browser of their own.
  const theirs = await browser.newContext()
  const invitation = new Invitation(await theirs.newPage())
  await invitation.open(link, 'Demo Store')
  await invitation.join('Nok', 'a-long-enough-password')
  const nok = new AgentInbox(invitation.page, attune.url)
  // The token does not stay in the address bar.
  expect(new URL(nok.page.url()).hash).toBe('')
  const nav = nok.page.getByRole('navigation', { name: 'Main' })
  await expect(nav.getByRole('link', { name: 'Conversations' })).toBeVisible()
  await expect(nav.getByRole('link', { name: 'Store' })).toHaveCount(0)
  await expect(nav.getByRole('link', { name: 'Insights' })).toHaveCount(0)
  await expect(nok.page.getByText('Demo Store · Agent')).toBeVisible()
  // The connection's status (the banner also holds the Status menu's own live region).
  await expect(nok.page.getByRole('banner').getByRole('status').filter({ hasText: 'Connected' })).toHaveText('Connected')

  // The owner removes them: their open inbox returns to the sign-in form.
  await team.reload()
  await expect(team.member('Nok')).toBeVisible()
  await team.remove('Nok')
  await expect(nok.page.getByRole('heading', { name: 'Sign in to your inbox' })).toBeVisible({ timeout: 10_000 })
  await expect(nok.page.getByRole('status')).toHaveText('Your session has ended. Sign in again to keep answering.')
  await theirs.close()
})
